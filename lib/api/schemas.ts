// The public API's data, defined once with zod: the routes are typed by these schemas, and the
// OpenAPI document (/api/v1/openapi.json) is generated from them. The vocabulary (grades, criteria,
// reason codes...) comes from lib/openness, so the API cannot drift from the methodology.
import { z } from "zod";
import {
  ANSWER_GRADES,
  BASE_RELATIONS,
  CRITERION_KEYS,
  CRITERION_KINDS,
  GRADES,
  LICENCE_KINDS,
  MODALITIES,
  ORGANISATION_TYPES,
  REASON_CODES,
} from "../openness/types";
import { DATA_EXCEPTION_REASONS, G7_LABELS, G7_REASON_CODES } from "../openness/g7";
import { slugSchema } from "../badges/render";
import { LOCALES } from "../i18n/routing";

// the site's languages: a new one in LOCALES is a new value of ?lang=
export const API_LANGS = LOCALES;

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
    nonProduction: z.boolean().meta({ description: "Evaluation, research or testing use only." }),
    userCap: z.number().nullable().meta({ description: "Monthly active users above which the licence no longer applies." }),
    revenueCap: z.number().nullable().meta({ description: "Yearly revenue above which the licence no longer applies, in revenueCapCurrency." }),
    revenueCapCurrency: z.string().nullable(),
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

export const scopeSchema = z
  .enum(["europe", "reference"])
  .meta({ id: "Scope", description: "europe, or reference: a non-European model listed for comparison and as a base model, left out of every European figure." });

export const g7LabelSchema = z.enum(G7_LABELS).meta({
  id: "G7Label",
  description: "The G7's official openness label (Vision on AI Openness Opportunities and Shared Language, 2026); none when the weights are not downloadable, not_determinable when the weights are not assessed.",
});

export const g7LabelSummarySchema = z
  .object({
    label: g7LabelSchema,
    complete: z.boolean().meta({ description: "False when an unassessed fact could earn a higher label: the label is then a lower bound." }),
  })
  .meta({ id: "G7LabelSummary" });

export const g7LabelDetailSchema = g7LabelSummarySchema
  .extend({
    missing: z.array(z.string()).meta({ description: "Criteria (or dataException) whose being unknown leaves a higher label undecided." }),
    reasons: z
      .array(z.object({ code: z.enum(G7_REASON_CODES), criterion: criterionKeySchema.optional(), text: z.string() }))
      .meta({ description: "What holds the model below the next label up." }),
  })
  .meta({ id: "G7LabelDetail" });

export const familySchema = z.object({ slug: z.string(), name: z.string() }).meta({ id: "ModelFamily", description: "Sizes, versions and instruct variants of one release." });

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
  scope: scopeSchema,
  family: familySchema.nullable(),
};

export const modelSummarySchema = z
  .object({
    ...modelFacts,
    ...modelGrade,
    officialLabels: z.object({ g7: g7LabelSummarySchema.nullable() }).meta({ description: "Official openness labels, beside the grade; null when not assessed." }),
    weightsLicences: z.array(licenceRefSchema).meta({ description: "Every licence a user of the weights must accept, the base model's included." }),
    weightsLicence: licenceRefSchema.nullable().meta({ description: "Deprecated since methodology version 2: the first of weightsLicences." }),
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
    g7: g7LabelSchema.nullable().meta({ description: "The G7 label; null when not assessed." }),
    weightsLicences: z.array(z.object({ id: z.string(), name: z.string() })).meta({ description: "Every licence a user of the weights must accept, the base model's included." }),
    weightsLicence: z.object({ id: z.string(), name: z.string() }).nullable().meta({ description: "Deprecated since methodology version 2: the first of weightsLicences." }),
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
    officialLabels: z.object({ g7: g7LabelDetailSchema }),
    assessedAt: dateTimeSchema.nullable().meta({ description: "When it was stored; null for an assessment computed on request (POST /api/v1/assess)." }),
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
    licences: z
      .object({ weights: z.array(licenceSchema), code: z.array(licenceSchema), data: z.array(licenceSchema) })
      .meta({ description: "Every licence of each component, as recorded for the model (methodology version 2)." }),
    inheritedWeightsLicences: z.array(licenceSchema).meta({ description: "Weights licences the model carries from its base model, beyond its own." }),
    baseModel: z
      .object({
        relation: z.enum(BASE_RELATIONS),
        inCatalogue: z.boolean(),
        slug: z.string().nullable(),
        name: z.string(),
        url: urlSchema.nullable().meta({ description: "Its page in the catalogue, or its address outside." }),
      })
      .nullable()
      .meta({ description: "The model this one was made from." }),
    dataException: z
      .object({ reason: z.enum(DATA_EXCEPTION_REASONS), evidenceUrl: urlSchema, note: z.string().nullable() })
      .nullable()
      .meta({ description: "Why the full training data cannot be shared, where the developer says so (G7 Open Source AI)." }),
    officialLabels: z.object({ g7: g7LabelDetailSchema.nullable() }),
    sources: z.object({
      facts: z.record(z.string(), urlSchema).meta({ description: "The source of each fact that is not an answer." }),
      attribution: z.array(z.object({ source: z.string(), url: urlSchema, licence: z.string() })).meta({ description: "Sources whose facts carry over, with their licence." }),
      unverified: z.array(z.string()).meta({ description: "What nobody could check." }),
    }),
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
