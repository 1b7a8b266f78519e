import "server-only";
// One model's page, the comparison, and the home page's figures.
import { db } from "../db/client";
import { assess, METHODOLOGY_VERSION } from "../openness";
import { CRITERION_KEYS, type AnswerGrade, type Assessment, type CriterionAnswer, type CriterionKey } from "../openness/types";
import { licenceFacts } from "./assessments";

export type CatalogueFigures = { models: number; organisations: number; countries: number; trulyOpen: number };

/** The home page's headline: published models and organisations, their countries, grade A models. */
export async function catalogueFigures(): Promise<CatalogueFigures> {
  const rows = await db().$queryRaw<CatalogueFigures[]>`
    SELECT
      (SELECT count(*)::int FROM "Model" WHERE "status" = 'published') AS "models",
      (SELECT count(*)::int FROM "Organisation" WHERE "status" = 'published') AS "organisations",
      -- "EU" files EU-level projects; it is not a country
      (SELECT count(DISTINCT "country")::int FROM "Organisation" WHERE "status" = 'published' AND "country" <> 'EU') AS "countries",
      (SELECT count(*)::int FROM "Model" WHERE "status" = 'published' AND "grade" = 'A') AS "trulyOpen"`;
  return rows[0] ?? { models: 0, organisations: 0, countries: 0, trulyOpen: 0 };
}

const detailInclude = {
  weightsLicence: true,
  codeLicence: true,
  dataLicence: true,
  organisations: {
    orderBy: { position: "asc" },
    select: { organisation: { select: { slug: true, name: true, country: true, type: true, isSme: true } } },
  },
  assessments: {
    orderBy: { methodologyVersion: "desc" },
    select: {
      methodologyVersion: true,
      score: true,
      grade: true,
      complete: true,
      createdAt: true,
      updatedAt: true,
      answers: { select: { criterion: true, grade: true, enteredGrade: true, evidenceUrl: true, note: true } },
    },
  },
} as const;

async function findPublished(slugs: readonly string[]) {
  return db().model.findMany({ where: { slug: { in: [...slugs] }, status: "published" }, include: detailInclude });
}

type ModelRow = Awaited<ReturnType<typeof findPublished>>[number];

export type ModelDetail = ModelRow & {
  /**
   * The current assessment as the scorer explains it (answers after the derived rules, reasons
   * for the grade), recomputed from the stored answers as entered; null when the model has no
   * assessment under the current methodology.
   */
  assessment: Assessment | null;
};

function withAssessment(model: ModelRow): ModelDetail {
  const current = model.assessments.find((row) => row.methodologyVersion === METHODOLOGY_VERSION);
  if (!current) return { ...model, assessment: null };
  const stored = new Map(current.answers.map((answer) => [answer.criterion, answer]));
  const entered: CriterionAnswer[] = CRITERION_KEYS.map((criterion: CriterionKey) => {
    const answer = stored.get(criterion);
    return {
      criterion,
      grade: answer ? (answer.enteredGrade ?? answer.grade) : "unknown",
      evidenceUrl: answer?.evidenceUrl ?? null,
      note: answer?.note ?? null,
    };
  });
  const assessment = assess(entered, {
    weights: model.weightsLicence ? licenceFacts(model.weightsLicence) : null,
    code: model.codeLicence ? licenceFacts(model.codeLicence) : null,
    data: model.dataLicence ? licenceFacts(model.dataLicence) : null,
  });
  return { ...model, assessment };
}

/** A published model with everything its page shows, or null. */
export async function modelBySlug(slug: string): Promise<ModelDetail | null> {
  const [model] = await findPublished([slug]);
  return model ? withAssessment(model) : null;
}

/** Published models in the order asked for; slugs that name none are left out. */
export async function modelsBySlugs(slugs: readonly string[]): Promise<ModelDetail[]> {
  const rows = await findPublished(slugs);
  const bySlug = new Map(rows.map((row) => [row.slug, row]));
  return slugs.flatMap((slug) => {
    const row = bySlug.get(slug);
    return row ? [withAssessment(row)] : [];
  });
}

export type AnswerCell = { grade: AnswerGrade; evidenceUrl: string | null };
/** A model's effective answers under the current methodology, by criterion; a criterion left out is not assessed. */
export type AnswerRow = Partial<Record<CriterionKey, AnswerCell>>;

/**
 * The current assessment's answers of several models at once (the table view of /models and of an
 * organisation's page: a page of models against every criterion), as stored: effective answers
 * after the derived rules, with their evidence. One statement for the whole page.
 */
export async function currentAnswers(modelIds: readonly string[]): Promise<Map<string, AnswerRow>> {
  const byModel = new Map<string, AnswerRow>(modelIds.map((id) => [id, {}]));
  if (modelIds.length === 0) return byModel;
  const rows = await db().criterionAnswer.findMany({
    where: { assessment: { modelId: { in: [...modelIds] }, methodologyVersion: METHODOLOGY_VERSION } },
    select: { criterion: true, grade: true, evidenceUrl: true, assessment: { select: { modelId: true } } },
  });
  const known: ReadonlySet<string> = new Set(CRITERION_KEYS);
  for (const row of rows) {
    if (!known.has(row.criterion)) continue;
    byModel.get(row.assessment.modelId)![row.criterion as CriterionKey] = { grade: row.grade, evidenceUrl: row.evidenceUrl };
  }
  return byModel;
}
