import "server-only";
// One model's page, the comparison, and the home page's figures.
import { db } from "../db/client";
import { effectiveWeightsLicences, METHODOLOGY_VERSION, type Licence, type ModelFacts } from "../openness";
import { enteredAnswers, explainAssessment, factsFor, factsInclude, type ExplainedAssessment } from "./assessments";

export type CatalogueFigures = { models: number; organisations: number; countries: number; trulyOpen: number };

/** The home page's headline: published European models and organisations, their countries, grade A models (reference models left out). */
export async function catalogueFigures(): Promise<CatalogueFigures> {
  const rows = await db().$queryRaw<CatalogueFigures[]>`
    SELECT
      (SELECT count(*)::int FROM "Model" WHERE "status" = 'published' AND "scope" = 'europe') AS "models",
      (SELECT count(*)::int FROM "Organisation" WHERE "status" = 'published' AND "scope" = 'europe') AS "organisations",
      -- "EU" files EU-level projects; it is not a country
      (SELECT count(DISTINCT "country")::int FROM "Organisation" WHERE "status" = 'published' AND "scope" = 'europe' AND "country" <> 'EU') AS "countries",
      (SELECT count(*)::int FROM "Model" WHERE "status" = 'published' AND "scope" = 'europe' AND "grade" = 'A') AS "trulyOpen"`;
  return rows[0] ?? { models: 0, organisations: 0, countries: 0, trulyOpen: 0 };
}

const detailInclude = {
  ...factsInclude,
  baseModel: { select: { slug: true, name: true, status: true } },
  organisations: {
    orderBy: { position: "asc" as const },
    select: { organisation: { select: { slug: true, name: true, country: true, type: true, isSme: true } } },
  },
  assessments: {
    orderBy: { methodologyVersion: "desc" as const },
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
};

async function findPublished(slugs: readonly string[]) {
  return db().model.findMany({ where: { slug: { in: [...slugs] }, status: "published" }, include: detailInclude });
}

type ModelRow = Awaited<ReturnType<typeof findPublished>>[number];

export type ModelDetail = ModelRow & {
  /**
   * The current assessment as the scorer explains it (answers after the derived rules, reasons
   * for the grade, the G7 label), recomputed from the stored answers as entered; null when the
   * model has no assessment under the current methodology.
   */
  assessment: ExplainedAssessment | null;
  /** what the scorer knew: every licence per component, and the base model's facts */
  facts: ModelFacts;
  /** weights licences the model carries from its base model, beyond its own */
  inheritedLicences: Licence[];
};

async function withAssessments(models: readonly ModelRow[]): Promise<ModelDetail[]> {
  const facts = await factsFor(db(), models);
  return models.map((model) => {
    const modelFacts = facts.get(model.id) ?? {};
    const own = new Set((modelFacts.licences?.weights ?? []).map((licence) => licence.id));
    const inheritedLicences = effectiveWeightsLicences(modelFacts.licences?.weights, modelFacts.base).filter((licence) => !own.has(licence.id));
    const current = model.assessments.find((row) => row.methodologyVersion === METHODOLOGY_VERSION);
    const assessment = current ? explainAssessment(enteredAnswers(current.answers), modelFacts) : null;
    return { ...model, assessment, facts: modelFacts, inheritedLicences };
  });
}

/** A published model with everything its page shows, or null. */
export async function modelBySlug(slug: string): Promise<ModelDetail | null> {
  const [model] = await withAssessments(await findPublished([slug]));
  return model ?? null;
}

/** The other published members of a model's family (sizes, versions, instruct variants), best first. */
export async function familyMembers(model: { id: string; familySlug: string | null }) {
  if (!model.familySlug) return [];
  return db().model.findMany({
    where: { familySlug: model.familySlug, status: "published", id: { not: model.id } },
    orderBy: [{ sortScore: "desc" }, { sortName: "asc" }, { id: "asc" }],
    select: { slug: true, name: true, grade: true, gradeComplete: true, parameterCount: true },
    take: 50,
  });
}

/** Published models in the order asked for; slugs that name none are left out. */
export async function modelsBySlugs(slugs: readonly string[]): Promise<ModelDetail[]> {
  const rows = await withAssessments(await findPublished(slugs));
  const bySlug = new Map(rows.map((row) => [row.slug, row]));
  return slugs.flatMap((slug) => {
    const row = bySlug.get(slug);
    return row ? [row] : [];
  });
}
