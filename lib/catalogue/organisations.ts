import "server-only";
import { G7_LABELS, type G7Label } from "../openness/g7";
// The queries behind `/organisations` and `/organisations/<slug>`.
import { db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { GRADES, type Grade, type OrganisationType } from "../openness/types";
import type { OrganisationAggregate } from "../openness/biodiversity";
import { PAGE_SIZE, type OrganisationQuery } from "../validation/catalogue";
import { searchTerms } from "./search";

export type OrganisationListItem = {
  id: string;
  slug: string;
  name: string;
  country: string;
  type: OrganisationType;
  isSme: boolean | null;
  /** published models */
  modelCount: number;
  /** mean score of its assessed published models, null when none */
  meanScore: number | null;
};

export type OrganisationSearchResult = {
  total: number;
  items: OrganisationListItem[];
  page: number;
  pageSize: number;
  fuzzy: boolean;
};

function whereClause(query: OrganisationQuery, fuzzy: boolean): Prisma.Sql {
  // Europe's directory: the developers of reference models (Meta, Alibaba...) have pages, not a place in the list
  const conditions: Prisma.Sql[] = [Prisma.sql`o."status" = 'published'`, Prisma.sql`o."scope" = 'europe'`];
  if (query.country?.length) conditions.push(Prisma.sql`o."country" = ANY(CAST(${query.country} AS text[]))`);
  if (query.type?.length) conditions.push(Prisma.sql`o."type" = ANY(CAST(${query.type} AS "OrganisationType"[]))`);
  if (query.sme) conditions.push(Prisma.sql`o."isSme" IS TRUE`);
  const terms = searchTerms(query.q);
  if (terms.length) {
    conditions.push(
      fuzzy
        ? Prisma.sql`o."searchText" %> lower(atlas_unaccent(${terms.join(" ")}))`
        : Prisma.sql`o."searchVector" @@ to_tsquery('simple', atlas_unaccent(${terms.map((term) => `${term}:*`).join(" & ")}))`,
    );
  }
  return Prisma.join(conditions, " AND ");
}


/** Organisation SQL, exported for the benchmark's EXPLAIN. */
export function organisationSearchSql(query: OrganisationQuery, page: number, pageSize = PAGE_SIZE, fuzzy = false) {
  const where = whereClause(query, fuzzy);
  return {
    count: Prisma.sql`SELECT count(*)::int AS "total" FROM "Organisation" o WHERE ${where}`,
    items: Prisma.sql`
      SELECT o."id", o."slug", o."name", o."country", o."type"::text AS "type", o."isSme", o."modelCount", o."meanScore"
      FROM "Organisation" o
      WHERE ${where}
      ORDER BY o."sortName", o."id"
      LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
  };
}

async function run(query: OrganisationQuery, page: number, pageSize: number, fuzzy: boolean): Promise<OrganisationSearchResult> {
  const sql = organisationSearchSql(query, page, pageSize, fuzzy);
  const [counted, rows] = await Promise.all([
    db().$queryRaw<{ total: number }[]>(sql.count),
    db().$queryRaw<OrganisationListItem[]>(sql.items),
  ]);
  return {
    total: Number(counted[0]?.total ?? 0),
    items: rows,
    page,
    pageSize,
    fuzzy,
  };
}

/** Published organisations matching the query, by name; a typo falls back to names spelled alike. */
export async function searchOrganisations(
  query: OrganisationQuery,
  paging: { page: number; pageSize?: number } = { page: query.page },
): Promise<OrganisationSearchResult> {
  const pageSize = paging.pageSize ?? PAGE_SIZE;
  const exact = await run(query, paging.page, pageSize, false);
  if (exact.total > 0 || searchTerms(query.q).length === 0) return exact;
  return run(query, paging.page, pageSize, true);
}

/** A published organisation with its facts, or null. */
export async function organisationBySlug(slug: string) {
  return db().organisation.findFirst({
    where: { slug, status: "published" },
    select: {
      id: true,
      slug: true,
      name: true,
      type: true,
      country: true,
      countryNote: true,
      isSme: true,
      scope: true,
      website: true,
      description: true,
      foundedYear: true,
      sources: true,
      updatedAt: true,
      modelCount: true,
      meanScore: true,
      gradeCounts: true,
    },
  });
}

export type OrganisationDetail = NonNullable<Awaited<ReturnType<typeof organisationBySlug>>>;

/** How many of the organisation's published models earn each G7 label (never zero rows: absent labels are 0). */
export async function organisationG7Counts(organisationId: string): Promise<Record<G7Label, number>> {
  const rows = await db().model.groupBy({
    by: ["g7Label"],
    where: { status: "published", organisations: { some: { organisationId } } },
    _count: { _all: true },
  });
  const counts = Object.fromEntries(G7_LABELS.map((label) => [label, 0])) as Record<G7Label, number>;
  for (const row of rows) if (row.g7Label) counts[row.g7Label] = row._count._all;
  return counts;
}

/**
 * The organisation's openness (METHODOLOGY.md, "Organisations") in the shape organisationAggregate
 * gives: the mean of its assessed published models' scores and their number per grade. The
 * database keeps these figures on the organisation's row (catalogue_search migration), because a
 * large organisation has thousands of models.
 */
export function organisationScore(organisation: Pick<OrganisationDetail, "modelCount" | "meanScore" | "gradeCounts">): OrganisationAggregate & { unassessed: number } {
  const byGrade = Object.fromEntries(GRADES.map((grade, index) => [grade, organisation.gradeCounts[index] ?? 0])) as Record<Grade, number>;
  const count = GRADES.reduce((sum, grade) => sum + byGrade[grade], 0);
  return { meanScore: count === 0 ? null : organisation.meanScore, count, byGrade, unassessed: organisation.modelCount - count };
}

/** Names of published organisations by slug (for filter chips); unknown slugs are left out. */
export async function organisationNames(slugs: readonly string[]): Promise<Map<string, string>> {
  if (slugs.length === 0) return new Map();
  const rows = await db().organisation.findMany({ where: { slug: { in: [...slugs] }, status: "published" }, select: { slug: true, name: true } });
  return new Map(rows.map((row) => [row.slug, row.name]));
}
