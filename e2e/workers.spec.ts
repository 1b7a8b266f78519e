// The app as several web server workers (WEB_CONCURRENCY, lib/server/workers.ts), on the e2e run's
// database: both workers serve the site, and the API counts a client's requests once, whichever
// worker answers. Every request opens its own connection, which the primary hands to the workers
// in turn (lib/server/workers.int.test.ts shows the turns and the replacement of a worker that
// dies); the workers count in the database, as separate instances do (e2e/scale-out.spec.ts).
import { expect, test } from "@playwright/test";
import { getOnNewConnection, removeDir, startAtlas, tempDataDir, type AtlasServer } from "./support/server";

test.describe.configure({ timeout: 180_000 });

test("two web server workers serve the site and count an API client once", async () => {
  const dataDir = tempDataDir();
  let app: AtlasServer | undefined;
  try {
    app = await startAtlas({ dataDir, databaseUrl: process.env.E2E_DATABASE_URL, env: { WEB_CONCURRENCY: "2" } });
    expect(app.output()).toContain("2 web server workers");
    const client = { "x-forwarded-for": "198.51.100.77" };
    const remaining: number[] = [];
    for (let i = 0; i < 8; i++) {
      const answer = await getOnNewConnection(`${app.url}/api/v1/models?limit=1`, client);
      expect(answer.status).toBe(200);
      remaining.push(Number(/remaining=(\d+)/.exec(String(answer.headers.ratelimit))?.[1]));
    }
    const first = remaining[0]!;
    expect(remaining).toEqual(remaining.map((_, i) => first - i));
    for (let i = 0; i < 4; i++) {
      const page = await getOnNewConnection(`${app.url}/models?q=lucie`, {});
      expect(page.status).toBe(200);
      expect(page.body).toContain("Lucie-7B");
    }
  } finally {
    expect(await app?.stop()).toBe(0);
    removeDir(dataDir);
  }
});
