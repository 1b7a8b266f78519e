// Expected values for the e2e specs, computed from the seed catalogue with the real scorer, so
// the specs never hard-code counts.
import { assess } from "../../lib/openness/assess";
import { licenceById } from "../../lib/openness/licences";
import { CRITERION_KEYS, type AnswerGrade, type CriterionKey, type Grade } from "../../lib/openness/types";
import { SEED_MODELS } from "../../prisma/seed/models";
import { SEED_ORGANISATIONS } from "../../prisma/seed/organisations";
import type { SeedModel } from "../../prisma/seed/types";

/** A seed model with what the scorer makes of it: grade, score and each criterion's effective answer. */
export type GradedSeedModel = SeedModel & { grade: Grade; score: number; effective: Record<CriterionKey, { grade: AnswerGrade; evidenceUrl: string | null }> };

export const GRADED_SEED_MODELS: readonly GradedSeedModel[] = SEED_MODELS.map((model) => {
  const result = assess(
    CRITERION_KEYS.map((criterion) => ({ criterion, ...model.answers[criterion] })),
    {
      weights: model.weightsLicence ? licenceById(model.weightsLicence) : null,
      code: model.codeLicence ? licenceById(model.codeLicence) : null,
      data: model.dataLicence ? licenceById(model.dataLicence) : null,
    },
  );
  const effective = Object.fromEntries(
    CRITERION_KEYS.map((criterion) => [criterion, { grade: result.answers[criterion].grade, evidenceUrl: result.answers[criterion].evidenceUrl ?? null }]),
  ) as GradedSeedModel["effective"];
  return { ...model, grade: result.grade, score: result.score, effective };
});

export function seedCount(predicate: (model: GradedSeedModel) => boolean): number {
  return GRADED_SEED_MODELS.filter(predicate).length;
}

export { SEED_MODELS, SEED_ORGANISATIONS };
