// Valid payloads for tests (unit, integration, e2e): one place that knows what a whole submission is.
import { CRITERION_KEYS } from "../openness/types";
import type { ModelInput, OrganisationInput } from "../validation/submissions";

export function organisationInput(overrides: Partial<OrganisationInput> = {}): OrganisationInput {
  return {
    name: "Laboratoire Ouvert",
    type: "research",
    country: "FR",
    isSme: "no",
    website: "https://labo-ouvert.example.eu",
    description: "A public research laboratory that trains and releases open language models.",
    foundedYear: 2019,
    sources: ["https://labo-ouvert.example.eu/about"],
    ...overrides,
  } as OrganisationInput;
}

/** A model whose answers earn grade A with the licences given (Apache-2.0 weights and code, CC-BY-4.0 data). */
export function modelInput(overrides: Partial<ModelInput> = {}): ModelInput {
  const evidence = "https://labo-ouvert.example.eu/model";
  return {
    name: "Ouvert-3B",
    version: "1.0",
    releaseYear: 2026,
    modality: "text",
    tasks: ["text-generation"],
    parameterBillions: 3,
    languages: ["fr", "br", "oc"],
    description: "A 3-billion-parameter language model trained from scratch on open French and regional-language data.",
    modelCardUrl: "https://huggingface.co/labo-ouvert/ouvert-3b",
    codeUrl: "https://github.com/labo-ouvert/ouvert-3b",
    organisations: { existing: [], new: organisationInput() },
    licences: {
      weights: [{ mode: "existing", id: "Apache-2.0" }],
      code: [{ mode: "existing", id: "Apache-2.0" }],
      data: [{ mode: "existing", id: "CC-BY-4.0" }],
    },
    answers: Object.fromEntries(CRITERION_KEYS.map((key) => [key, { grade: "open", evidenceUrl: evidence }])) as ModelInput["answers"],
    ...overrides,
  } as ModelInput;
}
