// A fresh database for one test run: a new database on the server at DATABASE_URL when given,
// else an embedded one in a temporary directory. dispose() leaves nothing behind.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { startEmbeddedDatabase } from "../db/embedded";
import { withDatabaseName } from "../db/database-url";
import { applyMigrations } from "../db/migrations";

export type TestDatabase = { url: string; kind: "postgresql" | "embedded"; dispose: () => Promise<void> };

export async function createServerDatabase(serverUrl: string): Promise<TestDatabase> {
  const name = `atlas_test_${Date.now()}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  return {
    url: withDatabaseName(serverUrl, name),
    kind: "postgresql",
    dispose: async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

export async function createEmbeddedDatabase(): Promise<TestDatabase> {
  const dir = mkdtempSync(path.join(tmpdir(), "atlas-test-db-"));
  const embedded = await startEmbeddedDatabase({ dataDir: dir });
  return {
    url: embedded.url,
    kind: "embedded",
    dispose: async () => {
      await embedded.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The database this test run works on, migrated. */
export async function createTestDatabase(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  const database = serverUrl ? await createServerDatabase(serverUrl) : await createEmbeddedDatabase();
  if (options.migrate !== false) await applyMigrations(database.url);
  return database;
}
