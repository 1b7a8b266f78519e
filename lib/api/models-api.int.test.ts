// GET /api/v1/models against a real database, through its route handler: the API answers exactly
// what the /models page shows for the same URL parameters (same query, same order), walked by
// cursor instead of by page number, and refuses bad input naming the field.
import { beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "../db/prisma";
import { seedCatalogue } from "../../prisma/seed/seed";
import { searchModels } from "../catalogue/search";
import { modelQuerySchema, PAGE_SIZE, parseSearchParamsLeniently } from "../validation/catalogue";
import { modelListItemSchema, pageInfoSchema } from "./schemas";
import { resetRateLimits } from "../testing/rate-limits";
import * as modelsRoute from "../../app/api/v1/models/route";

const BASE = "http://atlas.test";
let prisma: PrismaClient;
let published: number;

async function get(query: string) {
  const response = await modelsRoute.GET(new Request(`${BASE}/api/v1/models${query ? `?${query}` : ""}`), { params: Promise.resolve({}) });
  return { status: response.status, json: await response.json() };
}

/** Every page of the API for these parameters, by cursor. */
async function apiSlugs(query: string, limit: number): Promise<{ slugs: string[]; total: number; pages: number }> {
  const slugs: string[] = [];
  let cursor: string | null = null;
  let total = -1;
  let pages = 0;
  do {
    const { status, json: body } = await get([query, `limit=${limit}`, cursor ? `cursor=${cursor}` : ""].filter(Boolean).join("&"));
    expect(status, `${query} page ${pages + 1}: ${JSON.stringify(body.error)}`).toBe(200);
    for (const item of body.data) modelListItemSchema.parse(item);
    pageInfoSchema.parse(body.page);
    expect(body.data.length).toBeLessThanOrEqual(limit);
    slugs.push(...body.data.map((item: { slug: string }) => item.slug));
    total = body.total;
    cursor = body.page.nextCursor;
    pages += 1;
    expect(pages, "the walk ends").toBeLessThan(1000);
  } while (cursor);
  return { slugs, total, pages };
}

/** What the /models page shows for the same URL, page after numbered page. */
async function pageSlugs(query: string): Promise<string[]> {
  const { data, errors } = parseSearchParamsLeniently(modelQuerySchema, new URLSearchParams(query));
  expect(errors, query).toEqual({});
  const slugs: string[] = [];
  for (let page = 1; ; page += 1) {
    const result = await searchModels({ ...data, page });
    slugs.push(...result.items.map((item) => item.slug));
    if (result.items.length < PAGE_SIZE) return slugs;
  }
}

beforeAll(async () => {
  prisma = createPrismaClient(inject("databaseUrl"), 2);
  await seedCatalogue(prisma);
  // the list's default: Europe's models (reference ones only with scope=reference or all)
  published = await prisma.model.count({ where: { status: "published", scope: "europe" } });
  return () => prisma.$disconnect();
});
beforeEach(() => resetRateLimits());

describe("GET /api/v1/models", () => {
  const FILTERED = [
    "grade=A,B",
    "country=fr&sort=name",
    "lang=fr,en&sort=release",
    "use=partial&data=partial&sort=updated",
    "q=mistral",
    "orgType=research&paramsMax=20",
    "licence=Apache-2.0&commercial=1&yearMin=2023",
    "modality=text&grade=C,D,E&sort=name",
  ];

  it("with no parameter visits every published model exactly once, best score first, as the page does", async () => {
    const { slugs, total, pages } = await apiSlugs("", 4);
    expect(slugs).toHaveLength(published);
    expect(new Set(slugs).size).toBe(published);
    expect(total).toBe(published);
    expect(pages).toBe(Math.ceil(published / 4));
    expect(slugs).toEqual(await pageSlugs(""));
  });

  it.each(FILTERED)("with %s answers exactly the page's models, in the page's order", async (query) => {
    const expected = await pageSlugs(query);
    const { slugs, total } = await apiSlugs(query, 3);
    expect(slugs).toEqual(expected);
    expect(total).toBe(expected.length);
  });

  it("filters for real: each combination keeps some models and drops others", async () => {
    const sizes = await Promise.all(FILTERED.map(async (query) => (await pageSlugs(query)).length));
    for (const [index, size] of sizes.entries()) {
      expect(size, FILTERED[index]).toBeGreaterThan(0);
      expect(size, FILTERED[index]).toBeLessThan(published);
    }
  });

  it("gives each model's grade, score, organisations, countries, licence and link", async () => {
    const { json: body } = await get("org=mistral-ai&limit=1");
    const row = await prisma.model.findFirstOrThrow({
      where: { slug: body.data[0].slug },
      include: { organisations: { include: { organisation: true } } },
    });
    expect(body.data[0]).toMatchObject({
      grade: row.grade,
      score: row.score,
      url: `${BASE}/models/${row.slug}`,
      weightsLicence: row.weightsLicenceIds[0] ? { id: row.weightsLicenceIds[0] } : null,
      weightsLicences: row.weightsLicenceIds.map((id) => expect.objectContaining({ id })),
    });
    expect(body.data[0].organisations.map((o: { slug: string }) => o.slug)).toContain("mistral-ai");
    expect(body.data[0].countries).toEqual([...new Set(row.organisations.map((o) => o.organisation.country))].sort());
  });

  it("refuses bad values and unknown parameters with 400, naming the field", async () => {
    const cases: [string, string][] = [
      ["grade=Z", "grade"],
      ["paramsMin=-1", "paramsMin"],
      ["yearMin=2025&yearMax=2020", "yearMin"],
      ["sort=popular", "sort"],
      ["lang=xx-not-a-language", "lang"],
      ["limit=0", "limit"],
      ["page=2", "page"],
      ["colour=red", "colour"],
      ["cursor=nonsense", "cursor"],
    ];
    for (const [query, field] of cases) {
      const { status, json: body } = await get(query);
      expect(status, query).toBe(400);
      expect(["INVALID_PARAMETER", "UNKNOWN_PARAMETER"], query).toContain(body.error.code);
      expect(body.error.details.map((d: { field: string }) => d.field), query).toContain(field);
    }
  });

  it("refuses a cursor given out for another sort", async () => {
    const { json: first } = await get("limit=1");
    const { status, json: body } = await get(`limit=1&sort=name&cursor=${first.page.nextCursor}`);
    expect(status).toBe(400);
    expect(body.error.details[0].field).toBe("cursor");
  });
});
