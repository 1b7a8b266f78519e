import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import pg from "pg";
import { applyMigrations, diffMigrationsToSchema, SQL_ONLY_INDEXES } from "./migrations";
import { createEmbeddedDatabase, createServerDatabase, type TestDatabase } from "../testing/test-database";

async function tables(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
    );
    return rows.map((r) => r.table_name);
  } finally {
    await client.end();
  }
}

// The same migrations must build the same schema on PGlite and on PostgreSQL 15.
const engines: [string, () => Promise<TestDatabase>][] = [["embedded PGlite", createEmbeddedDatabase]];
const serverUrl = inject("serverUrl");
if (serverUrl) {
  engines.push(["PostgreSQL server", () => createServerDatabase(serverUrl)]);
}

describe.each(engines)("migrations on %s", (_name, create) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await create();
  });
  afterAll(async () => {
    await database?.dispose();
  });

  it("applies every migration on an empty database, then nothing the second time", async () => {
    const first = await applyMigrations(database.url);
    expect(first.length).toBeGreaterThan(0);
    expect(await tables(database.url)).toEqual(
      expect.arrayContaining(["Model", "Organisation", "Licence", "Assessment", "CriterionAnswer", "Submission", "AuditLog", "User", "_prisma_migrations"]),
    );
    expect(await applyMigrations(database.url)).toEqual([]);
  });

  it("records each migration in Prisma's own _prisma_migrations table", async () => {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const { rows } = await client.query("SELECT migration_name, finished_at, checksum FROM _prisma_migrations");
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        expect(row.finished_at).not.toBeNull();
        expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      }
    } finally {
      await client.end();
    }
  });

  it("builds the indexes the schema cannot declare (SQL_ONLY_INDEXES)", async () => {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ indexname: string }>("SELECT indexname FROM pg_indexes WHERE indexname = ANY($1)", [SQL_ONLY_INDEXES]);
      expect(rows.map((row) => row.indexname).sort()).toEqual([...SQL_ONLY_INDEXES].sort());
    } finally {
      await client.end();
    }
  });
});

describe("schema and migrations", () => {
  // and the diff leaves the SQL-only indexes alone (without SQL_ONLY_INDEXES it would drop them)
  it("agree: prisma/schema.prisma has no change that lacks a migration", async () => {
    expect(await diffMigrationsToSchema()).toBe("");
  });
});
