// The pre-fill's mapping, from the fake Hub's fixtures (the Hub's documented shape) and the
// reviewed licence table: what it fills, what it leaves to decide, and that it never answers.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LICENCES } from "../openness/licences";
import { draftSchemas, submissionSchemas } from "../validation/submissions";
import { hubModelSchema, type HubModel } from "./hub";
import { HUB_LICENCE_IDS, languageCodeOf, prefillFromHub, type CatalogueLookups } from "./prefill";

const fixture = (id: string): HubModel =>
  hubModelSchema.parse(JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../testing/fake-hub/models", `${id.replace("/", "--")}.json`), "utf8")));

const nothingKnown: CatalogueLookups = { modelsByHubId: new Map(), organisationsOfOwner: [] };
const keys = (items: { key: string }[]) => items.map((item) => item.key);

describe("a pre-fill from a Hugging Face model", () => {
  it("fills the facts of a plain model: name, card, task, modality, parameters, languages, licence, paper, organisation", () => {
    const prefill = prefillFromHub(fixture("OpenLLM-France/Lucie-Test-1B"), LICENCES, { modelsByHubId: new Map(), organisationsOfOwner: [{ slug: "linagora", name: "LINAGORA" }] });
    expect(prefill.payload).toEqual({
      name: "Lucie-Test-1B",
      modelCardUrl: "https://huggingface.co/OpenLLM-France/Lucie-Test-1B",
      tasks: ["text-generation"],
      modality: "text",
      parameterBillions: 1.03,
      // "fra" is French again, as its ISO 639-1 code
      languages: ["fr", "en", "br"],
      licences: { weights: [{ mode: "existing", id: "Apache-2.0" }], code: [], data: [] },
      paperUrl: "https://arxiv.org/abs/2503.12294",
      organisations: { existing: ["linagora"], new: null },
    });
    expect(prefill.filled).toEqual(["name", "modelCardUrl", "tasks", "modality", "parameterBillions", "languages", "licences.weights", "paperUrl", "organisations.existing"]);
    expect(prefill.gated).toBeNull();
    expect(prefill.existing).toBeNull();
    expect(prefill.toDecide.find((item) => item.key === "datasets")?.links).toEqual(["https://huggingface.co/datasets/OpenLLM-France/Lucie-Training-Dataset"]);
    expect(prefill.toDecide.find((item) => item.key === "releaseYear")?.values).toEqual({ year: "2025" });
    expect(keys(prefill.toDecide)).toEqual(["modalityFromTask", "licencesCodeData", "papers", "description", "releaseYear", "datasets", "answers"]);
  });

  it("never answers a criterion: the draft has no answers, and a whole submission built on it answers nothing but unknown", () => {
    for (const id of ["OpenLLM-France/Lucie-Test-1B", "atlas-fixtures/gated-9b", "atlas-fixtures/two-licences-2b", "atlas-fixtures/mistral-7b-tuned"]) {
      const { payload } = prefillFromHub(fixture(id), LICENCES, nothingKnown);
      expect(payload, id).not.toHaveProperty("answers");
      expect(draftSchemas.new_model.safeParse(payload).success, id).toBe(true);
    }
  });

  it("for a gated model: says how it is gated, proposes the licence it names as new (its text beside the card), and flags languages it cannot read", () => {
    const prefill = prefillFromHub(fixture("atlas-fixtures/gated-9b"), LICENCES, nothingKnown);
    expect(prefill.gated).toBe("manual");
    expect(prefill.toDecide).toContainEqual({ key: "gated", field: "answers.weights", values: { mode: "manual" } });
    expect(prefill.payload.licences.weights).toEqual([
      expect.objectContaining({ mode: "new", licence: expect.objectContaining({ id: "LicenseRef-atlas-fixture-community-licence", name: "Atlas Fixture Community Licence", url: "https://huggingface.co/atlas-fixtures/gated-9b/blob/main/LICENSE", restrictsUse: false }) }),
    ]);
    expect(prefill.toDecide).toContainEqual({ key: "licenceTerms", field: "licences.weights", values: { name: "Atlas Fixture Community Licence" }, links: ["https://huggingface.co/atlas-fixtures/gated-9b/blob/main/LICENSE"] });
    expect(prefill.payload.languages).toEqual(["en", "de"]);
    expect(prefill.toDecide).toContainEqual({ key: "languagesUnclear", field: "languages", values: { codes: "multilingual" } });
    expect(keys(prefill.toDecide)).toEqual(expect.arrayContaining(["parameters", "organisation"]));
    expect(prefill.payload).not.toHaveProperty("parameterBillions");
  });

  it("with two licences: each is identified (one by its SPDX id, one by the address of its text), in the card's order", () => {
    const prefill = prefillFromHub(fixture("atlas-fixtures/two-licences-2b"), LICENCES, nothingKnown);
    expect(prefill.payload.licences.weights).toEqual([
      { mode: "existing", id: "Apache-2.0" },
      { mode: "existing", id: "LicenseRef-Mistral-AI-Research-License" },
    ]);
    expect(prefill.payload.modality).toBe("speech");
    expect(keys(prefill.toDecide)).not.toContain("licenceTerms");
  });

  it("for a fine-tune: its base model by the catalogue's slug when the catalogue holds it, by name and address otherwise, with the card's relation", () => {
    const model = fixture("atlas-fixtures/mistral-7b-tuned");
    const known = prefillFromHub(model, LICENCES, { modelsByHubId: new Map([["mistralai/mistral-7b-v0.1", { slug: "mistral-7b", name: "Mistral 7B" }]]), organisationsOfOwner: [] });
    expect(known.payload.baseModel).toEqual({ slug: "mistral-7b", name: null, url: null, relation: "fine_tune" });
    expect(keys(known.toDecide)).not.toContain("baseRelation");
    const outside = prefillFromHub(model, LICENCES, nothingKnown);
    expect(outside.payload.baseModel).toEqual({ slug: null, name: "mistralai/Mistral-7B-v0.1", url: "https://huggingface.co/mistralai/Mistral-7B-v0.1", relation: "fine_tune" });
    expect(draftSchemas.new_model.shape.baseModel.safeParse(outside.payload.baseModel).success).toBe(true);
  });

  it("assumes fine-tuning when the card gives no relation, and says so; a quantised copy keeps its relation", () => {
    const base = fixture("atlas-fixtures/mistral-7b-tuned");
    const plain = prefillFromHub({ ...base, tags: [], cardData: { base_model: ["mistralai/Mistral-7B-v0.1", "other/base"] } }, LICENCES, nothingKnown);
    expect(plain.payload.baseModel?.relation).toBe("fine_tune");
    expect(keys(plain.toDecide)).toEqual(expect.arrayContaining(["baseRelation", "baseModels"]));
    const quantised = prefillFromHub({ ...base, tags: ["base_model:quantized:mistralai/Mistral-7B-v0.1"], cardData: {} }, LICENCES, nothingKnown);
    expect(quantised.payload.baseModel?.relation).toBe("quantisation");
  });

  it("knows the Hub's own ids of licences SPDX has none for, and names one it cannot place", () => {
    for (const [hubId, ourId] of HUB_LICENCE_IDS) expect(LICENCES.some((l) => l.id === ourId), `${hubId} → ${ourId}`).toBe(true);
    const base = fixture("atlas-fixtures/mistral-7b-tuned");
    expect(prefillFromHub({ ...base, tags: [], cardData: { license: "llama3.1" } }, LICENCES, nothingKnown).payload.licences.weights).toEqual([{ mode: "existing", id: "LicenseRef-Llama-3.1-Community-License" }]);
    const unknown = prefillFromHub({ ...base, tags: [], cardData: { license: "cc" } }, LICENCES, nothingKnown);
    expect(unknown.payload.licences.weights).toEqual([]);
    expect(unknown.toDecide).toContainEqual({ key: "licenceUnknown", field: "licences.weights", values: { name: "cc" } });
    expect(keys(prefillFromHub({ ...base, tags: [], cardData: {} }, LICENCES, nothingKnown).toDecide)).toContain("licenceNone");
  });

  it("points to the catalogue's entry when it already holds the model, and lets the contributor choose among the owner's organisations", () => {
    const prefill = prefillFromHub(fixture("OpenLLM-France/Lucie-Test-1B"), LICENCES, {
      modelsByHubId: new Map([["openllm-france/lucie-test-1b", { slug: "lucie-test-1b", name: "Lucie Test 1B" }]]),
      organisationsOfOwner: [{ slug: "linagora", name: "LINAGORA" }, { slug: "openllm-france", name: "OpenLLM France" }],
    });
    expect(prefill.existing).toEqual({ slug: "lucie-test-1b", name: "Lucie Test 1B" });
    expect(prefill.toDecide[0]).toEqual({ key: "existing", field: "name", values: { name: "Lucie Test 1B", slug: "lucie-test-1b" } });
    expect(prefill.payload.organisations).toBeUndefined();
    expect(prefill.toDecide).toContainEqual({ key: "organisationChoose", field: "organisations.existing", values: { owner: "OpenLLM-France", names: "LINAGORA, OpenLLM France" } });
  });

  it("reads languages as ISO 639 codes: regions and scripts dropped, three-letter codes shortened", () => {
    expect(["fr", "fr-CA", "FRA", "fre", "zh_Hans", "gsw", "multilingual", "code", "xx"].map(languageCodeOf)).toEqual(["fr", "fr", "fr", "fr", "zh", "gsw", null, null, null]);
  });

  it("gives a payload that, completed by a person, is a valid submission", () => {
    const { payload } = prefillFromHub(fixture("OpenLLM-France/Lucie-Test-1B"), LICENCES, { modelsByHubId: new Map(), organisationsOfOwner: [{ slug: "linagora", name: "LINAGORA" }] });
    const unknown = { grade: "unknown" };
    const answers = Object.fromEntries(["use", "methods", "data", "retrain", "weights", "architecture", "paper", "modelcard", "datacard", "evaluation", "checkpoints", "inference"].map((key) => [key, unknown]));
    const result = submissionSchemas.new_model.safeParse({ ...payload, releaseYear: 2025, description: "A small French and English model, for the tests.", answers });
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
  });
});
