// A model's assessment in the catalogue: the facts the scorer needs (every licence per component,
// the base model's effective answers and licences, the data exception), the stored result and the
// columns the catalogue filters on. One place for all of it, shared by the seed, the data loader,
// approvals, re-scoring and every page or API answer that explains a grade.
import {
  assess,
  CRITERION_KEYS,
  effectiveWeightsLicences,
  g7Label,
  licenceById,
  METHODOLOGY_VERSION,
  type Assessment,
  type BaseModelFacts,
  type CriterionAnswer,
  type CriterionKey,
  type Licence,
  type ModelFacts,
} from "../openness";
import type { AnswerGrade, LicenceComponent } from "../openness/types";
import { enteredAnswers } from "./explain";
import type { Db, PrismaClient } from "../db/prisma";

type Tx = Pick<PrismaClient, "assessment" | "model" | "licence">;

export type StoredLicence = Db.Licence;

/** A licence row as the scorer sees it. */
export function licenceFacts(row: StoredLicence): Licence {
  return {
    id: row.id,
    name: row.name,
    url: row.url,
    kind: row.kind,
    sourceUrl: row.sourceUrl ?? row.url,
    reviewed: row.reviewed,
    osiApproved: row.osiApproved,
    openData: row.openData,
    restrictsUse: row.restrictsUse,
    nonCommercial: row.nonCommercial,
    noDerivatives: row.noDerivatives,
    shareAlike: row.shareAlike,
    attribution: row.attribution,
    nonProduction: row.nonProduction,
    userCap: row.userCap,
    revenueCap: row.revenueCap,
    revenueCapCurrency: row.revenueCapCurrency,
    note: row.note ?? undefined,
  };
}

/** What a query must select of a model to know its facts (with `factsFor`). */
export const factsSelect = {
  id: true as const,
  baseModelId: true as const,
  baseModelName: true as const,
  baseModelUrl: true as const,
  baseRelation: true as const,
  dataExceptionReason: true as const,
  dataExceptionEvidenceUrl: true as const,
  dataExceptionNote: true as const,
  licences: { orderBy: [{ component: "asc" as const }, { position: "asc" as const }], select: { component: true as const, licence: true as const } },
};

/** The same, as an `include` (a query that reads every column of the model anyway). */
export const factsInclude = { licences: factsSelect.licences };

export type FactsRow = {
  id: string;
  baseModelId: string | null;
  baseModelName: string | null;
  baseModelUrl: string | null;
  baseRelation: Db.BaseRelation | null;
  dataExceptionReason: Db.DataExceptionReason | null;
  dataExceptionEvidenceUrl: string | null;
  dataExceptionNote: string | null;
  licences: { component: LicenceComponent; licence: StoredLicence }[];
};

/**
 * The scorer's facts for each model, by id: two queries whatever the number of models (their
 * bases' current answers, then the licences the bases carry).
 */
export async function factsFor(tx: Pick<PrismaClient, "model" | "licence">, rows: readonly FactsRow[]): Promise<Map<string, ModelFacts>> {
  const baseIds = [...new Set(rows.flatMap((row) => (row.baseModelId ? [row.baseModelId] : [])))];
  const bases = baseIds.length
    ? await tx.model.findMany({
        where: { id: { in: baseIds } },
        select: {
          id: true,
          slug: true,
          name: true,
          weightsLicenceIds: true,
          assessments: { where: { methodologyVersion: METHODOLOGY_VERSION }, select: { answers: { select: { criterion: true, grade: true } } } },
        },
      })
    : [];
  const baseLicenceIds = [...new Set(bases.flatMap((base) => base.weightsLicenceIds))];
  const licenceRows = baseLicenceIds.length ? await tx.licence.findMany({ where: { id: { in: baseLicenceIds } } }) : [];
  const licences = new Map(licenceRows.map((row) => [row.id, licenceFacts(row)]));
  const baseById = new Map(bases.map((base) => [base.id, base]));

  const facts = new Map<string, ModelFacts>();
  for (const row of rows) {
    const byComponent = (component: LicenceComponent) => row.licences.filter((l) => l.component === component).map((l) => licenceFacts(l.licence));
    let base: BaseModelFacts | null = null;
    const baseRow = row.baseModelId ? baseById.get(row.baseModelId) : undefined;
    if (baseRow && row.baseRelation) {
      const stored = new Map((baseRow.assessments[0]?.answers ?? []).map((answer) => [answer.criterion, answer.grade]));
      const grade = (key: CriterionKey): AnswerGrade => stored.get(key) ?? "unknown";
      base = {
        inCatalogue: true,
        slug: baseRow.slug,
        name: baseRow.name,
        relation: row.baseRelation,
        grades: { use: grade("use"), methods: grade("methods"), data: grade("data"), retrain: grade("retrain"), weights: grade("weights") },
        weightsLicences: baseRow.weightsLicenceIds.flatMap((id) => {
          const licence = licences.get(id) ?? licenceById(id);
          return licence ? [licence] : [];
        }),
      };
    } else if (row.baseModelName && row.baseRelation) {
      base = { inCatalogue: false, name: row.baseModelName, url: row.baseModelUrl, relation: row.baseRelation };
    }
    facts.set(row.id, {
      licences: { weights: byComponent("weights"), code: byComponent("code"), data: byComponent("data") },
      base,
      dataException: row.dataExceptionReason
        ? { reason: row.dataExceptionReason, evidenceUrl: row.dataExceptionEvidenceUrl, note: row.dataExceptionNote }
        : null,
    });
  }
  return facts;
}

/** The columns of the Model row that summarise an assessment: what /models filters and sorts on. */
export function modelAssessmentColumns(result: Assessment, facts: ModelFacts = {}) {
  const grades = Object.fromEntries(CRITERION_KEYS.map((key) => [key, result.answers[key].grade])) as Record<CriterionKey, AnswerGrade>;
  return {
    score: result.score,
    grade: result.grade,
    gradeComplete: result.complete,
    useGrade: result.answers.use.grade,
    methodsGrade: result.answers.methods.grade,
    dataGrade: result.answers.data.grade,
    retrainGrade: result.answers.retrain.grade,
    g7Label: g7Label(grades, facts.dataException ?? null).label,
    weightsLicenceIds: effectiveWeightsLicences(facts.licences?.weights, facts.base).map((licence) => licence.id),
  };
}

/**
 * Scores `answers` under the current methodology with the model's stored facts (licences, base
 * model), stores the result, and re-scores the models made from it, whose inherited facts changed.
 */
export async function storeAssessment(tx: Tx, model: { id: string }, answers: readonly CriterionAnswer[], assessedById: string | null = null, seen = new Set<string>()) {
  seen.add(model.id);
  const row = await tx.model.findUniqueOrThrow({ where: { id: model.id }, select: factsSelect });
  const facts = (await factsFor(tx, [row])).get(model.id) ?? {};
  const result = assess(answers, facts);
  const rows = Object.entries(result.answers).map(([criterion, answer]) => ({
    criterion,
    grade: answer.grade,
    enteredGrade: answer.entered === answer.grade ? null : answer.entered,
    evidenceUrl: answer.evidenceUrl ?? null,
    note: answer.note ?? null,
  }));
  const data = { score: result.score, grade: result.grade, complete: result.complete, assessedById };
  await tx.assessment.upsert({
    where: { modelId_methodologyVersion: { modelId: model.id, methodologyVersion: METHODOLOGY_VERSION } },
    create: { modelId: model.id, methodologyVersion: METHODOLOGY_VERSION, ...data, answers: { create: rows } },
    update: { ...data, answers: { deleteMany: {}, create: rows } },
  });
  // The summary the catalogue filters and sorts on (the pillars' answers feed `use=open` etc.).
  await tx.model.update({ where: { id: model.id }, data: modelAssessmentColumns(result, facts) });
  await rescoreDerived(tx, model.id, seen);
  return result;
}

/** Re-scores, from their answers as entered, the models made from this one (and theirs, in turn). */
async function rescoreDerived(tx: Tx, baseId: string, seen: Set<string>) {
  const derived = await tx.model.findMany({
    where: { baseModelId: baseId },
    select: { id: true, assessments: { orderBy: { methodologyVersion: "desc" }, take: 1, select: { assessedById: true, answers: true } } },
  });
  for (const model of derived) {
    const latest = model.assessments[0];
    if (!latest || seen.has(model.id)) continue;
    await storeAssessment(tx, model, enteredAnswers(latest.answers), latest.assessedById, seen);
  }
}

export { enteredAnswers, explainAssessment, type ExplainedAssessment } from "./explain";
