// The public API's data, defined once with zod: the routes are typed by these schemas, and the
// OpenAPI document (/api/v1/openapi.json) is generated from them. The vocabulary (grades, criteria,
// reason codes...) comes from lib/openness, so the API cannot drift from the methodology.
import { z } from "zod";
import {
  ANSWER_GRADES,
  CRITERION_KEYS,
  CRITERION_KINDS,
  GRADES,
  LICENCE_KINDS,
  MODALITIES,
  ORGANISATION_TYPES,
  REASON_CODES,
} from "../openness/types";
import { slugSchema } from "../badges/render";

export const API_LANGS = ["en", "fr"] as const;

export const gradeSchema = z.enum(GRADES).meta({ id: "Grade", description: "Openness grade, A (truly open) to E (closed)." });
export const answerGradeSchema = z.enum(ANSWER_GRADES).meta({ id: "AnswerGrade", description: "A criterion's answer; unknown means not assessed." });
export const criterionKeySchema = z.enum(CRITERION_KEYS).meta({ id: "Criterion" });
export const reasonCodeSchema = z.enum(REASON_CODES).meta({ id: "ReasonCode", description: "Stable code of a grade reason." });
export const organisationTypeSchema = z.enum(ORGANISATION_TYPES).meta({ id: "OrganisationType" });
export const modalitySchema = z.enum(MODALITIES).meta({ id: "Modality" });
const countrySchema = z.string().regex(/^[A-Z]{2}$/).meta({ description: "ISO 3166-1 alpha-2 code (or EU).", example: "FR" });
const urlSchema = z.string().meta({ format: "uri" });
const dateTimeSchema = z.string().meta({ format: "date-time" });

export const langQuery = z.enum(API_LANGS).default("en").meta({ description: "Language of the texts (reasons, names, descriptions)." });
export const slugParams = z.object({ slug: slugSchema.meta({ description: "The entry's slug, as in its page's URL.", example: "lucie-7b" }) });

export const licenceRefSchema = z
  .object({ id: z.string().meta({ description: "SPDX id, or a LicenseRef- id." }), name: z.string(), url: urlSchema })
  .meta({ id: "LicenceRef" });

export const licenceSchema = z
  .object({
    id: z.string().meta({ description: "SPDX id, or a LicenseRef- id.", example: "Apache-2.0" }),
    name: z.string(),
    url: urlSchema,
    kind: z.enum(LICENCE_KINDS),
    osiApproved: z.boolean(),
    openData: z.boolean(),
    restrictsUse: z.boolean().meta({ description: "Field-of-use, acceptable-use, audience or revenue restrictions." }),
    nonCommercial: z.boolean(),
    noDerivatives: z.boolean(),
    shareAlike: z.boolean(),
    attribution: z.boolean(),
    sourceUrl: urlSchema.nullable().meta({ description: "Where the flags were checked." }),
    note: z.string().nullable(),
    reviewed: z.boolean().meta({ description: "False for a licence entered by a contributor and not yet reviewed." }),
  })
  .meta({ id: "Licence" });

export const organisationRefSchema = z
  .object({ slug: z.string(), name: z.string(), country: countrySchema, url: urlSchema.meta({ description: "The organisation's page." }) })
  .meta({ id: "OrganisationRef" });

export const gradeCountsSchema = z
  .object({ A: z.int(), B: z.int(), C: z.int(), D: z.int(), E: z.int() })
  .meta({ id: "GradeCounts", description: "Number of models per grade." });

export const organisationOpennessSchema = z
  .object({
    meanScore: z.number().nullable().meta({ description: "Mean of the published, assessed models' exact scores, to 2 decimal places; null when there is none." }),
    assessedModels: z.int(),
    byGrade: gradeCountsSchema,
  })
  .meta({ id: "OrganisationOpenness" });

export const organisationSummarySchema = z
  .object({
    slug: z.string(),
    name: z.string(),
    url: urlSchema,
    type: organisationTypeSchema,
    country: countrySchema,
    isSme: z.boolean().nullable().meta({ description: "SME by the EU definition; null when not verified." }),
    website: urlSchema.nullable(),
    publishedModels: z.int(),
    openness: organisationOpennessSchema,
  })
  .meta({ id: "OrganisationSummary" });

/** The fields every shape of a model starts with: its facts, then its grade. */
const modelFacts = {
  slug: z.string(),
  name: z.string(),
  url: urlSchema.meta({ description: "The model's page." }),
  modality: modalitySchema,
  releaseYear: z.int().nullable(),
  parameterCount: z.number().nullable().meta({ description: "Total parameters." }),
  languages: z.array(z.string()).meta({ description: "ISO 639 codes." }),
};
const modelGrade = {
  grade: gradeSchema.nullable().meta({ description: "Null when not assessed." }),
  gradeComplete: z.boolean().meta({ description: "False when a criterion the grade rules read is not assessed: the grade is then a lower bound." }),
  score: z.number().nullable().meta({ description: "Exact score, 0-100." }),
};

export const modelSummarySchema = z
  .object({
    ...modelFacts,
    ...modelGrade,
    weightsLicence: licenceRefSchema.nullable(),
    organisations: z.array(organisationRefSchema).meta({ description: "Main developer first." }),
  })
  .meta({ id: "ModelSummary" });

/** A model in a search's results: what the `/models` page lists, with links. */
export const modelListItemSchema = z
  .object({
    ...modelFacts,
    tasks: z.array(z.string()).meta({ description: "Hugging Face task ids." }),
    ...modelGrade,
    pillars: z
      .object({ use: answerGradeSchema.nullable(), methods: answerGradeSchema.nullable(), data: answerGradeSchema.nullable(), retrain: answerGradeSchema.nullable() })
      .meta({ description: "The four pillars' answers; null when not assessed." }),
    weightsLicence: z.object({ id: z.string(), name: z.string() }).nullable(),
    organisations: z
      .array(z.object({ slug: z.string(), name: z.string(), url: urlSchema.meta({ description: "The organisation's page." }) }))
      .meta({ description: "Main developer first." }),
    countries: z.array(countrySchema).meta({ description: "Countries of its organisations, sorted." }),
    summary: z.string().meta({ description: "The start of the description (280 characters at most)." }),
    updatedAt: dateTimeSchema,
  })
  .meta({ id: "ModelListItem" });

export const criterionAssessmentSchema = z
  .object({
    criterion: criterionKeySchema,
    kind: z.enum(CRITERION_KINDS),
    name: z.string(),
    weight: z.number().meta({ description: "Points out of 100 an open answer earns." }),
    grade: answerGradeSchema.meta({ description: "The answer that counts, after the derived rules." }),
    entered: answerGradeSchema.meta({ description: "The answer as entered." }),
    points: z.number().meta({ description: "Points this criterion contributes to the score." }),
    evidenceUrl: urlSchema.nullable(),
    note: z.string().nullable(),
    adjustments: z.array(reasonCodeSchema).meta({ description: "Derived rules that changed the entered answer." }),
  })
  .meta({ id: "CriterionAssessment" });

export const gradeReasonSchema = z
  .object({
    code: reasonCodeSchema,
    criterion: criterionKeySchema.optional(),
    params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
    text: z.string().meta({ description: "The reason in words, in the requested language." }),
  })
  .meta({ id: "GradeReason" });

export const assessmentSchema = z
  .object({
    methodologyVersion: z.int(),
    score: z.number(),
    scoreRounded: z.int(),
    grade: gradeSchema,
    complete: z.boolean(),
    unknown: z.array(criterionKeySchema).meta({ description: "Criteria not assessed." }),
    criteria: z.array(criterionAssessmentSchema).meta({ description: "Every criterion, pillars first." }),
    reasons: z.array(gradeReasonSchema).meta({ description: "Why this grade: the rule met first, then what holds it back, then derived-rule adjustments." }),
    assessedAt: dateTimeSchema,
  })
  .meta({ id: "Assessment" });

export const modelDetailSchema = modelSummarySchema
  .extend({
    version: z.string().nullable(),
    releaseDate: z.string().nullable().meta({ format: "date" }),
    tasks: z.array(z.string()).meta({ description: "Hugging Face task ids." }),
    activeParameterCount: z.number().nullable(),
    languageShareNote: z.string().nullable(),
    description: z.string(),
    links: z.object({ modelCard: urlSchema.nullable(), code: urlSchema.nullable(), paper: urlSchema.nullable(), data: urlSchema.nullable() }),
    licences: z.object({ weights: licenceSchema.nullable(), code: licenceSchema.nullable(), data: licenceSchema.nullable() }),
    assessment: assessmentSchema.nullable().meta({ description: "Under the current methodology; null when not assessed." }),
    publishedAt: dateTimeSchema.nullable(),
    updatedAt: dateTimeSchema,
  })
  .meta({ id: "ModelDetail" });

export const organisationDetailSchema = organisationSummarySchema
  .extend({
    description: z.string(),
    countryNote: z.string().nullable().meta({ description: "Why a borderline organisation counts as European." }),
    foundedYear: z.int().nullable(),
    sources: z.array(urlSchema),
    models: z.array(modelSummarySchema).meta({ description: "Published models, best score first." }),
    publishedAt: dateTimeSchema.nullable(),
    updatedAt: dateTimeSchema,
  })
  .meta({ id: "OrganisationDetail" });

export const pageInfoSchema = z
  .object({
    nextCursor: z.string().nullable().meta({ description: "Pass as `cursor` to get the next page; null on the last page." }),
    limit: z.int(),
  })
  .meta({ id: "PageInfo" });

export const diversitySchema = z
  .object({
    shannon: z.number().meta({ description: "Shannon index H = -Σ p ln p." }),
    effectiveNumber: z.number().meta({ description: "exp(H): equally represented groups giving the same H." }),
    groups: z.int(),
  })
  .meta({ id: "Diversity" });

export const biodiversitySchema = z
  .object({
    models: z.int(),
    organisations: diversitySchema,
    countries: diversitySchema,
    smeShare: z.number().nullable().meta({ description: "Share of models from SMEs, 0-1." }),
    smeUnknownShare: z.number().nullable(),
  })
  .meta({ id: "Biodiversity" });
