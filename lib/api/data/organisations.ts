import "server-only";
import type { z } from "zod";
import { db } from "../../db/client";
import type { Prisma } from "../../db/generated/client";
import { organisationScore } from "../../catalogue/organisations";
import type { OrganisationFilters } from "../../validation/organisation-filters";
import { bindCursor, positionOf } from "../cursor";
import { ApiError } from "../errors";
import type { organisationDetailSchema, organisationSummarySchema } from "../schemas";
import { licenceRefs, modelSummary, modelSummarySelect } from "./models";
import { organisationPageUrl } from "./site";

const summarySelect = {
  id: true,
  slug: true,
  name: true,
  type: true,
  country: true,
  isSme: true,
  website: true,
  modelCount: true,
  meanScore: true,
  gradeCounts: true,
} as const satisfies Prisma.OrganisationSelect;

type SummaryRow = Prisma.OrganisationGetPayload<{ select: typeof summarySelect }>;

/**
 * A mean score as the API and the exports give it: to two decimal places. A mean of exact scores
 * is as precise as anyone needs at 0.01 of 100, and its float tail (60.208333333333336) is noise.
 */
export function roundMeanScore(meanScore: number | null): number | null {
  return meanScore === null ? null : Math.round(meanScore * 100) / 100;
}

/** An organisation's openness in the API's shape, from the figures its row keeps (organisationScore). */
export function organisationOpenness(row: Pick<SummaryRow, "modelCount" | "meanScore" | "gradeCounts">) {
  const { meanScore, count, byGrade } = organisationScore(row);
  return { meanScore: roundMeanScore(meanScore), assessedModels: count, byGrade };
}

function organisationSummary(row: SummaryRow, origin: string): z.input<typeof organisationSummarySchema> {
  return {
    slug: row.slug,
    name: row.name,
    url: organisationPageUrl(origin, row.slug),
    type: row.type,
    country: row.country,
    isSme: row.isSme,
    website: row.website,
    publishedModels: row.modelCount,
    openness: organisationOpenness(row),
  };
}

/** Prisma's where for the directory's filters (published European organisations only). */
export async function organisationWhere(filters: OrganisationFilters): Promise<Prisma.OrganisationWhereInput> {
  const where: Prisma.OrganisationWhereInput = { status: "published", scope: "europe" };
  if (filters.country) where.country = { in: filters.country };
  if (filters.type) where.type = { in: filters.type };
  if (filters.sme === "1") where.isSme = true;
  if (filters.sme === "0") where.isSme = false;
  if (filters.q) {
    // case- and accent-insensitive ("eleuther" finds "EleutherAI", "ecole" finds "École")
    const pattern = `%${filters.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const rows = await db().$queryRaw<{ id: string }[]>`
      SELECT id FROM "Organisation" WHERE status = 'published' AND unaccent(name) ILIKE unaccent(${pattern})`;
    where.id = { in: rows.map((r) => r.id) };
  }
  return where;
}

type Cursor = { name: string; id: string };

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.name, cursor.id])).toString("base64url");
}

function decodeCursor(value: string): Cursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[0] === "string" && typeof parsed[1] === "string") {
      return { name: parsed[0], id: parsed[1] };
    }
  } catch {
    // reported below
  }
  throw new ApiError(400, "INVALID_PARAMETER", "Invalid parameter: cursor.", [{ field: "cursor", message: "not a cursor this API gave" }]);
}

/** A page of published organisations by name, keyset-paginated on (name, id), with the number matching over all pages. */
export async function publishedOrganisationsPage(
  filters: OrganisationFilters & { cursor?: string; limit: number },
  origin: string,
): Promise<{ data: z.input<typeof organisationSummarySchema>[]; page: { nextCursor: string | null; limit: number }; total: number }> {
  const where = await organisationWhere(filters);
  const position = positionOf(filters);
  const after = position ? decodeCursor(position) : null;
  const [rows, total] = await Promise.all([
    db().organisation.findMany({
      where: after ? { AND: [where, { OR: [{ name: { gt: after.name } }, { name: after.name, id: { gt: after.id } }] }] } : where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: filters.limit + 1,
      select: summarySelect,
    }),
    db().organisation.count({ where }),
  ]);
  const page = rows.slice(0, filters.limit);
  const last = page.at(-1);
  return {
    data: page.map((row) => organisationSummary(row, origin)),
    page: { nextCursor: bindCursor(filters, rows.length > filters.limit && last ? encodeCursor(last) : null), limit: filters.limit },
    total,
  };
}

export async function publishedOrganisationDetail(slug: string, origin: string): Promise<z.input<typeof organisationDetailSchema> | null> {
  const row = await db().organisation.findFirst({
    where: { slug, status: "published" },
    select: {
      ...summarySelect,
      description: true,
      countryNote: true,
      foundedYear: true,
      sources: true,
      publishedAt: true,
      updatedAt: true,
    },
  });
  if (!row) return null;
  const models = await db().model.findMany({
    where: { status: "published", organisations: { some: { organisationId: row.id } } },
    // by openness: grade first, then score, then name (methodology version 2, rule 7)
    orderBy: [{ sortScore: "desc" }, { sortName: "asc" }, { id: "asc" }],
    select: modelSummarySelect,
  });
  const refs = await licenceRefs(models);
  return {
    ...organisationSummary(row, origin),
    description: row.description,
    countryNote: row.countryNote,
    foundedYear: row.foundedYear,
    sources: row.sources,
    models: models.map((model) => modelSummary(model, origin, refs)),
    publishedAt: row.publishedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
  };
}
