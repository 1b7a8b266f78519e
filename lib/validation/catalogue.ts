// The catalogue's query parameters (the shared URL contract), validated once for the pages and
// the public API: `/models`, `/organisations` and `/compare`. Bad input never reaches a query:
// the API answers 400 with the field errors; pages drop the bad fields and say why.
import { z } from "zod";
import { iso6393 } from "iso-639-3";
import { GRADES, MODALITIES, ORGANISATION_TYPES } from "../openness/types";
import { G7_LABELS } from "../openness/g7";

/** Europe's models by default; reference models (Llama, Qwen...) alone, or both. */
export const MODEL_SCOPES = ["europe", "reference", "all"] as const;

export const MODEL_SORTS = ["score", "name", "release", "updated"] as const;
export type ModelSort = (typeof MODEL_SORTS)[number];

/** `use=open` means "open"; `use=partial` means "at least partial". */
export const PILLAR_LEVELS = ["open", "partial"] as const;
export type PillarLevel = (typeof PILLAR_LEVELS)[number];

export const PAGE_SIZE = 20;
/** Deep offsets cost a scan of every row before them: past this, narrow the search instead. */
export const MAX_PAGE = 500;
export const MAX_QUERY_LENGTH = 200;
const MAX_LIST = 30;

// Every ISO 639 code: 639-1 (two letters), 639-2/B, 639-2/T and 639-3 (three letters).
const LANGUAGE_CODES: ReadonlySet<string> = new Set(
  iso6393.flatMap((language) => [language.iso6391, language.iso6392B, language.iso6392T, language.iso6393].filter((code): code is string => Boolean(code))),
);

export function isIso639Code(code: string): boolean {
  return LANGUAGE_CODES.has(code.toLowerCase());
}

/** A comma list (`A,B`), trimmed, without blanks or repeats. */
function list<T extends z.ZodType<unknown, string>>(item: T) {
  return z
    .string()
    .transform((value) => [...new Set(value.split(",").map((part) => part.trim()).filter(Boolean))])
    .pipe(z.array(item).max(MAX_LIST))
    .optional();
}

const flag = z
  .enum(["1", "true", "0", "false"])
  .transform((value) => value === "1" || value === "true")
  .optional();
const slug = z.string().max(100).regex(/^[a-z0-9][a-z0-9._-]*$/);
const billions = z.coerce.number().min(0).max(100_000).optional();
const year = z.coerce.number().int().min(1900).max(2100).optional();
const pillar = z.enum(PILLAR_LEVELS).optional();
const page = z.coerce.number().int().min(1).max(MAX_PAGE).default(1);

/**
 * The `/models` filters and sort, without the page: the API (`/api/v1/models`) takes these fields
 * with a cursor instead of a page number, so both read the very same parameters.
 */
export const modelQueryFields = z.object({
  q: z.string().trim().max(MAX_QUERY_LENGTH).optional(),
  grade: list(z.enum(GRADES)),
  use: pillar,
  methods: pillar,
  data: pillar,
  retrain: pillar,
  licence: list(z.string().max(100).regex(/^[A-Za-z0-9][A-Za-z0-9.+-]*$/)),
  commercial: flag,
  org: list(slug),
  orgType: list(z.enum(ORGANISATION_TYPES)),
  sme: flag,
  country: list(z.string().regex(/^[A-Za-z]{2}$/).transform((code) => code.toUpperCase())),
  modality: list(z.enum(MODALITIES)),
  task: list(z.string().max(64).regex(/^[a-z0-9][a-z0-9-]*$/)),
  lang: list(z.string().transform((code) => code.toLowerCase()).refine(isIso639Code)),
  paramsMin: billions,
  paramsMax: billions,
  yearMin: year,
  yearMax: year,
  g7: list(z.enum(G7_LABELS)),
  family: slug.optional(),
  scope: z.enum(MODEL_SCOPES).optional(),
  sort: z.enum(MODEL_SORTS).default("score"),
});

/** A minimum above its maximum is an error of both fields. */
export function checkModelQueryRanges(
  query: { paramsMin?: number; paramsMax?: number; yearMin?: number; yearMax?: number },
  context: z.RefinementCtx,
): void {
  if (query.paramsMin !== undefined && query.paramsMax !== undefined && query.paramsMin > query.paramsMax) {
    context.addIssue({ code: "custom", path: ["paramsMin"], message: RANGE_MESSAGE.params });
    context.addIssue({ code: "custom", path: ["paramsMax"], message: RANGE_MESSAGE.params });
  }
  if (query.yearMin !== undefined && query.yearMax !== undefined && query.yearMin > query.yearMax) {
    context.addIssue({ code: "custom", path: ["yearMin"], message: RANGE_MESSAGE.year });
    context.addIssue({ code: "custom", path: ["yearMax"], message: RANGE_MESSAGE.year });
  }
}

export const modelQuerySchema = modelQueryFields.extend({ page }).superRefine(checkModelQueryRanges);

/** A validated `/models` query: what `searchModels` takes. */
export type ModelQuery = z.output<typeof modelQuerySchema>;
export type ModelQueryField = keyof ModelQuery;
/** Filters only: the fields that narrow the result set. */
export const MODEL_FILTER_FIELDS = [
  "q", "grade", "use", "methods", "data", "retrain", "licence", "commercial", "org", "orgType", "sme",
  "country", "modality", "task", "lang", "paramsMin", "paramsMax", "yearMin", "yearMax", "g7", "family", "scope",
] as const satisfies readonly ModelQueryField[];
export type ModelFilterField = (typeof MODEL_FILTER_FIELDS)[number];

export const organisationQuerySchema = z.object({
  q: z.string().trim().max(MAX_QUERY_LENGTH).optional(),
  country: list(z.string().regex(/^[A-Za-z]{2}$/).transform((code) => code.toUpperCase())),
  type: list(z.enum(ORGANISATION_TYPES)),
  sme: flag,
  page,
});
export type OrganisationQuery = z.output<typeof organisationQuerySchema>;

export const MIN_COMPARED = 2;
export const MAX_COMPARED = 4;
export const compareQuerySchema = z.object({
  models: z
    .string()
    .transform((value) => [...new Set(value.split(",").map((part) => part.trim()).filter(Boolean))])
    .pipe(z.array(slug).min(MIN_COMPARED).max(MAX_COMPARED)),
});
export type CompareQuery = z.output<typeof compareQuerySchema>;

const RANGE_MESSAGE = {
  params: "paramsMin must not be greater than paramsMax.",
  year: "yearMin must not be greater than yearMax.",
};

/** What each parameter accepts, in the words an API error gives (pages have translated ones). */
export const FIELD_MESSAGES: Readonly<Record<string, string>> = {
  q: `Search text of at most ${MAX_QUERY_LENGTH} characters.`,
  grade: "Grades A to E, separated by commas (grade=A,B).",
  use: "open, or partial for at least partial.",
  methods: "open, or partial for at least partial.",
  data: "open, or partial for at least partial.",
  retrain: "open, or partial for at least partial.",
  licence: "Licence ids such as Apache-2.0, separated by commas.",
  commercial: "1 to keep only weights licences that allow commercial use.",
  org: "Organisation slugs such as mistral-ai, separated by commas.",
  orgType: `Organisation types among ${ORGANISATION_TYPES.join(", ")}, separated by commas.`,
  type: `Organisation types among ${ORGANISATION_TYPES.join(", ")}, separated by commas.`,
  sme: "1 to keep only SMEs.",
  country: "Two-letter ISO 3166-1 country codes such as FI, separated by commas.",
  modality: `Modalities among ${MODALITIES.join(", ")}, separated by commas.`,
  task: "Task ids such as text-generation, separated by commas.",
  lang: "ISO 639 language codes such as fr or fin, separated by commas.",
  paramsMin: "A number of billions of parameters, 0 or more.",
  paramsMax: "A number of billions of parameters, 0 or more.",
  yearMin: "A year such as 2024.",
  yearMax: "A year such as 2024.",
  g7: `G7 labels among ${G7_LABELS.join(", ")}, separated by commas.`,
  family: "A model family's slug, such as eurollm.",
  scope: `europe (the default), reference (non-European reference models) or all.`,
  sort: `One of ${MODEL_SORTS.join(", ")}.`,
  page: `A page number from 1 to ${MAX_PAGE}.`,
  models: `Two to four model slugs, separated by commas (models=a,b).`,
};

export type FieldErrors = Record<string, string[]>;
export type QueryParseResult<T> = { success: true; data: T } | { success: false; errors: FieldErrors };

type ObjectSchema = z.ZodObject | z.ZodPipe<z.ZodObject, z.ZodType>;

function shapeOf(schema: ObjectSchema): Record<string, unknown> {
  return "shape" in schema ? schema.shape : (schema.in as z.ZodObject).shape;
}

/** The schema's keys as strings: a key given twice (a plain form's checkboxes) becomes a comma list. */
function rawValues(schema: ObjectSchema, params: URLSearchParams): Record<string, string | undefined> {
  const raw: Record<string, string | undefined> = {};
  for (const key of Object.keys(shapeOf(schema))) {
    const values = params.getAll(key).map((value) => value.trim()).filter(Boolean);
    if (values.length) raw[key] = values.join(",");
  }
  return raw;
}

function fieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "");
    const message = issue.code === "custom" ? issue.message : (FIELD_MESSAGES[field] ?? issue.message);
    const messages = (errors[field] ??= []);
    if (!messages.includes(message)) messages.push(message);
  }
  return errors;
}

/** Strict: the whole query, or every field's error (the API's 400). Unknown keys are ignored. */
export function parseSearchParams<S extends ObjectSchema>(schema: S, params: URLSearchParams): QueryParseResult<z.output<S>> {
  const result = schema.safeParse(rawValues(schema, params));
  return result.success ? { success: true, data: result.data as z.output<S> } : { success: false, errors: fieldErrors(result.error) };
}

/**
 * Lenient, for pages: the query without its bad fields, and the errors that say which were
 * dropped and why, so a reader with a mistyped link still gets results and a clear message.
 */
export function parseSearchParamsLeniently<S extends ObjectSchema>(
  schema: S,
  params: URLSearchParams,
): { data: z.output<S>; errors: FieldErrors } {
  const raw = rawValues(schema, params);
  const errors: FieldErrors = {};
  // Each pass drops the fields that failed; defaults always parse, so this ends.
  for (;;) {
    const result = schema.safeParse(raw);
    if (result.success) return { data: result.data as z.output<S>, errors };
    let dropped = false;
    for (const [field, messages] of Object.entries(fieldErrors(result.error))) {
      errors[field] = messages;
      dropped = delete raw[field] || dropped;
    }
    if (!dropped) return { data: schema.parse({}) as z.output<S>, errors };
  }
}

export function parseModelQuery(params: URLSearchParams): QueryParseResult<ModelQuery> {
  return parseSearchParams(modelQuerySchema, params);
}

export function parseOrganisationQuery(params: URLSearchParams): QueryParseResult<OrganisationQuery> {
  return parseSearchParams(organisationQuerySchema, params);
}

/** A `/models` query with nothing set: every published model, best score first. */
export const EMPTY_MODEL_QUERY: ModelQuery = modelQuerySchema.parse({});

/** Which filters narrow the query (what an empty result names and offers to remove). */
export function activeFilters(query: ModelQuery): ModelFilterField[] {
  return MODEL_FILTER_FIELDS.filter((field) => {
    const value = query[field];
    return Array.isArray(value) ? value.length > 0 : value !== undefined && value !== false && value !== "";
  });
}
