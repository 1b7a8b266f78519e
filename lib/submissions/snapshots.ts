// Published entries in the shape of a submission's payload: what an edit form starts from, what a
// reviewer's diff compares with, and what an entry version records.
import { CRITERION_KEYS, type AnswerGrade, type CriterionKey } from "../openness/types";
import type { PrismaClient } from "../db/prisma";
import type { Prisma } from "../db/generated/client";
import type { AnswersPayload, LicenceChoice, ModelPayload, OrganisationPayload } from "../validation/submissions";
import { METHODOLOGY_VERSION } from "../openness/criteria";

type Tx = Pick<PrismaClient, "organisation" | "model">;

export type OrganisationSnapshot = Omit<OrganisationPayload, "slug"> & { slug: string };
export type ModelSnapshot = Omit<ModelPayload, "slug"> & {
  slug: string;
  /** the stored summary, for "grade before" */
  grade: string | null;
  score: number | null;
};

/** An organisation's facts, the fields a submission proposes: from a payload or from the stored row. */
export function organisationFacts(org: Omit<OrganisationPayload, "slug">): Omit<OrganisationPayload, "slug"> {
  return {
    name: org.name,
    type: org.type,
    country: org.country,
    countryNote: org.countryNote,
    isSme: org.isSme,
    website: org.website,
    description: org.description,
    foundedYear: org.foundedYear,
    sources: org.sources,
  };
}

export async function organisationSnapshot(tx: Tx, id: string): Promise<OrganisationSnapshot | null> {
  const org = await tx.organisation.findUnique({ where: { id } });
  if (!org) return null;
  return { ...organisationFacts(org), slug: org.slug };
}

const licenceList = (rows: readonly { component: string; licenceId: string }[], component: string): LicenceChoice[] =>
  rows.filter((row) => row.component === component).map((row) => ({ mode: "existing", id: row.licenceId }));

const snapshotInclude = {
  organisations: { orderBy: { position: "asc" as const }, select: { organisation: { select: { slug: true } } } },
  licences: { orderBy: [{ component: "asc" as const }, { position: "asc" as const }], select: { component: true, licenceId: true } },
  baseModel: { select: { slug: true } },
  assessments: { where: { methodologyVersion: METHODOLOGY_VERSION }, include: { answers: true } },
};

export async function modelSnapshot(tx: Tx, id: string): Promise<ModelSnapshot | null> {
  const model = await tx.model.findUnique({ where: { id }, include: snapshotInclude });
  return model ? snapshotOf(model) : null;
}

/** Several models' snapshots in one query (the catalogue files' loader compares them with the files). */
export async function modelSnapshotsBySlug(tx: Tx, slugs: readonly string[]): Promise<Map<string, ModelSnapshot & { id: string }>> {
  const models = await tx.model.findMany({ where: { slug: { in: [...slugs] } }, include: snapshotInclude });
  return new Map(models.map((model) => [model.slug, { ...snapshotOf(model), id: model.id }]));
}

type SnapshotRow = Prisma.ModelGetPayload<{ include: typeof snapshotInclude }>;

function snapshotOf(model: SnapshotRow): ModelSnapshot {
  const stored = new Map((model.assessments[0]?.answers ?? []).map((a) => [a.criterion, a]));
  const answers = Object.fromEntries(
    CRITERION_KEYS.map((key): [CriterionKey, AnswersPayload[CriterionKey]] => {
      const row = stored.get(key);
      // what was entered: the derived rules are the scorer's business, not the form's
      const grade: AnswerGrade = row ? (row.enteredGrade ?? row.grade) : "unknown";
      return [key, { grade, evidenceUrl: row?.evidenceUrl ?? null, note: row?.note ?? null }];
    }),
  ) as AnswersPayload;
  const billions = (n: number | null) => (n === null ? null : n / 1e9);
  return {
    name: model.name,
    slug: model.slug,
    version: model.version,
    releaseYear: model.releaseYear,
    releaseDate: model.releaseDate ? model.releaseDate.toISOString().slice(0, 10) : null,
    modality: model.modality,
    tasks: model.tasks,
    parameterBillions: billions(model.parameterCount),
    activeParameterBillions: billions(model.activeParameterCount),
    languages: model.languages,
    languageShareNote: model.languageShareNote,
    description: model.description,
    modelCardUrl: model.modelCardUrl,
    codeUrl: model.codeUrl,
    paperUrl: model.paperUrl,
    dataUrl: model.dataUrl,
    organisations: { existing: model.organisations.map((o) => o.organisation.slug), new: null, pending: [] },
    licences: { weights: licenceList(model.licences, "weights"), code: licenceList(model.licences, "code"), data: licenceList(model.licences, "data") },
    baseModel: model.baseRelation
      ? model.baseModel
        ? { slug: model.baseModel.slug, name: null, url: null, relation: model.baseRelation }
        : { slug: null, name: model.baseModelName, url: model.baseModelUrl, relation: model.baseRelation }
      : null,
    dataException: model.dataExceptionReason && model.dataExceptionEvidenceUrl
      ? { reason: model.dataExceptionReason, evidenceUrl: model.dataExceptionEvidenceUrl, note: model.dataExceptionNote }
      : null,
    family: model.familySlug && model.familyName ? { slug: model.familySlug, name: model.familyName } : null,
    answers,
    grade: model.grade,
    score: model.score,
  };
}
