// A Playwright `test` whose pages are served by an app instance of its own, on a fresh database
// holding only the seed catalogue: for specs that check exact figures or "everything published and
// nothing else", which other specs (publishing submissions) would otherwise change under them.
import { test as base } from "@playwright/test";
import { createServerDatabase, type TestDatabase } from "../../lib/testing/test-database";
import { removeDir, startAtlas, tempDataDir, type AtlasServer } from "./server";

export const isolatedTest = base.extend<object, { seededOnlyApp: AtlasServer }>({
  seededOnlyApp: [
    async ({}, use) => {
      const dataDir = tempDataDir();
      let database: TestDatabase | undefined;
      if (process.env.DATABASE_URL) database = await createServerDatabase(process.env.DATABASE_URL);
      const server = await startAtlas({ dataDir, databaseUrl: database?.url });
      try {
        await use(server);
      } finally {
        await server.stop();
        await database?.dispose();
        removeDir(dataDir);
      }
    },
    { scope: "worker", timeout: 300_000 },
  ],
  baseURL: async ({ seededOnlyApp }, use) => use(seededOnlyApp.url),
});
