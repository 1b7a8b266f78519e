// Re-scoring after a methodology change: each model's latest answers, as entered, are assessed
// again under the current version and stored as a new assessment; the older ones stay as they
// were, readable. Base models go first, so a derived model is scored with its base's new answers.
import { METHODOLOGY_VERSION } from "../openness";
import type { PrismaClient } from "../db/prisma";
import { enteredAnswers, storeAssessment } from "./assessments";

/** Returns how many models got an assessment under the current methodology version. */
export async function rescoreModels(prisma: PrismaClient): Promise<number> {
  const models = await prisma.model.findMany({
    where: { assessments: { some: {}, none: { methodologyVersion: METHODOLOGY_VERSION } } },
    select: {
      id: true,
      baseModelId: true,
      assessments: { orderBy: { methodologyVersion: "desc" }, take: 1, select: { assessedById: true, answers: true } },
    },
  });
  const pending = new Map(models.map((model) => [model.id, model]));
  const seen = new Set<string>();
  // a model whose base is still waiting for its new assessment goes after it (bases first)
  const visit = (id: string, path: Set<string>): string[] => {
    const model = pending.get(id);
    if (!model || path.has(id)) return [];
    path.add(id);
    const before = model.baseModelId ? visit(model.baseModelId, path) : [];
    pending.delete(id);
    return [...before, id];
  };
  const order = models.flatMap((model) => visit(model.id, new Set()));
  const byId = new Map(models.map((model) => [model.id, model]));
  for (const id of order) {
    const latest = byId.get(id)?.assessments[0];
    if (!latest || seen.has(id)) continue;
    // what was entered, not what the old version's rules made of it: the new rules decide again;
    // storeAssessment re-scores the models derived from this one, which `seen` then skips
    await prisma.$transaction((tx) => storeAssessment(tx, { id }, enteredAnswers(latest.answers), latest.assessedById, seen), { timeout: 60_000 });
  }
  return models.length;
}
