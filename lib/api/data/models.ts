import "server-only";
import { db } from "../../db/client";
import { licenceFacts } from "../../catalogue/assessments";
import { assess, CRITERIA, explainReason, METHODOLOGY_VERSION, opennessMessage, POINTS } from "../../openness";
import type { CriterionAnswer, CriterionKey } from "../../openness/types";
import type { z } from "zod";
import type { licenceSchema, modelDetailSchema, modelSummarySchema } from "../schemas";
import { modelPageUrl, organisationPageUrl } from "./site";

type Lang = "en" | "fr";
type LicenceRow = Parameters<typeof licenceFacts>[0];

/** The columns a model summary needs (shared by the detail, organisations' model lists and exports). */
export const modelSummarySelect = {
  slug: true,
  name: true,
  modality: true,
  releaseYear: true,
  parameterCount: true,
  languages: true,
  grade: true,
  gradeComplete: true,
  score: true,
  weightsLicence: { select: { id: true, name: true, url: true } },
  organisations: {
    orderBy: { position: "asc" },
    select: { organisation: { select: { slug: true, name: true, country: true } } },
  },
} as const;

type ModelSummaryRow = {
  slug: string;
  name: string;
  modality: z.input<typeof modelSummarySchema>["modality"];
  releaseYear: number | null;
  parameterCount: number | null;
  languages: string[];
  grade: z.input<typeof modelSummarySchema>["grade"];
  gradeComplete: boolean;
  score: number | null;
  weightsLicence: { id: string; name: string; url: string } | null;
  organisations: { organisation: { slug: string; name: string; country: string } }[];
};

export function modelSummary(row: ModelSummaryRow, origin: string): z.input<typeof modelSummarySchema> {
  return {
    slug: row.slug,
    name: row.name,
    url: modelPageUrl(origin, row.slug),
    modality: row.modality,
    releaseYear: row.releaseYear,
    parameterCount: row.parameterCount,
    languages: row.languages,
    grade: row.grade,
    gradeComplete: row.gradeComplete,
    score: row.score,
    weightsLicence: row.weightsLicence,
    organisations: row.organisations.map(({ organisation }) => ({ ...organisation, url: organisationPageUrl(origin, organisation.slug) })),
  };
}

export function licenceJson(row: LicenceRow): z.input<typeof licenceSchema> {
  return {
    id: row.id,
    name: row.name,
    url: row.url,
    kind: row.kind,
    osiApproved: row.osiApproved,
    openData: row.openData,
    restrictsUse: row.restrictsUse,
    nonCommercial: row.nonCommercial,
    noDerivatives: row.noDerivatives,
    shareAlike: row.shareAlike,
    attribution: row.attribution,
    sourceUrl: row.sourceUrl,
    note: row.note,
    reviewed: row.reviewed,
  };
}

/** A published model with its current assessment explained; null when there is no such published model. */
export async function publishedModelDetail(slug: string, lang: Lang, origin: string): Promise<z.input<typeof modelDetailSchema> | null> {
  const row = await db().model.findFirst({
    where: { slug, status: "published" },
    include: {
      weightsLicence: true,
      codeLicence: true,
      dataLicence: true,
      organisations: { orderBy: { position: "asc" }, include: { organisation: { select: { slug: true, name: true, country: true } } } },
      assessments: { where: { methodologyVersion: METHODOLOGY_VERSION }, include: { answers: true } },
    },
  });
  if (!row) return null;
  const stored = row.assessments[0];
  let assessment: z.input<typeof modelDetailSchema>["assessment"] = null;
  if (stored) {
    // The stored rows are the official record (score, grade); reasons and adjustments are not stored,
    // so the scorer explains them again from the entered answers and the licences.
    const entered: CriterionAnswer[] = stored.answers.map((answer) => ({
      criterion: answer.criterion as CriterionKey,
      grade: answer.enteredGrade ?? answer.grade,
      evidenceUrl: answer.evidenceUrl,
      note: answer.note,
    }));
    const explained = assess(entered, {
      weights: row.weightsLicence ? licenceFacts(row.weightsLicence) : null,
      code: row.codeLicence ? licenceFacts(row.codeLicence) : null,
      data: row.dataLicence ? licenceFacts(row.dataLicence) : null,
    });
    assessment = {
      methodologyVersion: stored.methodologyVersion,
      score: stored.score,
      scoreRounded: Math.round(stored.score),
      grade: stored.grade,
      complete: stored.complete,
      unknown: explained.unknown,
      criteria: CRITERIA.map((definition) => {
        const answer = explained.answers[definition.key];
        return {
          criterion: definition.key,
          kind: definition.kind,
          name: opennessMessage(lang, `${definition.messageKey}.name`) ?? definition.key,
          weight: definition.weight,
          grade: answer.grade,
          entered: answer.entered,
          points: definition.weight * POINTS[answer.grade],
          evidenceUrl: answer.evidenceUrl,
          note: answer.note,
          adjustments: answer.adjustments,
        };
      }),
      reasons: explained.reasons.map((reason) => ({ ...reason, text: explainReason(reason, lang) })),
      assessedAt: stored.updatedAt.toISOString(),
    };
  }
  return {
    ...modelSummary({ ...row, weightsLicence: row.weightsLicence && { id: row.weightsLicence.id, name: row.weightsLicence.name, url: row.weightsLicence.url } }, origin),
    version: row.version,
    releaseDate: row.releaseDate ? row.releaseDate.toISOString().slice(0, 10) : null,
    tasks: row.tasks,
    activeParameterCount: row.activeParameterCount,
    languageShareNote: row.languageShareNote,
    description: row.description,
    links: { modelCard: row.modelCardUrl, code: row.codeUrl, paper: row.paperUrl, data: row.dataUrl },
    licences: {
      weights: row.weightsLicence && licenceJson(row.weightsLicence),
      code: row.codeLicence && licenceJson(row.codeLicence),
      data: row.dataLicence && licenceJson(row.dataLicence),
    },
    assessment,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
  };
}
