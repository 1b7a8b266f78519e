// Published entries in the shape of a submission's payload: what an edit form starts from, what a
// reviewer's diff compares with, and what an entry version records.
import { CRITERION_KEYS, type AnswerGrade, type CriterionKey } from "../openness/types";
import type { PrismaClient } from "../db/prisma";
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

const licence = (id: string | null): LicenceChoice => (id ? { mode: "existing", id } : { mode: "none" });

export async function modelSnapshot(tx: Tx, id: string): Promise<ModelSnapshot | null> {
  const model = await tx.model.findUnique({
    where: { id },
    include: {
      organisations: { orderBy: { position: "asc" }, select: { organisation: { select: { slug: true } } } },
      assessments: { where: { methodologyVersion: METHODOLOGY_VERSION }, include: { answers: true } },
    },
  });
  if (!model) return null;
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
    organisations: { existing: model.organisations.map((o) => o.organisation.slug), new: null },
    licences: { weights: licence(model.weightsLicenceId), code: licence(model.codeLicenceId), data: licence(model.dataLicenceId) },
    answers,
    grade: model.grade,
    score: model.score,
  };
}
