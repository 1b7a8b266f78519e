import "server-only";
import { cache } from "react";
import { db } from "../db/client";
import { isGrade, METHODOLOGY_VERSION, PILLAR_KEYS, type AnswerGrade, type PillarKey } from "../openness";
import type { InsightModel, InsightOrganisation } from "../insights/figures";

export type InsightRows = { models: InsightModel[]; organisations: InsightOrganisation[] };

const PILLARS: ReadonlySet<string> = new Set(PILLAR_KEYS);

/**
 * Every published European model and organisation, in the shape the figures need
 * (lib/insights/figures.ts): reference models are left out of every European figure.
 * The catalogue is small (hundreds of entries): two queries, and the arithmetic in code, keep
 * one definition of each figure for the map, the matrix and the insights page.
 */
export const insightRows = cache(async (): Promise<InsightRows> => {
  const [models, organisations] = await Promise.all([
    db().model.findMany({
      where: { status: "published", scope: "europe" },
      orderBy: { slug: "asc" },
      select: {
        slug: true,
        name: true,
        score: true,
        grade: true,
        gradeComplete: true,
        releaseYear: true,
        languages: true,
        g7Label: true,
        organisations: {
          orderBy: { position: "asc" },
          select: { organisation: { select: { id: true, country: true, isSme: true } } },
        },
        assessments: {
          where: { methodologyVersion: METHODOLOGY_VERSION },
          select: { answers: { where: { criterion: { in: [...PILLAR_KEYS] } }, select: { criterion: true, grade: true } } },
        },
      },
    }),
    db().organisation.findMany({
      where: { status: "published", scope: "europe" },
      orderBy: { slug: "asc" },
      select: { id: true, country: true, isSme: true },
    }),
  ]);
  return {
    models: models.map((model) => ({
      slug: model.slug,
      name: model.name,
      score: model.score,
      grade: isGrade(model.grade) ? model.grade : null,
      gradeComplete: model.gradeComplete,
      releaseYear: model.releaseYear,
      languages: model.languages,
      g7: model.g7Label,
      organisations: model.organisations.map(({ organisation }) => ({
        id: organisation.id,
        country: organisation.country,
        sme: organisation.isSme,
      })),
      pillars: Object.fromEntries(
        (model.assessments[0]?.answers ?? [])
          .filter((answer) => PILLARS.has(answer.criterion))
          .map((answer) => [answer.criterion as PillarKey, answer.grade as AnswerGrade]),
      ),
    })),
    organisations: organisations.map((organisation) => ({
      id: organisation.id,
      country: organisation.country,
      sme: organisation.isSme,
    })),
  };
});
