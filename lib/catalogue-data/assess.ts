// Every model of the files assessed with the real scorer, bases first, so that a derived model is
// scored with what its base passes on: what the loader stores in a new database, and what the tests
// and `data:check` compare with. Pure.
import { explainAssessment, type ExplainedAssessment } from "../catalogue/explain";
import { effectiveWeightsLicences } from "../openness/assess";
import { PILLAR_KEYS, type BaseModelFacts, type Licence, type ModelFacts } from "../openness/types";
import { baseFirst } from "./check";
import type { ModelEntry } from "./files";

export type AssessedEntry = { entry: ModelEntry; facts: ModelFacts; assessment: ExplainedAssessment };

/** What a catalogue model passes on to the models made from it. */
export function baseFactsOf(slug: string, name: string, relation: BaseModelFacts["relation"], facts: ModelFacts, assessment: ExplainedAssessment): BaseModelFacts {
  const grade = (key: (typeof PILLAR_KEYS)[number] | "weights") => assessment.answers[key].grade;
  return {
    inCatalogue: true,
    slug,
    name,
    relation,
    grades: { use: grade("use"), methods: grade("methods"), data: grade("data"), retrain: grade("retrain"), weights: grade("weights") },
    weightsLicences: effectiveWeightsLicences(facts.licences?.weights, facts.base),
  };
}

/**
 * Assesses `models` bases first. `licenceTable` resolves licence ids; `outsideBases` gives the facts
 * of bases that are not among `models` (already in a database), by slug.
 */
export function assessCatalogue(
  models: readonly ModelEntry[],
  licenceTable: readonly Licence[],
  outsideBases: ReadonlyMap<string, Omit<Extract<BaseModelFacts, { inCatalogue: true }>, "relation">> = new Map(),
): Map<string, AssessedEntry> {
  const licences = new Map(licenceTable.map((licence) => [licence.id, licence]));
  const results = new Map<string, AssessedEntry>();
  for (const entry of baseFirst(models)) {
    const { payload } = entry;
    const ids = (component: "weights" | "code" | "data") =>
      payload.licences[component].flatMap((choice) => (choice.mode === "existing" ? (licences.get(choice.id) ?? []) : []));
    const base = payload.baseModel;
    let baseFacts: BaseModelFacts | null = null;
    if (base?.slug) {
      const inFiles = results.get(base.slug);
      const outside = outsideBases.get(base.slug);
      if (inFiles) baseFacts = baseFactsOf(base.slug, inFiles.entry.payload.name, base.relation, inFiles.facts, inFiles.assessment);
      else if (outside) baseFacts = { ...outside, relation: base.relation };
    } else if (base?.name) {
      baseFacts = { inCatalogue: false, name: base.name, url: base.url, relation: base.relation };
    }
    const facts: ModelFacts = {
      licences: { weights: ids("weights"), code: ids("code"), data: ids("data") },
      base: baseFacts,
      dataException: payload.dataException,
    };
    const answers = Object.entries(payload.answers).map(([criterion, answer]) => ({ criterion, ...answer })) as Parameters<typeof explainAssessment>[0];
    results.set(entry.slug, { entry, facts, assessment: explainAssessment(answers, facts) });
  }
  return results;
}
