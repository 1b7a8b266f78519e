// Storing an assessment: the scorer's result for a model's answers, written with its criterion
// rows and the model's summary columns in one go. Shared by the seed and (later) approvals.
import { assess, METHODOLOGY_VERSION, licenceById } from "../openness";
import type { Assessment, CriterionAnswer, Licence, ModelLicences } from "../openness/types";
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
    note: row.note ?? undefined,
  };
}

async function loadLicence(tx: Tx, id: string | null): Promise<Licence | null> {
  if (!id) return null;
  const row = await tx.licence.findUnique({ where: { id } });
  return row ? licenceFacts(row) : (licenceById(id) ?? null);
}

/** The columns of the Model row that summarise its assessment: what /models filters and sorts on. */
export function modelAssessmentColumns(result: Assessment) {
  return {
    score: result.score,
    grade: result.grade,
    gradeComplete: result.complete,
    useGrade: result.answers.use.grade,
    methodsGrade: result.answers.methods.grade,
    dataGrade: result.answers.data.grade,
    retrainGrade: result.answers.retrain.grade,
  };
}

/** Scores `answers` under the current methodology and stores the result for the model. */
export async function storeAssessment(
  tx: Tx,
  model: { id: string; weightsLicenceId: string | null; codeLicenceId: string | null; dataLicenceId: string | null },
  answers: readonly CriterionAnswer[],
  assessedById: string | null = null,
) {
  const licences: ModelLicences = {
    weights: await loadLicence(tx, model.weightsLicenceId),
    code: await loadLicence(tx, model.codeLicenceId),
    data: await loadLicence(tx, model.dataLicenceId),
  };
  const result = assess(answers, licences);
  const rows = Object.entries(result.answers).map(([criterion, answer]) => ({
    criterion,
    grade: answer.grade,
    enteredGrade: answer.entered === answer.grade ? null : answer.entered,
    evidenceUrl: answer.evidenceUrl ?? null,
    note: answer.note ?? null,
  }));
  const data = {
    score: result.score,
    grade: result.grade,
    complete: result.complete,
    assessedById,
  };
  await tx.assessment.upsert({
    where: { modelId_methodologyVersion: { modelId: model.id, methodologyVersion: METHODOLOGY_VERSION } },
    create: { modelId: model.id, methodologyVersion: METHODOLOGY_VERSION, ...data, answers: { create: rows } },
    update: { ...data, answers: { deleteMany: {}, create: rows } },
  });
  // The summary the catalogue filters and sorts on (the pillars' answers feed `use=open` etc.).
  await tx.model.update({ where: { id: model.id }, data: modelAssessmentColumns(result) });
  return result;
}
