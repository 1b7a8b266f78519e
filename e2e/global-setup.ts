// One app for the whole e2e run, on this run's own fresh database: a new database on the server
// at DATABASE_URL (CI: PostgreSQL), or the embedded one in a temporary data directory.
import { createServerDatabase, type TestDatabase } from "../lib/testing/test-database";
import { startAtlas, tempDataDir, removeDir } from "./support/server";
import { chromiumPath } from "./support/chromium";

export default async function globalSetup() {
  chromiumPath(); // fail first, with the install hint, when there is no browser
  const dataDir = tempDataDir();
  let database: TestDatabase | undefined;
  if (process.env.DATABASE_URL) database = await createServerDatabase(process.env.DATABASE_URL);
  const server = await startAtlas({ dataDir, databaseUrl: database?.url, port: Number(process.env.E2E_PORT) });
  process.env.E2E_DATABASE = database ? "postgresql" : "embedded";
  return async () => {
    await server.stop();
    await database?.dispose();
    removeDir(dataDir);
  };
}
