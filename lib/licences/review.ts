import "server-only";
// A maintainer's review of a licence a contributor entered (METHODOLOGY.md, version 2, rule 4):
// until then its restrictions count but it opens nothing. Confirming (or correcting) its flags
// marks it reviewed, is audited, and re-scores every model that carries it, and the models made
// from those (storeAssessment follows bases to their derived models).
import { z } from "zod";
import { db } from "../db/client";
import { AppError, notFound } from "../errors";
import { actorId, type Actor } from "../auth/roles";
import { requireRole } from "../auth/session";
import { fieldErrors } from "../validation/fields";
import { currencyWithRevenueCap, newLicenceFields } from "../validation/submissions";
import { enteredAnswers, storeAssessment } from "../catalogue/assessments";
import { catalogueChanged } from "../catalogue/changes";

export const reviewLicenceRequest = newLicenceFields
  .omit({ id: true, name: true, url: true, kind: true })
  .extend({ id: z.string().trim().min(1).max(64) })
  .refine(currencyWithRevenueCap, { message: "currencyRequired", path: ["revenueCapCurrency"] });

export async function unreviewedLicences() {
  return db().licence.findMany({
    where: { reviewed: false },
    orderBy: { createdAt: "asc" },
    include: { models: { select: { component: true, model: { select: { slug: true, name: true } } } } },
  });
}

export async function reviewLicence(actor: Actor | null, input: unknown): Promise<{ id: string; rescored: number }> {
  const reviewer = requireRole(actor, "maintainer");
  const parsed = reviewLicenceRequest.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION", "Some fields need attention.", { fields: fieldErrors(parsed.error) });
  const { id, note, ...flags } = parsed.data;
  const rescored = await db().$transaction(
    async (tx) => {
      const before = await tx.licence.findUnique({ where: { id } });
      if (!before) throw notFound();
      // one review: a second maintainer's click on a reviewed licence changes nothing
      const claimed = await tx.licence.updateMany({ where: { id, reviewed: false }, data: { ...flags, note: note ?? before.note, reviewed: true } });
      if (claimed.count === 0) throw new AppError("CONFLICT", "This licence was reviewed meanwhile.", { reason: "alreadyReviewed" });
      await tx.auditLog.create({
        data: {
          actorId: actorId(reviewer),
          action: "licence.review",
          entityType: "licence",
          entityId: id,
          details: { before: { ...before, createdAt: undefined, updatedAt: undefined }, after: flags },
        },
      });
      const models = await tx.model.findMany({
        where: { licences: { some: { licenceId: id } } },
        select: { id: true, assessments: { orderBy: { methodologyVersion: "desc" }, take: 1, select: { assessedById: true, answers: true } } },
      });
      const seen = new Set<string>();
      for (const model of models) {
        const latest = model.assessments[0];
        if (latest && !seen.has(model.id)) await storeAssessment(tx, model, enteredAnswers(latest.answers), latest.assessedById, seen);
      }
      return seen.size;
    },
    { timeout: 60_000 },
  );
  await catalogueChanged();
  return { id, rescored };
}
