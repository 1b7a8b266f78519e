// Every operation of the public API, in the order the documentation lists them. A new route adds
// its operation here; a test checks that every route file under app/api/v1 and app/badge has one.
import { z } from "zod";
import { badgeQuerySchema, BADGE_STYLES, slugSchema } from "../badges/render";
import { BADGE_CACHE_CONTROL } from "../badges/http";
import { organisationFiltersSchema } from "../validation/organisation-filters";
import { checkModelQueryRanges, FIELD_MESSAGES, modelQueryFields } from "../validation/catalogue";
import { defineOperation, type ApiOperation } from "./operation";
import { RATE_LIMITS } from "../security/rate-limit";
import {
  biodiversitySchema,
  gradeCountsSchema,
  langQuery,
  licenceSchema,
  modelDetailSchema,
  modelListItemSchema,
  organisationDetailSchema,
  organisationSummarySchema,
  pageInfoSchema,
  slugParams,
  assessmentSchema,
  criterionKeySchema,
  gradeSchema,
} from "./schemas";
import { ANSWER_GRADES, CRITERION_KINDS, MODALITIES, ORGANISATION_TYPES } from "../openness/types";
import { createSubmissionRequest, SUBMISSION_BODY_LIMIT, SUBMISSION_KINDS, submissionSchemas, type SubmissionKind } from "../validation/submissions";
import { assessRequestSchema } from "../validation/assess";
import { HUB_ID_MAX_LENGTH, parseHubModelId } from "../huggingface/repo-id";
import { HUB_LIMITS } from "../huggingface/hub";
import { TO_DECIDE_KEYS } from "../huggingface/prefill";

/**
 * An object with one property per value of an enum. zod's record over an enum is documented as
 * `required` keys with no `properties`, which OpenAPI linters flag.
 */
function keyedBy<const K extends string, V extends z.ZodType>(keys: readonly K[], value: V) {
  return z.object(Object.fromEntries(keys.map((key) => [key, value])) as Record<K, V>);
}

const CATALOGUE_CACHE = "public, max-age=60, s-maxage=300, stale-while-revalidate=3600";
const STATIC_CACHE = "public, max-age=3600, s-maxage=86400";

/** The `/models` page's filters and sort, each described as its API errors word it. */
const modelFilterFields = Object.fromEntries(
  Object.entries(modelQueryFields.shape).map(([name, schema]) => [name, FIELD_MESSAGES[name] ? schema.meta({ description: FIELD_MESSAGES[name] }) : schema]),
) as typeof modelQueryFields.shape;

export const listModels = defineOperation({
  operationId: "listModels",
  method: "get",
  path: "/api/v1/models",
  tag: "Catalogue",
  summary: "Published models with the same search, filters and sorts as the models page; cursor pagination.",
  description:
    "`lang` here filters by the models' languages (every code given); texts are in English. A search that matches nothing exactly answers the names spelled closest (`fuzzy`, `correctedQuery`).",
  query: z
    .object({
      ...modelFilterFields,
      cursor: z.string().max(1000).optional().meta({ description: "The `page.nextCursor` of the previous answer, sent with the same filters and sort (400 otherwise); `limit` may change." }),
      limit: z.coerce.number().int().min(1).max(200).default(50).meta({ description: "Results per page, 1-200." }),
    })
    .superRefine(checkModelQueryRanges),
  response: {
    description: "A page of models.",
    contentType: "application/json",
    schema: z.object({
      data: z.array(modelListItemSchema),
      page: pageInfoSchema,
      total: z.int().meta({ description: "Models matching, over all pages; at most 1000 when `totalIsLowerBound`." }),
      totalIsLowerBound: z.boolean().meta({ description: "True when more than `total` models match." }),
      fuzzy: z.boolean().meta({ description: "True when nothing matched the words exactly and the results are names spelled alike." }),
      correctedQuery: z.string().nullable().meta({ description: "The words searched instead of misspelt ones, if any." }),
    }),
  },
  errors: [400],
  paginated: true,
  rateLimit: RATE_LIMITS.api,
  cacheControl: CATALOGUE_CACHE,
});

export const getModel = defineOperation({
  operationId: "getModel",
  method: "get",
  path: "/api/v1/models/{slug}",
  tag: "Catalogue",
  summary: "One published model: facts, organisations, licences, and its assessment with every criterion, evidence and grade reason.",
  pathParams: slugParams,
  query: z.object({ lang: langQuery }),
  response: { description: "The model.", contentType: "application/json", schema: modelDetailSchema },
  errors: [400, 404],
  rateLimit: RATE_LIMITS.api,
  cacheControl: CATALOGUE_CACHE,
});

export const listOrganisations = defineOperation({
  operationId: "listOrganisations",
  method: "get",
  path: "/api/v1/organisations",
  tag: "Catalogue",
  summary: "Published organisations, by name, with the same filters as the organisations page; cursor pagination.",
  query: organisationFiltersSchema.extend({
    cursor: z.string().max(1000).optional().meta({ description: "The `page.nextCursor` of the previous answer, sent with the same filters (400 otherwise); `limit` may change." }),
    limit: z.coerce.number().int().min(1).max(200).default(50).meta({ description: "Results per page, 1-200." }),
  }),
  response: {
    description: "A page of organisations.",
    contentType: "application/json",
    schema: z.object({
      data: z.array(organisationSummarySchema),
      page: pageInfoSchema,
      total: z.int().meta({ description: "Organisations matching, over all pages." }),
    }),
  },
  errors: [400],
  paginated: true,
  rateLimit: RATE_LIMITS.api,
  cacheControl: CATALOGUE_CACHE,
});

export const getOrganisation = defineOperation({
  operationId: "getOrganisation",
  method: "get",
  path: "/api/v1/organisations/{slug}",
  tag: "Catalogue",
  summary: "One published organisation: facts, openness (mean score, models per grade) and its published models.",
  pathParams: slugParams,
  response: { description: "The organisation.", contentType: "application/json", schema: organisationDetailSchema },
  errors: [404],
  rateLimit: RATE_LIMITS.api,
  cacheControl: CATALOGUE_CACHE,
});

// ---- submissions ----

/**
 * What the API accepts: the web form's request (createSubmissionRequest) less its honeypot, unknown
 * fields refused. The service validates the payload against its kind's schema, as for the forms.
 */
export const apiSubmissionEnvelope = createSubmissionRequest.omit({ website: true }).strict();

const KIND_WORDS: Record<SubmissionKind, string> = {
  new_organisation: "A new organisation.",
  new_model: "A new model, with its organisations (existing ones by slug, or one new one), licences and an answer per criterion.",
  edit_organisation: "A change to a published organisation, named by `target`; the whole entry as it should read.",
  edit_model: "A change to a published model, named by `target`; the whole entry as it should read.",
};

/** One kind's body as documented: its payload is the very schema the server validates it with. */
function submissionBodyFor<K extends SubmissionKind>(kind: K) {
  const edit = kind === "edit_model" || kind === "edit_organisation";
  const target = createSubmissionRequest.shape.target.unwrap();
  return apiSubmissionEnvelope
    .extend({
      kind: z.literal(kind),
      target: (edit ? target : target.optional()).meta({ description: edit ? "The slug of the published entry this changes." : "Only for changes." }),
      payload: submissionSchemas[kind] as (typeof submissionSchemas)[K],
      draft: createSubmissionRequest.shape.draft.meta({ description: "true keeps it as a draft (checked field by field, not sent for review)." }),
    })
    .meta({ description: KIND_WORDS[kind] });
}

const submissionBodySchema = z
  .discriminatedUnion("kind", [
    submissionBodyFor("new_organisation"),
    submissionBodyFor("new_model"),
    submissionBodyFor("edit_organisation"),
    submissionBodyFor("edit_model"),
  ])
  .meta({ id: "SubmissionRequest" });

export const submissionCreatedSchema = z
  .object({
    id: z.string(),
    kind: z.enum(SUBMISSION_KINDS),
    status: z.enum(["pending", "draft"]).meta({ description: "pending: in the maintainers' review queue, like a submission from the web form." }),
    revision: z.int(),
    url: z.string().meta({ format: "uri", description: "The submission's page on the site, for its author." }),
    assessment: assessmentSchema.nullable().meta({ description: "For a model: the grade it would get if approved, with every reason (methodology version 2); null for an organisation." }),
    licenceMatches: z
      .array(
        z.object({
          component: z.enum(["weights", "code", "data"]),
          index: z.int(),
          proposed: z.object({ id: z.string(), name: z.string(), url: z.string() }),
          licence: z.object({ id: z.string(), name: z.string() }),
          by: z.enum(["id", "url", "name"]),
        }),
      )
      .meta({ description: "Licences proposed as new that are known ones (same SPDX id, address or name): they were recorded as the known licence." }),
  })
  .meta({ id: "SubmissionCreated" });

/** The documentation's example body; a unit test checks that the server would accept it. */
export const SUBMISSION_EXAMPLE = {
  kind: "new_organisation",
  payload: {
    name: "Laboratoire Exemple",
    type: "research",
    country: "FR",
    isSme: false,
    website: "https://labo-exemple.example.org",
    description: "A public research laboratory that trains and releases open language models for European languages.",
    foundedYear: 2019,
    sources: ["https://labo-exemple.example.org/about"],
    comment: "Found on the lab's site; its models follow in separate submissions.",
  },
} as const satisfies z.input<typeof apiSubmissionEnvelope>;

export const createSubmission = defineOperation({
  operationId: "createSubmission",
  method: "post",
  path: "/api/v1/submissions",
  tag: "Submissions",
  summary: "Submit a new model or organisation, or a change to a published one, for review: the web form's schema, moderation and limits.",
  description:
    "Authenticated with a personal API token (`Authorization: Bearer atlas_…`, made on the account's API tokens page). The submission joins the maintainers' review queue exactly as one from the web form, counts against the same hourly limits (30 per person, 60 per address), and its author follows it on the site. Field errors name the field's path in the body.",
  security: "bearer",
  requestBody: { description: "The submission.", schema: submissionBodySchema, maxBytes: SUBMISSION_BODY_LIMIT, example: SUBMISSION_EXAMPLE },
  response: { status: 201, description: "Submitted (or saved as a draft).", contentType: "application/json", schema: submissionCreatedSchema },
  errors: [400, 401, 404, 413, 415],
  rateLimit: RATE_LIMITS.write,
  cacheControl: "no-store",
});

const ASSESS_EXAMPLE = {
  answers: {
    use: { answer: "open", evidenceUrl: "https://huggingface.co/example/model/blob/main/LICENSE" },
    weights: { answer: "open", evidenceUrl: "https://huggingface.co/example/model" },
    methods: { answer: "partial", evidenceUrl: "https://arxiv.org/abs/2401.00001", note: "Paper, no training code." },
    data: { answer: "closed" },
  },
  licences: { weights: ["Apache-2.0"], code: [], data: [] },
  baseModel: "mistral-7b",
} as const;

export const assessModel = defineOperation({
  operationId: "assessModel",
  method: "post",
  path: "/api/v1/assess",
  tag: "Methodology",
  summary: "The grade a model would get, with every reason, before it is submitted: the function the form and approval use, nothing stored.",
  description:
    "No account needed. `answers` by criterion key (as in getMethodology), `licences` by component with licence ids (as in listLicences), `baseModel` a published model's slug or null, `dataException` the G7 training-data exception. Texts in English, or French with `?lang=fr` or `Accept-Language: fr`. Unknown criteria, licence ids or base models are 400s naming the field.",
  requestBody: { description: "What is known of the model.", schema: assessRequestSchema.meta({ id: "AssessRequest" }), maxBytes: 64 * 1024, example: ASSESS_EXAMPLE },
  response: { status: 200, description: "The assessment, as getModel gives it (assessedAt null: nothing is stored).", contentType: "application/json", schema: assessmentSchema },
  errors: [400, 413, 415],
  rateLimit: RATE_LIMITS.api,
  cacheControl: "no-store",
});

// ---- pre-fill from the Hugging Face Hub ----

export const prefillAnswerSchema = z
  .object({
    id: z.string().meta({ description: "The model's id on the Hub, as the Hub spells it." }),
    url: z.string().meta({ format: "uri", description: "The model's page on Hugging Face." }),
    payload: z
      .record(z.string(), z.unknown())
      .meta({ description: "A draft of a `new_model` submission's payload: the facts the Hub gives (name, model card, task, modality, parameters, languages, licences of the weights, paper, base model, organisation). It never holds an answer to a criterion." }),
    filled: z.array(z.string()).meta({ description: "The payload's fields it filled, as dotted paths." }),
    toDecide: z
      .array(
        z.object({
          key: z.enum(TO_DECIDE_KEYS).meta({ description: "A stable code of what is left to decide." }),
          field: z.string().meta({ description: "The payload's field it concerns, as a dotted path." }),
          message: z.string(),
          values: z.record(z.string(), z.string()).optional(),
          links: z.array(z.string()).optional().meta({ description: "Pages to look at: datasets, papers, the licence's text." }),
        }),
      )
      .meta({ description: "What the Hub could not settle, for a person to decide." }),
    gated: z.enum(["auto", "manual"]).nullable().meta({ description: "How access to the weights is gated on the Hub, if it is." }),
    existing: z.object({ slug: z.string(), name: z.string() }).nullable().meta({ description: "The catalogue's entry for this model, when there is one: propose an edit to it instead." }),
  })
  .meta({ id: "HuggingFacePrefill" });

export const prefillFromHuggingFace = defineOperation({
  operationId: "prefillFromHuggingFace",
  method: "get",
  path: "/api/v1/prefill/huggingface",
  tag: "Submissions",
  summary: "A draft model submission from a model's Hugging Face page, with what it leaves to decide; never an answer to a criterion.",
  description: `Asks the Hub's public model API (kept an hour). 404 when the Hub has no public model with this id, 403 when it refuses to show it (private, gated), 502 when it cannot be reached or answers badly, 504 after ${HUB_LIMITS.timeoutMs / 1000} s. At most ${RATE_LIMITS.prefill.max} an hour per address.`,
  query: z.object({
    id: z
      .string()
      .max(HUB_ID_MAX_LENGTH)
      .refine((value) => parseHubModelId(value) !== null, "not a Hugging Face model's id (owner/name) or the address of its page")
      .meta({ description: "The model's id (owner/name) or the address of its page on huggingface.co.", example: "utter-project/EuroLLM-9B" }),
  }),
  response: { description: "The draft and what is left to decide.", contentType: "application/json", schema: prefillAnswerSchema },
  errors: [400, 403, 404, 502, 504],
  rateLimit: RATE_LIMITS.prefill,
  cacheControl: "public, max-age=3600",
});

export const listLicences = defineOperation({
  operationId: "listLicences",
  method: "get",
  path: "/api/v1/licences",
  tag: "Methodology",
  summary: "The licence table the scorer reads: each licence's restrictions, and whether it was reviewed.",
  response: { description: "Every licence, by id.", contentType: "application/json", schema: z.object({ data: z.array(licenceSchema) }) },
  errors: [],
  rateLimit: RATE_LIMITS.api,
  cacheControl: CATALOGUE_CACHE,
});

export const methodologySchema = z
  .object({
    version: z.int(),
    versions: z.array(z.object({ version: z.int(), date: z.string().meta({ format: "date" }), changes: z.array(z.string()) })),
    answerPoints: keyedBy(ANSWER_GRADES, z.number()),
    officialLabels: z
      .object({
        g7: z.object({
          source: z.string().meta({ format: "uri" }),
          labels: z.array(z.object({ label: z.string(), name: z.string(), rule: z.string().meta({ description: "When a model earns it, in our criteria." }) })),
        }),
      })
      .meta({ description: "The official openness labels shown beside the grade, and how they follow from the criteria." }),
    criteria: z.array(
      z.object({
        key: criterionKeySchema,
        kind: z.enum(CRITERION_KINDS),
        weight: z.number(),
        name: z.string(),
        description: z.string(),
        levels: z.object({ open: z.string(), partial: z.string(), closed: z.string() }),
      }),
    ),
    grades: z.array(
      z.object({
        grade: gradeSchema,
        label: z.string(),
        rule: z.string(),
        description: z.string(),
        requirements: z.array(z.object({ criterion: criterionKeySchema, atLeast: z.enum(["open", "partial"]) })),
        colour: z.string(),
      }),
    ),
    derivedRules: z.array(z.object({ id: z.string(), text: z.string() })),
  })
  .meta({ id: "Methodology" });

export const getMethodology = defineOperation({
  operationId: "getMethodology",
  method: "get",
  path: "/api/v1/methodology",
  tag: "Methodology",
  summary: "The openness methodology as the scorer applies it: criteria and weights, grade rules, derived rules, versions.",
  query: z.object({ lang: langQuery }),
  response: { description: "The current methodology.", contentType: "application/json", schema: methodologySchema },
  errors: [400],
  rateLimit: RATE_LIMITS.api,
  cacheControl: STATIC_CACHE,
});

export const statsSchema = z
  .object({
    methodologyVersion: z.int(),
    models: z.object({
      published: z.int().meta({ description: "Published European models (reference models are counted apart)." }),
      assessed: z.int(),
      incomplete: z.int(),
      byGrade: gradeCountsSchema,
      byG7: z.record(z.string(), z.int()).meta({ description: "Published European models per G7 label." }),
      byModality: keyedBy(MODALITIES, z.int()),
      reference: z.int().meta({ description: "Published non-European reference models, left out of every other figure." }),
    }),
    countries: z.int().meta({ description: "Countries with a published European model (EU-level projects aside)." }),
    organisations: z.object({
      published: z.int(),
      withPublishedModels: z.int(),
      byType: keyedBy(ORGANISATION_TYPES, z.int()),
      sme: z.int(),
    }),
    licences: z.int(),
    biodiversity: z.object({
      europe: biodiversitySchema.meta({ description: "Every published model." }),
      trulyOpen: biodiversitySchema.meta({ description: "Grade A models only." }),
      byCountry: z
        .array(biodiversitySchema.extend({ country: z.string() }))
        .meta({ description: "Per country: its models, counted with that country's organisations only; most models first." }),
    }),
  })
  .meta({ id: "Stats" });

export const getStats = defineOperation({
  operationId: "getStats",
  method: "get",
  path: "/api/v1/stats",
  tag: "Catalogue",
  summary: "Counts, grade distribution, and digital biodiversity (Shannon index over organisations and countries, SME share).",
  response: { description: "Figures over the published catalogue.", contentType: "application/json", schema: statsSchema },
  errors: [],
  rateLimit: RATE_LIMITS.api,
  cacheControl: CATALOGUE_CACHE,
});

const badgeSlugParams = z.object({ slug: slugSchema.meta({ description: "The entry's slug.", example: "lucie-7b" }) });

export const shieldsEndpointSchema = z
  .object({
    schemaVersion: z.literal(1),
    label: z.string(),
    message: z.string(),
    color: z.string(),
    labelColor: z.string(),
    isError: z.boolean(),
    cacheSeconds: z.int(),
  })
  .meta({ id: "ShieldsEndpoint", description: "shields.io endpoint badge, schemaVersion 1." });

const svgBadge = (kind: "models" | "organisations") =>
  defineOperation({
    operationId: kind === "models" ? "getModelBadge" : "getOrganisationBadge",
    method: "get",
    path: `/badge/${kind}/{slug}.svg`,
    tag: "Badges",
    summary:
      kind === "models"
        ? "An SVG badge with the model's grade, grade label and score, coloured by grade (grey when not found, with status 404)."
        : "An SVG badge with the organisation's models per grade and mean score, coloured by its median model's grade.",
    description: `Styles: ${BADGE_STYLES.join(", ")}. Weak ETag; answers 304 to If-None-Match. Other query parameters are ignored.`,
    pathParams: badgeSlugParams,
    query: badgeQuerySchema,
    response: { description: "The badge.", contentType: "image/svg+xml", schema: z.string() },
    errors: [400, 404],
    ignoresUnknownParameters: true,
    rateLimit: null,
    cacheControl: BADGE_CACHE_CONTROL,
  });

export const getModelBadge = svgBadge("models");
export const getOrganisationBadge = svgBadge("organisations");

const shieldsBadge = (kind: "models" | "organisations") =>
  defineOperation({
    operationId: kind === "models" ? "getModelShieldsEndpoint" : "getOrganisationShieldsEndpoint",
    method: "get",
    path: `/api/v1/badge/${kind}/{slug}`,
    tag: "Badges",
    summary: `The same badge as shields.io endpoint JSON, to restyle it through shields.io (https://img.shields.io/endpoint?url=…).`,
    description: "Weak ETag; answers 304 to If-None-Match. Unknown query parameters are ignored (a cache-buster such as `?v=2` is harmless).",
    pathParams: badgeSlugParams,
    query: z.object({
      label: z.string().max(64).optional().meta({ description: "g7 for a model's G7 label instead of its grade; the left-hand text is shields.io's to set." }),
    }),
    response: { description: "The badge's content.", contentType: "application/json", schema: shieldsEndpointSchema },
    errors: [400, 404],
    notFoundBody: shieldsEndpointSchema,
    ignoresUnknownParameters: true,
    rateLimit: null,
    cacheControl: BADGE_CACHE_CONTROL,
  });

export const getModelShieldsEndpoint = shieldsBadge("models");
export const getOrganisationShieldsEndpoint = shieldsBadge("organisations");

const exportOperation = (entity: "models" | "organisations", format: "csv" | "json") =>
  defineOperation({
    operationId: `export${entity === "models" ? "Models" : "Organisations"}${format === "csv" ? "Csv" : "Json"}`,
    method: "get",
    path: `/api/v1/export/${entity}.${format}`,
    tag: "Open data",
    summary: `Every published ${entity === "models" ? "model" : "organisation"} as ${format.toUpperCase()}, streamed, under CC-BY-4.0 (attribution in the Link and X-Attribution headers${format === "json" ? " and the document's meta" : ""}).`,
    response: {
      description: "The export.",
      contentType: format === "csv" ? "text/csv; charset=utf-8" : "application/json",
      schema: format === "csv" ? z.string() : z.object({ meta: exportMetaSchema, data: z.array(z.record(z.string(), z.unknown())) }),
    },
    errors: [],
    rateLimit: RATE_LIMITS.export,
    cacheControl: "public, max-age=300, s-maxage=3600",
  });

export const exportMetaSchema = z
  .object({
    title: z.string(),
    licence: z.object({ id: z.literal("CC-BY-4.0"), url: z.string() }),
    attribution: z.string(),
    source: z.string(),
    methodologyVersion: z.int(),
    generatedAt: z.string().meta({ format: "date-time" }),
    columns: z.array(z.string()),
  })
  .meta({ id: "ExportMeta" });

export const exportModelsCsv = exportOperation("models", "csv");
export const exportModelsJson = exportOperation("models", "json");
export const exportOrganisationsCsv = exportOperation("organisations", "csv");
export const exportOrganisationsJson = exportOperation("organisations", "json");

export const getOpenApiDocument = defineOperation({
  operationId: "getOpenApiDocument",
  method: "get",
  path: "/api/v1/openapi.json",
  tag: "Meta",
  summary: "This document: OpenAPI 3.1, generated from the schemas the API is served with.",
  response: { description: "The OpenAPI document.", contentType: "application/json", schema: z.record(z.string(), z.unknown()) },
  errors: [],
  rateLimit: RATE_LIMITS.api,
  cacheControl: STATIC_CACHE,
});

export const API_OPERATIONS: readonly ApiOperation[] = [
  listModels,
  getModel,
  listOrganisations,
  getOrganisation,
  createSubmission,
  assessModel,
  prefillFromHuggingFace,
  listLicences,
  getMethodology,
  getStats,
  getModelBadge,
  getOrganisationBadge,
  getModelShieldsEndpoint,
  getOrganisationShieldsEndpoint,
  exportModelsCsv,
  exportModelsJson,
  exportOrganisationsCsv,
  exportOrganisationsJson,
  getOpenApiDocument,
];
