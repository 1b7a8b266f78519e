import "server-only";
// The grade a submission (or any proposed model) would get, with the reasons: the same scorer as
// approval, fed with the catalogue's licences and its base model's stored facts. Shared by the
// submissions' answers and pages, moderation, and POST /api/v1/assess.
import type { PrismaClient } from "../db/prisma";
import { factsFor } from "../catalogue/assessments";
import { explainAssessment, type ExplainedAssessment } from "../catalogue/explain";
import { LICENCE_COMPONENTS, type BaseModelFacts, type BaseRelation, type Licence, type LicenceComponent } from "../openness/types";
import type { DataException } from "../openness/g7";
import { knownLicences } from "./checks";
import { draftAnswers, licenceOf, type AnswerDraft } from "./preview";

type Tx = Pick<PrismaClient, "model" | "licence">;

export type ProposedModel = {
  answers?: Partial<Record<string, AnswerDraft>>;
  licences?: Partial<Record<LicenceComponent, readonly unknown[]>>;
  baseModel?: { slug?: string | null; name?: string | null; url?: string | null; relation?: BaseRelation } | null;
  dataException?: DataException | null;
};

/** What the scorer knows of a proposed base model: a published catalogue model's stored facts, or a name. */
export async function baseFacts(tx: Tx, base: ProposedModel["baseModel"]): Promise<BaseModelFacts | null> {
  if (!base?.relation) return null;
  if (!base.slug) return base.name ? { inCatalogue: false, name: base.name, url: base.url ?? null, relation: base.relation } : null;
  const row = await tx.model.findFirst({ where: { slug: base.slug, status: "published" }, select: { id: true } });
  if (!row) return null;
  const probe = { id: "proposed", baseModelId: row.id, baseModelName: null, baseModelUrl: null, baseRelation: base.relation, dataExceptionReason: null, dataExceptionEvidenceUrl: null, dataExceptionNote: null, licences: [] };
  return (await factsFor(tx, [probe])).get("proposed")?.base ?? null;
}

export async function assessProposedModel(tx: Tx, model: ProposedModel, known?: readonly Licence[]): Promise<ExplainedAssessment> {
  const table = known ?? (await knownLicences(tx));
  const licences = Object.fromEntries(
    LICENCE_COMPONENTS.map((component) => [component, (model.licences?.[component] ?? []).flatMap((choice) => licenceOf(choice, table) ?? [])]),
  ) as Record<LicenceComponent, Licence[]>;
  const base = await baseFacts(tx, model.baseModel);
  return explainAssessment(draftAnswers(model.answers), { licences, base, dataException: model.dataException ?? null });
}
