import "server-only";
import { db } from "../../db/client";
import { enteredAnswers, explainAssessment, factsFor, factsInclude, licenceFacts, type ExplainedAssessment } from "../../catalogue/assessments";
import { CRITERIA, explainReason, METHODOLOGY_VERSION, opennessMessage, POINTS, type G7Result, type Licence } from "../../openness";
import { opennessText } from "../../i18n/messages";
import type { Locale } from "../../i18n/routing";
import type { z } from "zod";
import type { assessmentSchema, g7LabelDetailSchema, licenceSchema, modelDetailSchema, modelSummarySchema } from "../schemas";
import { modelPageUrl, organisationPageUrl } from "./site";

type Lang = Locale;
type LicenceRow = Parameters<typeof licenceFacts>[0];
type LicenceRef = { id: string; name: string; url: string };

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
  scope: true,
  familySlug: true,
  familyName: true,
  g7Label: true,
  weightsLicenceIds: true,
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
  scope: "europe" | "reference";
  familySlug: string | null;
  familyName: string | null;
  g7Label: z.input<typeof g7LabelDetailSchema>["label"] | null;
  weightsLicenceIds: string[];
  organisations: { organisation: { slug: string; name: string; country: string } }[];
};

/** The name and address of every licence the rows name, in one query. */
export async function licenceRefs(rows: readonly { weightsLicenceIds: readonly string[] }[]): Promise<Map<string, LicenceRef>> {
  const ids = [...new Set(rows.flatMap((row) => row.weightsLicenceIds))];
  if (ids.length === 0) return new Map();
  const licences = await db().licence.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, url: true } });
  return new Map(licences.map((licence) => [licence.id, licence]));
}

export function modelSummary(row: ModelSummaryRow, origin: string, licences: ReadonlyMap<string, LicenceRef>): z.input<typeof modelSummarySchema> {
  const weightsLicences = row.weightsLicenceIds.map((id) => licences.get(id) ?? { id, name: id, url: "" });
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
    scope: row.scope,
    family: row.familySlug && row.familyName ? { slug: row.familySlug, name: row.familyName } : null,
    officialLabels: { g7: row.g7Label ? { label: row.g7Label, complete: row.gradeComplete } : null },
    weightsLicences,
    weightsLicence: weightsLicences[0] ?? null,
    organisations: row.organisations.map(({ organisation }) => ({ ...organisation, url: organisationPageUrl(origin, organisation.slug) })),
  };
}

export function licenceJson(row: LicenceRow | Licence): z.input<typeof licenceSchema> {
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
    nonProduction: row.nonProduction,
    userCap: row.userCap ?? null,
    revenueCap: row.revenueCap ?? null,
    revenueCapCurrency: row.revenueCapCurrency ?? null,
    sourceUrl: row.sourceUrl ?? null,
    note: row.note ?? null,
    reviewed: row.reviewed,
  };
}

export function g7Json(g7: G7Result, lang: Lang): z.input<typeof g7LabelDetailSchema> {
  return {
    label: g7.label,
    complete: g7.complete,
    missing: g7.missing,
    reasons: g7.reasons.map((reason) => ({
      ...reason,
      text: explainReason(reason, opennessText(lang)),
    })),
  };
}

/**
 * An assessment as the API gives it: every criterion as entered and as it counts, with the rules
 * that changed it, the reasons in words, and the official labels. `stored` is the official record
 * of a published model (its score and grade); without it, the assessment is the one computed.
 */
export function assessmentJson(explained: ExplainedAssessment, lang: Lang, stored: { score: number; grade: ExplainedAssessment["grade"]; complete: boolean; methodologyVersion: number; updatedAt: Date } | null = null): z.input<typeof assessmentSchema> {
  return {
    methodologyVersion: stored?.methodologyVersion ?? explained.methodologyVersion,
    score: stored?.score ?? explained.score,
    scoreRounded: Math.round(stored?.score ?? explained.score),
    grade: stored?.grade ?? explained.grade,
    complete: stored?.complete ?? explained.complete,
    unknown: explained.unknown,
    criteria: CRITERIA.map((definition) => {
      const answer = explained.answers[definition.key];
      return {
        criterion: definition.key,
        kind: definition.kind,
        name: opennessMessage(opennessText(lang), `${definition.messageKey}.name`) ?? definition.key,
        weight: definition.weight,
        grade: answer.grade,
        entered: answer.entered,
        points: definition.weight * POINTS[answer.grade],
        evidenceUrl: answer.evidenceUrl,
        note: answer.note,
        adjustments: answer.adjustments,
      };
    }),
    reasons: explained.reasons.map((reason) => ({ ...reason, text: explainReason(reason, opennessText(lang)) })),
    officialLabels: { g7: g7Json(explained.g7, lang) },
    assessedAt: stored ? stored.updatedAt.toISOString() : null,
  };
}

/** A published model with its current assessment explained; null when there is no such published model. */
export async function publishedModelDetail(slug: string, lang: Lang, origin: string): Promise<z.input<typeof modelDetailSchema> | null> {
  const row = await db().model.findFirst({
    where: { slug, status: "published" },
    include: {
      ...factsInclude,
      baseModel: { select: { slug: true, name: true, status: true } },
      organisations: { orderBy: { position: "asc" }, include: { organisation: { select: { slug: true, name: true, country: true } } } },
      assessments: { where: { methodologyVersion: METHODOLOGY_VERSION }, include: { answers: true } },
    },
  });
  if (!row) return null;
  const facts = (await factsFor(db(), [row])).get(row.id) ?? {};
  const stored = row.assessments[0];
  // The stored rows are the official record (score, grade); reasons and adjustments are not stored,
  // so the scorer explains them again from the entered answers and the model's facts.
  const explained = stored ? explainAssessment(enteredAnswers(stored.answers), facts) : null;
  const own = (component: "weights" | "code" | "data") => (facts.licences?.[component] ?? []).map(licenceJson);
  const ownIds = new Set((facts.licences?.weights ?? []).map((licence) => licence.id));
  const inherited = facts.base?.inCatalogue ? facts.base.weightsLicences.filter((licence) => !ownIds.has(licence.id)) : [];
  const attribution = Array.isArray(row.attribution) ? (row.attribution as { source: string; url: string; licence: string }[]) : [];
  const factSources = row.factSources && typeof row.factSources === "object" && !Array.isArray(row.factSources) ? (row.factSources as Record<string, string>) : {};
  return {
    ...modelSummary(row, origin, await licenceRefs([row])),
    version: row.version,
    releaseDate: row.releaseDate ? row.releaseDate.toISOString().slice(0, 10) : null,
    tasks: row.tasks,
    activeParameterCount: row.activeParameterCount,
    languageShareNote: row.languageShareNote,
    description: row.description,
    links: { modelCard: row.modelCardUrl, code: row.codeUrl, paper: row.paperUrl, data: row.dataUrl },
    licences: { weights: own("weights"), code: own("code"), data: own("data") },
    inheritedWeightsLicences: inherited.map(licenceJson),
    baseModel: row.baseRelation
      ? row.baseModel
        ? { relation: row.baseRelation, inCatalogue: true, slug: row.baseModel.slug, name: row.baseModel.name, url: modelPageUrl(origin, row.baseModel.slug) }
        : { relation: row.baseRelation, inCatalogue: false, slug: null, name: row.baseModelName ?? "", url: row.baseModelUrl }
      : null,
    dataException:
      row.dataExceptionReason && row.dataExceptionEvidenceUrl
        ? { reason: row.dataExceptionReason, evidenceUrl: row.dataExceptionEvidenceUrl, note: row.dataExceptionNote }
        : null,
    officialLabels: { g7: explained ? g7Json(explained.g7, lang) : null },
    sources: { facts: factSources, attribution, unverified: row.unverified },
    assessment: explained && stored ? assessmentJson(explained, lang, stored) : null,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
  };
}
