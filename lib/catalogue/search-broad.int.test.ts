// A filtered list with more matches than are counted (COUNT_LIMIT): its page is read along the
// sort's index by a second statement, unlike a selective list's (search.int.test.ts). On a
// database of its own with 2,500 synthetic models, so that "more than 1,000 match" happens.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createEmbeddedDatabase, createServerDatabase, type TestDatabase } from "../testing/test-database";
import { applyMigrations } from "../db/migrations";
import { createPrismaClient } from "../db/prisma";
import { loadSyntheticCatalogue } from "../bench/synthetic-catalogue";
import { seedCatalogue } from "../../prisma/seed/seed";
import { EMPTY_MODEL_QUERY, type ModelQuery } from "../validation/catalogue";

let database: TestDatabase;
let search: typeof import("./search");
const q = (query: Partial<ModelQuery>): ModelQuery => ({ ...EMPTY_MODEL_QUERY, ...query });

beforeAll(async () => {
  database = inject("databaseKind") === "postgresql" ? await createServerDatabase(inject("serverUrl")) : await createEmbeddedDatabase();
  await applyMigrations(database.url);
  const seeding = createPrismaClient(database.url, 2);
  try {
    await seedCatalogue(seeding); // the licences the synthetic models use
  } finally {
    await seeding.$disconnect();
  }
  await loadSyntheticCatalogue(database.url, { models: 2_500 });
  process.env.DATABASE_URL = database.url;
  (globalThis as { prisma?: unknown }).prisma = undefined; // lib/db/client's singleton, if any
  search = await import("./search");
}, 300_000);

afterAll(async () => {
  const { db } = await import("../db/client");
  await db().$disconnect();
  await database?.dispose();
});

describe("a filtered list past the count limit", () => {
  const broad = { modality: ["text" as const] };

  it("says more than COUNT_LIMIT match, and its pages are the whole catalogue's order with the filter applied", async () => {
    // The reference: the unfiltered catalogue's order (read along the index, counted exactly),
    // filtered here in JavaScript.
    for (const sort of ["score", "name", "updated"] as const) {
      const everything = await search.searchModels(q({ sort }), { page: 1, pageSize: 400 });
      expect(everything.totalIsLowerBound).toBe(false);
      const expected = everything.items.filter((item) => item.modality === "text").map((item) => item.slug);
      expect(expected.length).toBeGreaterThan(60);

      const first = await search.searchModels(q({ ...broad, sort }), { page: 1, pageSize: 30 });
      expect(first.totalIsLowerBound).toBe(true);
      expect(first.total).toBe(search.COUNT_LIMIT);
      const second = await search.searchModels(q({ ...broad, sort }), { page: 2, pageSize: 30 });
      expect([...first.items, ...second.items].map((item) => item.slug)).toEqual(expected.slice(0, 60));

      const viaCursor = await search.searchModels(q({ ...broad, sort }), { cursor: first.nextCursor, pageSize: 30 });
      expect(viaCursor.items.map((item) => item.slug)).toEqual(second.items.map((item) => item.slug));
    }
  });

  it("a narrower filter on the same catalogue is counted exactly", async () => {
    const narrow = await search.searchModels(q({ ...broad, lang: ["fi"] }), { page: 1, pageSize: 10 });
    expect(narrow.totalIsLowerBound).toBe(false);
    expect(narrow.total).toBeGreaterThan(0);
    expect(narrow.total).toBeLessThanOrEqual(search.COUNT_LIMIT);
    expect(await search.countModels(q({ ...broad, lang: ["fi"] }))).toBe(narrow.total);
  });
});
