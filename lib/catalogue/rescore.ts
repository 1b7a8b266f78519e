// Re-scoring after a methodology change: each model's latest answers are assessed again under the
// current version, stored as a new assessment; the older ones stay as they were, readable.
import { METHODOLOGY_VERSION, CRITERION_KEYS, type CriterionAnswer, type CriterionKey } from "../openness";
import type { PrismaClient } from "../db/prisma";
import { storeAssessment } from "./assessments";

const isCriterion = (key: string): key is CriterionKey => (CRITERION_KEYS as readonly string[]).includes(key);

/** Returns how many models got an assessment under the current methodology version. */
export async function rescoreModels(prisma: PrismaClient): Promise<number> {
  const models = await prisma.model.findMany({
    where: { assessments: { some: {}, none: { methodologyVersion: METHODOLOGY_VERSION } } },
    select: {
      id: true,
      weightsLicenceId: true,
      codeLicenceId: true,
      dataLicenceId: true,
      assessments: { orderBy: { methodologyVersion: "desc" }, take: 1, include: { answers: true } },
    },
  });
  for (const model of models) {
    const latest = model.assessments[0];
    if (!latest) continue;
    // What was entered, not what the old version's rules made of it: the new rules decide again.
    const answers: CriterionAnswer[] = latest.answers
      .filter((a) => isCriterion(a.criterion))
      .map((a) => ({ criterion: a.criterion as CriterionKey, grade: a.enteredGrade ?? a.grade, evidenceUrl: a.evidenceUrl, note: a.note }));
    await prisma.$transaction((tx) => storeAssessment(tx, model, answers));
  }
  return models.length;
}
