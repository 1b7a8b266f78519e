import "server-only";
// The query behind `/models` (and the API's `/api/v1/models`): full-text search, the contract's
// filters and sorts, with offset pages for the site and keyset cursors for the API. Raw SQL,
// parameterised through Prisma.sql, because Prisma's query builder has no full-text search or
// trigram operators, and run on the pool under Prisma (lib/db/rows.ts), which skips its result
// mapping. Every column read here is on the Model row (denormalised by the catalogue_search
// migration), so each filter is one index condition and needs no join.
import { rows } from "../db/rows";
import { keptWhileCatalogueUnchanged } from "./changes";
import { Prisma } from "../db/generated/client";
import { activeFilters, PAGE_SIZE, type ModelQuery, type ModelSort } from "../validation/catalogue";
import type { AnswerGrade, Grade, Modality } from "../openness/types";
import type { G7Label } from "../openness/g7";

export type ModelListItem = {
  id: string;
  slug: string;
  name: string;
  modality: Modality;
  releaseYear: number | null;
  parameterCount: number | null;
  languages: string[];
  tasks: string[];
  score: number | null;
  grade: Grade | null;
  gradeComplete: boolean;
  pillars: { use: AnswerGrade | null; methods: AnswerGrade | null; data: AnswerGrade | null; retrain: AnswerGrade | null };
  /** every licence a user of the weights must accept, the base model's included, by name */
  weightsLicences: { id: string; name: string }[];
  g7Label: G7Label | null;
  scope: "europe" | "reference";
  /** `size`: the family's published members (this one included) */
  family: { slug: string; name: string; size: number } | null;
  organisations: { slug: string; name: string }[];
  /** countries of its organisations (ISO 3166-1 alpha-2, or EU), sorted */
  countries: string[];
  /** the start of the description, for the result list */
  summary: string;
  updatedAt: Date;
};

/**
 * Counting stops here ("more than 1,000 models match"): past it, a count costs a visit to every
 * matching row, tens of thousands on a broad filter, which is most of such a query's time. Pages
 * go on past it (up to MAX_PAGE) while there are results.
 */
export const COUNT_LIMIT = 1_000;


export type ModelSearchResult = {
  /** how many published models match, over all pages; at most COUNT_LIMIT when `totalIsLowerBound` */
  total: number;
  /** true when more than COUNT_LIMIT models match (a query with no filter is always counted exactly) */
  totalIsLowerBound: boolean;
  items: ModelListItem[];
  pageSize: number;
  /** the page asked for (offset paging), else null */
  page: number | null;
  /** opaque cursor of the next page, null on the last one */
  nextCursor: string | null;
  /** true when nothing matched the words exactly and the results are names spelled alike */
  fuzzy: boolean;
  /** the words searched instead, when misspelt words were corrected from the names' dictionary */
  correctedQuery: string | null;
};

/**
 * `collapseFamilies`: when nothing narrows the list, show a family (sizes, versions, instruct
 * variants) once, by its most open member, which says how many others there are. A filtered list
 * shows every member that matches: it is what the filter asked for.
 */
export type Paging = ({ page: number; pageSize?: number } | { cursor: string | null; pageSize?: number }) & { collapseFamilies?: boolean };

/** The best member of its family by the openness order (grade band and score, then name, then id), or no family. */
const FAMILY_HEAD = Prisma.sql`(m."familySlug" IS NULL OR NOT EXISTS (
  SELECT 1 FROM "Model" f WHERE f."familySlug" = m."familySlug" AND f."status" = 'published' AND f."scope" = m."scope"
    AND (f."sortScore" > m."sortScore" OR (f."sortScore" = m."sortScore" AND (f."sortName" < m."sortName" OR (f."sortName" = m."sortName" AND f."id" < m."id"))))))`;

export class InvalidCursorError extends Error {
  constructor() {
    super("The cursor is not one this query gave out.");
  }
}

// ---------------------------------------------------------------- search text

const MAX_TERMS = 10;

/** The words of a search, lower-cased, each a run of letters, marks or digits (never SQL or tsquery syntax). */
export function searchTerms(text: string | undefined): string[] {
  if (!text) return [];
  const words = text.normalize("NFC").toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
  return [...new Set(words.map((word) => word.slice(0, 50)))].slice(0, MAX_TERMS);
}

/** Every word as a prefix, all required: "mist 7" finds "Mistral 7B". Unaccented in SQL. */
function prefixQuery(terms: readonly string[]): string {
  return terms.map((term) => `${term}:*`).join(" & ");
}

function textCondition(terms: readonly string[], fuzzy: boolean): Prisma.Sql {
  if (fuzzy) {
    // word similarity of the words to the closest part of "name + organisations" (pg_trgm, default 0.6)
    return Prisma.sql`m."searchText" %> lower(atlas_unaccent(${terms.join(" ")}))`;
  }
  return Prisma.sql`m."searchVector" @@ to_tsquery('simple', atlas_unaccent(${prefixQuery(terms)}))`;
}

// ---------------------------------------------------------------- filters

const PILLAR_COLUMNS = {
  use: Prisma.raw(`m."useGrade"`),
  methods: Prisma.raw(`m."methodsGrade"`),
  data: Prisma.raw(`m."dataGrade"`),
  retrain: Prisma.raw(`m."retrainGrade"`),
} as const;

/** The WHERE conditions of a query, without the text search (joined with AND). */
function filterConditions(query: ModelQuery): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [Prisma.sql`m."status" = 'published'`];
  if (query.grade?.length) conditions.push(Prisma.sql`m."grade" = ANY(CAST(${query.grade} AS "Grade"[]))`);
  for (const pillar of ["use", "methods", "data", "retrain"] as const) {
    const level = query[pillar];
    if (level) {
      const accepted = level === "open" ? ["open"] : ["open", "partial"];
      conditions.push(Prisma.sql`${PILLAR_COLUMNS[pillar]} = ANY(CAST(${accepted} AS "AnswerGrade"[]))`);
    }
  }
  // reference models (Llama, Qwen...) only when asked for: the catalogue is Europe's
  if (query.scope !== "all") conditions.push(Prisma.sql`m."scope" = CAST(${query.scope ?? "europe"} AS "Scope")`);
  if (query.licence?.length) conditions.push(Prisma.sql`m."weightsLicenceIds" && CAST(${query.licence} AS text[])`);
  if (query.commercial) {
    // every licence a user of the weights must accept allows commercial, production use
    conditions.push(Prisma.sql`cardinality(m."weightsLicenceIds") > 0 AND NOT EXISTS (SELECT 1 FROM "Licence" cl WHERE cl."id" = ANY(m."weightsLicenceIds") AND (cl."nonCommercial" OR cl."nonProduction"))`);
  }
  if (query.g7?.length) conditions.push(Prisma.sql`m."g7Label" = ANY(CAST(${query.g7} AS "G7Label"[]))`);
  if (query.family) conditions.push(Prisma.sql`m."familySlug" = ${query.family}`);
  if (query.org?.length) conditions.push(Prisma.sql`m."organisationSlugs" && CAST(${query.org} AS text[])`);
  if (query.orgType?.length) conditions.push(Prisma.sql`m."organisationTypes" && CAST(${query.orgType} AS "OrganisationType"[])`);
  if (query.sme) conditions.push(Prisma.sql`m."fromSme"`);
  if (query.country?.length) conditions.push(Prisma.sql`m."organisationCountries" && CAST(${query.country} AS text[])`);
  if (query.modality?.length) conditions.push(Prisma.sql`m."modality" = ANY(CAST(${query.modality} AS "Modality"[]))`);
  if (query.task?.length) conditions.push(Prisma.sql`m."tasks" && CAST(${query.task} AS text[])`);
  // every language asked for: "French and German" narrows, as a reader of a language filter expects
  if (query.lang?.length) conditions.push(Prisma.sql`m."languages" @> CAST(${query.lang} AS text[])`);
  if (query.paramsMin !== undefined) conditions.push(Prisma.sql`m."parameterCount" >= ${query.paramsMin * 1e9}`);
  if (query.paramsMax !== undefined) conditions.push(Prisma.sql`m."parameterCount" <= ${query.paramsMax * 1e9}`);
  if (query.yearMin !== undefined) conditions.push(Prisma.sql`m."releaseYear" >= ${query.yearMin}`);
  if (query.yearMax !== undefined) conditions.push(Prisma.sql`m."releaseYear" <= ${query.yearMax}`);
  return conditions;
}

function whereClause(query: ModelQuery, fuzzy: boolean): Prisma.Sql {
  const conditions = filterConditions(query);
  const terms = searchTerms(query.q);
  if (terms.length) conditions.push(textCondition(terms, fuzzy));
  return Prisma.join(conditions, " AND ");
}

// ---------------------------------------------------------------- order and keyset

type SortKey = { column: string; desc: boolean; type: "float8" | "text" | "int4" | "timestamp" };

/** Ties go by name, then by the unique id, so a page boundary never splits or repeats them. */
const BY_NAME: readonly SortKey[] = [
  { column: "sortName", desc: false, type: "text" },
  { column: "id", desc: false, type: "text" },
];
const ORDERS: Readonly<Record<ModelSort, readonly SortKey[]>> = {
  score: [{ column: "sortScore", desc: true, type: "float8" }, ...BY_NAME],
  name: BY_NAME,
  release: [{ column: "sortRelease", desc: true, type: "int4" }, ...BY_NAME],
  updated: [{ column: "updatedAt", desc: true, type: "timestamp" }, ...BY_NAME],
};

const column = (key: SortKey) => Prisma.raw(`m."${key.column}"`);

function orderBy(sort: ModelSort): Prisma.Sql {
  return Prisma.join(
    ORDERS[sort].map((key) => Prisma.sql`${column(key)} ${Prisma.raw(key.desc ? "DESC" : "ASC")}`),
    ", ",
  );
}

type KeyValue = string | number;

function valueSql(key: SortKey, value: KeyValue): Prisma.Sql {
  return Prisma.sql`CAST(${value} AS ${Prisma.raw(key.type === "timestamp" ? "timestamp(3)" : key.type)})`;
}

/** Rows strictly after the cursor's row in the sort's order. */
function afterCondition(sort: ModelSort, values: readonly KeyValue[]): Prisma.Sql {
  const keys = ORDERS[sort];
  const alternatives = keys.map((key, index) => {
    const equal = keys.slice(0, index).map((previous, j) => Prisma.sql`${column(previous)} = ${valueSql(previous, values[j]!)}`);
    const after = Prisma.sql`${column(key)} ${Prisma.raw(key.desc ? "<" : ">")} ${valueSql(key, values[index]!)}`;
    return Prisma.sql`(${Prisma.join([...equal, after], " AND ")})`;
  });
  // the first key's bound alone, so the sort's index can start at the cursor
  const first = keys[0]!;
  const bound = Prisma.sql`${column(first)} ${Prisma.raw(first.desc ? "<=" : ">=")} ${valueSql(first, values[0]!)}`;
  return Prisma.sql`${bound} AND (${Prisma.join(alternatives, " OR ")})`;
}

type CursorPayload = { s: ModelSort; v: KeyValue[] };

function encodeCursor(sort: ModelSort, row: SearchRow): string {
  const payload: CursorPayload = { s: sort, v: ORDERS[sort].map((key) => row.keys[key.column]!) };
  return Buffer.from(JSON.stringify(payload)).toString("base64url");
}

function decodeCursor(cursor: string, sort: ModelSort): KeyValue[] {
  try {
    const payload = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as CursorPayload;
    const keys = ORDERS[sort];
    const valid =
      payload.s === sort &&
      Array.isArray(payload.v) &&
      payload.v.length === keys.length &&
      payload.v.every((value, index) =>
        ["float8", "int4"].includes(keys[index]!.type) ? typeof value === "number" && Number.isFinite(value) : typeof value === "string" && value.length <= 200,
      );
    if (valid) return payload.v;
  } catch {
    // fall through: not base64 JSON
  }
  throw new InvalidCursorError();
}

// ---------------------------------------------------------------- queries

type RawRow = {
  id: string;
  slug: string;
  name: string;
  modality: Modality;
  releaseYear: number | null;
  parameterCount: number | null;
  languages: string[] | null;
  tasks: string[] | null;
  score: number | null;
  grade: Grade | null;
  gradeComplete: boolean;
  useGrade: AnswerGrade | null;
  methodsGrade: AnswerGrade | null;
  dataGrade: AnswerGrade | null;
  retrainGrade: AnswerGrade | null;
  weightsLicences: { id: string; name: string }[] | null;
  g7Label: G7Label | null;
  scope: "europe" | "reference";
  familySlug: string | null;
  familyName: string | null;
  familySize: number;
  organisationSlugs: string[] | null;
  organisationNames: string[] | null;
  organisationCountries: string[] | null;
  summary: string;
  updatedAt: Date;
  sortScore: number;
  sortName: string;
  sortRelease: number;
  updatedAtKey: string;
};

type SearchRow = { item: ModelListItem; keys: Record<string, KeyValue> };

function toRow(raw: RawRow): SearchRow {
  const slugs = raw.organisationSlugs ?? [];
  const names = raw.organisationNames ?? [];
  return {
    item: {
      id: raw.id,
      slug: raw.slug,
      name: raw.name,
      modality: raw.modality,
      releaseYear: raw.releaseYear,
      parameterCount: raw.parameterCount,
      languages: raw.languages ?? [],
      tasks: raw.tasks ?? [],
      score: raw.score,
      grade: raw.grade,
      gradeComplete: raw.gradeComplete,
      pillars: { use: raw.useGrade, methods: raw.methodsGrade, data: raw.dataGrade, retrain: raw.retrainGrade },
      weightsLicences: raw.weightsLicences ?? [],
      g7Label: raw.g7Label,
      scope: raw.scope,
      family: raw.familySlug && raw.familyName ? { slug: raw.familySlug, name: raw.familyName, size: Number(raw.familySize) } : null,
      organisations: slugs.map((slug, index) => ({ slug, name: names[index] ?? slug })),
      countries: raw.organisationCountries ?? [],
      summary: raw.summary,
      updatedAt: raw.updatedAt,
    },
    keys: { sortScore: raw.sortScore, sortName: raw.sortName, sortRelease: raw.sortRelease, updatedAt: raw.updatedAtKey, id: raw.id },
  };
}

const SELECT_ITEMS = Prisma.sql`
  SELECT m."id", m."slug", m."name", m."modality"::text AS "modality", m."releaseYear", m."parameterCount",
    m."languages", m."tasks", m."score", m."grade"::text AS "grade", m."gradeComplete",
    m."useGrade"::text AS "useGrade", m."methodsGrade"::text AS "methodsGrade",
    m."dataGrade"::text AS "dataGrade", m."retrainGrade"::text AS "retrainGrade",
    (SELECT json_agg(json_build_object('id', l."id", 'name', l."name") ORDER BY l."name") FROM "Licence" l WHERE l."id" = ANY(m."weightsLicenceIds")) AS "weightsLicences",
    m."g7Label"::text AS "g7Label", m."scope"::text AS "scope", m."familySlug", m."familyName",
    CASE WHEN m."familySlug" IS NULL THEN 0 ELSE (SELECT count(*)::int FROM "Model" f WHERE f."familySlug" = m."familySlug" AND f."status" = 'published' AND f."scope" = m."scope") END AS "familySize",
    m."organisationSlugs", m."organisationNames", m."organisationCountries", left(m."description", 280) AS "summary", m."updatedAt",
    m."sortScore", m."sortName", m."sortRelease",
    to_char(m."updatedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS') AS "updatedAtKey"
  FROM "Model" m`;

/**
 * The statements behind one page, exported so the benchmark can EXPLAIN exactly what runs.
 *
 * - `matches` (filtered queries): one statement that finds the matching models, up to
 *   COUNT_LIMIT + 1, and counts them. When that is all of them (a selective query), it sorts the
 *   page out of those same rows; when more match (a broad query), it reads the page along the
 *   sort's index, where the first rows soon give a page. Either way one statement, one round trip:
 *   the branch not taken is cut by a one-time filter and never runs.
 * - `items`: the page read along the sort's index, for the unfiltered catalogue (and, in the
 *   tests, to check that `matches` pages alike).
 * - `count`: the exact count of the unfiltered catalogue (kept until the catalogue changes, lib/catalogue/changes.ts), and the capped
 *   count alone (countModels).
 */
export function modelSearchSql(
  query: ModelQuery,
  paging: Paging,
  fuzzy = false,
): { count: Prisma.Sql; items: Prisma.Sql; matches: Prisma.Sql | null } {
  const pageSize = paging.pageSize ?? PAGE_SIZE;
  const unfiltered = activeFilters(query).length === 0;
  const where = unfiltered && paging.collapseFamilies ? Prisma.sql`${whereClause(query, fuzzy)} AND ${FAMILY_HEAD}` : whereClause(query, fuzzy);
  // The whole catalogue is counted exactly from the status index; a filtered set up to COUNT_LIMIT + 1.
  const count = unfiltered
    ? Prisma.sql`SELECT count(*)::int AS "total" FROM "Model" m WHERE ${where}`
    : Prisma.sql`SELECT count(*)::int AS "total" FROM (SELECT 1 FROM "Model" m WHERE ${where} LIMIT ${COUNT_LIMIT + 1}) AS matching`;
  // the page's window in the sort's order, over `m` (the Model table, or the matching rows)
  let window: Prisma.Sql;
  if ("cursor" in paging) {
    const after = paging.cursor ? Prisma.sql` AND ${afterCondition(query.sort, decodeCursor(paging.cursor, query.sort))}` : Prisma.empty;
    window = Prisma.sql`${after} ORDER BY ${orderBy(query.sort)} LIMIT ${pageSize + 1}`;
  } else {
    window = Prisma.sql` ORDER BY ${orderBy(query.sort)} LIMIT ${pageSize + 1} OFFSET ${(paging.page - 1) * pageSize}`;
  }
  const items = Prisma.sql`${SELECT_ITEMS} WHERE ${where}${window}`;
  const matches = unfiltered
    ? null
    : Prisma.sql`
      WITH matching AS MATERIALIZED (
        SELECT m."id", m."sortScore", m."sortName", m."sortRelease", m."updatedAt" FROM "Model" m WHERE ${where} LIMIT ${COUNT_LIMIT + 1}
      ),
      counted AS MATERIALIZED (SELECT count(*)::int AS "total" FROM matching),
      page AS (
        (SELECT m."id" FROM matching m WHERE (SELECT "total" FROM counted) <= ${COUNT_LIMIT}${window})
        UNION ALL
        (SELECT m."id" FROM "Model" m WHERE (SELECT "total" FROM counted) > ${COUNT_LIMIT} AND ${where}${window})
      )
      SELECT counted."total", m.* FROM counted LEFT JOIN (${SELECT_ITEMS} WHERE m."id" IN (SELECT "id" FROM page)) m ON true
      ORDER BY ${orderBy(query.sort)}`;
  return { count, items, matches };
}

/**
 * The unfiltered totals (the default /models page, one statement whatever the page, families
 * collapsed or not) change only with the catalogue.
 */
const unfilteredTotals = new Map<boolean, () => Promise<number>>();
function countAll(sql: Prisma.Sql, collapsed: boolean): Promise<number> {
  let kept = unfilteredTotals.get(collapsed);
  if (!kept) {
    kept = keptWhileCatalogueUnchanged(async () => {
      const [counted] = await rows<{ total: number }>(sql);
      return Number(counted?.total ?? 0);
    });
    unfilteredTotals.set(collapsed, kept);
  }
  return kept();
}

/**
 * The statements fetchPage runs for these, by name, in order (for the benchmark's EXPLAIN): a
 * filtered search's `matches`; the unfiltered catalogue's `count` and `items`.
 */
export function statementsRun(sql: ReturnType<typeof modelSearchSql>): Record<string, Prisma.Sql> {
  return sql.matches ? { matches: sql.matches } : { count: sql.count, items: sql.items };
}

/** How many models match and the page's rows: one statement for a filtered query. */
async function fetchPage(sql: ReturnType<typeof modelSearchSql>, collapsed: boolean): Promise<{ total: number; raws: RawRow[] }> {
  if (!sql.matches) {
    const [total, raws] = await Promise.all([countAll(sql.count, collapsed), rows<RawRow>(sql.items)]);
    return { total, raws };
  }
  const matched = await rows<RawRow & { total: number }>(sql.matches);
  // one row with only the count when the page is empty (LEFT JOIN … ON true)
  return { total: Number(matched[0]?.total ?? 0), raws: matched.filter((row) => row.id !== null) };
}

async function run(query: ModelQuery, paging: Paging, fuzzy: boolean): Promise<ModelSearchResult> {
  const pageSize = paging.pageSize ?? PAGE_SIZE;
  const sql = modelSearchSql(query, paging, fuzzy);
  const { total, raws } = await fetchPage(sql, Boolean(paging.collapseFamilies));
  const found = raws.map(toRow);
  const hasMore = found.length > pageSize;
  const pageRows = found.slice(0, pageSize);
  const last = pageRows.at(-1);
  const totalIsLowerBound = total > COUNT_LIMIT && sql.matches !== null;
  return {
    total: totalIsLowerBound ? COUNT_LIMIT : total,
    totalIsLowerBound,
    items: pageRows.map((row) => row.item),
    pageSize,
    page: "page" in paging ? paging.page : null,
    nextCursor: hasMore && last ? encodeCursor(query.sort, last) : null,
    fuzzy,
    correctedQuery: null,
  };
}

/**
 * Each word of the search that starts no word of any name, with the name word spelled closest to
 * it (pg_trgm similarity, over the SearchWord dictionary); exported for the benchmark's EXPLAIN.
 */
export function correctionSql(terms: readonly string[]): Prisma.Sql {
  return Prisma.sql`
    SELECT t.fixed, t.fixed IS DISTINCT FROM t.normal AS "changed"
    FROM (
      SELECT n.normal, n.position,
        CASE WHEN EXISTS (SELECT 1 FROM "SearchWord" w WHERE w."word" LIKE n.normal || '%') THEN n.normal
        ELSE (SELECT w."word" FROM "SearchWord" w WHERE w."word" % n.normal ORDER BY similarity(w."word", n.normal) DESC, w."word" LIMIT 1)
        END AS fixed
      FROM (SELECT lower(atlas_unaccent(term)) AS normal, position FROM unnest(CAST(${terms} AS text[])) WITH ORDINALITY AS u(term, position)) n
    ) t
    ORDER BY t.position`;
}

/** The search's words with the misspelt ones corrected; null when nothing changes or some word has no close match. */
async function correctedTerms(terms: readonly string[]): Promise<string[] | null> {
  const words = await rows<{ fixed: string | null; changed: boolean }>(correctionSql(terms));
  if (words.some((word) => word.fixed === null) || !words.some((word) => word.changed)) return null;
  return words.map((word) => word.fixed!);
}

/**
 * Published models matching a validated query, in its order: `{ page }` for the site's numbered
 * pages, `{ cursor }` (null for the first page) for the API's keyset pages. When the words match
 * nothing exactly, misspelt words are corrected (`correctedQuery`), or else the names and
 * organisations spelled closest to the words are returned (`fuzzy: true` both ways), so a typo
 * still finds its model.
 */
export async function searchModels(query: ModelQuery, paging: Paging = { page: query.page }): Promise<ModelSearchResult> {
  const exact = await run(query, paging, false);
  const terms = searchTerms(query.q);
  if (exact.total > 0 || terms.length === 0) return exact;
  // First the misspelt words corrected from the names' dictionary ("salamandre" → "salamandra"),
  // which keeps the full-text index and the chosen order; else names spelled alike as a whole.
  const corrected = await correctedTerms(terms);
  if (corrected) {
    const correctedQuery = corrected.join(" ");
    const result = await run({ ...query, q: correctedQuery }, paging, false);
    if (result.total > 0) return { ...result, fuzzy: true, correctedQuery };
  }
  return run(query, paging, true);
}

/** How many published models match, up to COUNT_LIMIT + 1 (for "without this filter: N models"). */
export async function countModels(query: ModelQuery): Promise<number> {
  const [counted] = await rows<{ total: number }>(modelSearchSql(query, { page: 1 }).count);
  return Number(counted?.total ?? 0);
}

/** The newest published models (the home page's "latest additions"). */
export async function latestModels(limit = 6): Promise<ModelListItem[]> {
  const raws = await rows<RawRow>(Prisma.sql`${SELECT_ITEMS}
    WHERE m."status" = 'published' AND m."publishedAt" IS NOT NULL
    ORDER BY m."publishedAt" DESC, m."createdAt" DESC, m."id" LIMIT ${limit}`);
  return raws.map((raw) => toRow(raw).item);
}

export type FilterOptions = {
  /** weights licences of published models, by name */
  licences: { id: string; name: string }[];
  /** tasks of published models, alphabetical */
  tasks: string[];
  /** countries of published organisations */
  countries: string[];
};

/**
 * The choices the filter form offers. They change only when the catalogue does, and reading every
 * model's tasks costs a full scan at 100,000 models, so they are kept until it does.
 */
export const filterOptions: () => Promise<FilterOptions> = keptWhileCatalogueUnchanged(
  async () => {
    const [licences, tasks, countries] = await Promise.all([
      rows<{ id: string; name: string }>(Prisma.sql`
        SELECT l."id", l."name" FROM "Licence" l
        WHERE EXISTS (SELECT 1 FROM "Model" m WHERE m."weightsLicenceIds" @> ARRAY[l."id"] AND m."status" = 'published')
        ORDER BY l."name"`),
      rows<{ task: string }>(Prisma.sql`
        SELECT DISTINCT unnest(m."tasks") AS "task" FROM "Model" m WHERE m."status" = 'published' ORDER BY 1`),
      rows<{ country: string }>(Prisma.sql`
        SELECT DISTINCT o."country" FROM "Organisation" o WHERE o."status" = 'published' ORDER BY 1`),
    ]);
    return { licences, tasks: tasks.map((row) => row.task), countries: countries.map((row) => row.country) };
  },
);
