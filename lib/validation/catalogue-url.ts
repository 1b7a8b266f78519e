// The shape of the catalogue's URLs (the shared contract in the helpers' brief): which keys exist
// and how each is written (`grade=A,B`, `sme=1`, `paramsMin=1.5`). Client-safe: the filter controls
// read and write these keys with nuqs, and the server writes links with the same serialisers.
// What a value means, and whether it is valid, is decided by the zod schemas in ./catalogue.ts.
import { createParser, createSerializer, parseAsArrayOf, parseAsFloat, parseAsInteger, parseAsString, type inferParserType } from "nuqs/server";

/** `1` when set; absent otherwise (the contract's `commercial=1`, `sme=1`). */
export const parseAsFlag = createParser({
  parse: (value: string) => (value === "1" || value === "true" ? true : null),
  serialize: () => "1",
});

const list = parseAsArrayOf(parseAsString, ",");

export const MODEL_QUERY_KEYS = [
  "q", "grade", "use", "methods", "data", "retrain", "licence", "commercial", "org", "orgType", "sme",
  "country", "modality", "task", "lang", "paramsMin", "paramsMax", "yearMin", "yearMax", "g7", "family", "scope", "sort", "page",
] as const;
export type ModelQueryKey = (typeof MODEL_QUERY_KEYS)[number];

/** `/models` (and `/api/v1/models`). */
export const modelQueryParsers = {
  q: parseAsString,
  grade: list,
  use: parseAsString,
  methods: parseAsString,
  data: parseAsString,
  retrain: parseAsString,
  licence: list,
  commercial: parseAsFlag,
  org: list,
  orgType: list,
  sme: parseAsFlag,
  country: list,
  modality: list,
  task: list,
  lang: list,
  paramsMin: parseAsFloat,
  paramsMax: parseAsFloat,
  yearMin: parseAsInteger,
  yearMax: parseAsInteger,
  g7: list,
  family: parseAsString,
  scope: parseAsString,
  sort: parseAsString,
  page: parseAsInteger,
} satisfies Record<ModelQueryKey, unknown>;

/** `/organisations`. */
export const organisationQueryParsers = {
  q: parseAsString,
  country: list,
  type: list,
  sme: parseAsFlag,
  page: parseAsInteger,
};

/** `/compare?models=a,b,c`. */
export const compareQueryParsers = { models: list };

const serialiseModels = createSerializer(modelQueryParsers);
const serialiseOrganisations = createSerializer(organisationQueryParsers);
const serialiseCompare = createSerializer(compareQueryParsers);

/** Values to write: a validated query (ModelQuery, OrganisationQuery) or a part of one. */
type UrlValues = Readonly<Record<string, string | number | boolean | readonly string[] | null | undefined>>;

// Defaults (sort=score, page=1) and empty values are left out, so every state has one URL.
function clean(values: UrlValues): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || value === null || value === false || value === "") continue;
    if (Array.isArray(value) && value.length === 0) continue;
    if ((key === "sort" && value === "score") || (key === "page" && value === 1)) continue;
    out[key] = Array.isArray(value) ? [...value] : value;
  }
  return out;
}

/** The query string (with its `?`, or "" when empty) of a `/models` state. */
export function modelsQueryString(values: UrlValues): string {
  return serialiseModels(clean(values) as Partial<inferParserType<typeof modelQueryParsers>>);
}

export function organisationsQueryString(values: UrlValues): string {
  return serialiseOrganisations(clean(values) as Partial<inferParserType<typeof organisationQueryParsers>>);
}

export function compareQueryString(slugs: readonly string[]): string {
  return serialiseCompare({ models: slugs.length ? [...slugs] : null });
}

/**
 * Whether a query is in the form a plain HTML form submits (`grade=A&grade=B&q=`) rather than the
 * contract's (`grade=A,B`): a key given twice, or an empty value. Pages then redirect to the
 * short form, so the URL a reader shares is the canonical one even without JavaScript.
 */
export function needsFolding(params: URLSearchParams): boolean {
  const seen = new Set<string>();
  for (const [key, value] of params) {
    if (seen.has(key) || value.trim() === "") return true;
    seen.add(key);
  }
  return false;
}

/** Next.js's `searchParams` page prop as URLSearchParams (repeated keys kept). */
export function toSearchParams(record: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(record)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, item);
  }
  return params;
}
