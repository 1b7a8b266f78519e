import { describe, expect, it } from "vitest";
import { modelState } from "./form-state";
import { prefillModelState } from "./prefill-state";
import type { PrefillPayload } from "../huggingface/prefill";

const payload: PrefillPayload = {
  name: "Lucie-Test-1B",
  modelCardUrl: "https://huggingface.co/OpenLLM-France/Lucie-Test-1B",
  modality: "text",
  tasks: ["text-generation"],
  parameterBillions: 1.03,
  languages: ["fr", "en", "br"],
  paperUrl: "https://arxiv.org/abs/2503.12294",
  licences: { weights: [{ mode: "existing", id: "Apache-2.0" }], code: [], data: [] },
  baseModel: { slug: "mistral-7b", name: null, url: null, relation: "fine_tune" },
  organisations: { existing: ["linagora"], new: null },
};

describe("a pre-fill applied to the model form", () => {
  it("fills an empty form with every fact it has", () => {
    const { state, filled } = prefillModelState(modelState(null), payload);
    expect(state).toMatchObject({
      name: "Lucie-Test-1B",
      modality: "text",
      tasks: "text-generation",
      parameterBillions: "1.03",
      languages: "fr, en, br",
      existingOrganisations: ["linagora"],
      baseModel: { mode: "catalogue", slug: "mistral-7b", relation: "fine_tune" },
    });
    expect(state.licences.weights.map((l) => l.id)).toEqual(["Apache-2.0"]);
    expect(filled).toEqual(["name", "modelCardUrl", "modality", "tasks", "parameterBillions", "languages", "paperUrl", "licences.weights", "baseModel", "organisations.existing"]);
  });

  it("keeps what a person typed or a published entry holds, and never touches an answer", () => {
    const typed = modelState({ name: "Lucie Test", languages: ["fr"], answers: { use: { grade: "closed", evidenceUrl: null, note: "mine" } } as never });
    const { state, filled } = prefillModelState(typed, payload);
    expect(state.name).toBe("Lucie Test");
    expect(state.languages).toBe("fr");
    expect(state.answers).toEqual(typed.answers);
    expect(filled).not.toContain("name");
    expect(filled).not.toContain("languages");
    expect(Object.values(prefillModelState(modelState(null), payload).state.answers).every((a) => a.grade === "unknown")).toBe(true);
  });
});
