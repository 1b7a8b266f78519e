// A change to the catalogue shows on the pages kept in memory at once: the /models total and the
// home page's figures, within 3 s and still after 40 s. The total was kept 30 s by a cache no
// change cleared, and a page rendered in that window was then kept until the next change.
import { expect } from "@playwright/test";
import pg from "pg";
import { isolatedTest as test } from "./support/isolated";

test.describe.configure({ timeout: 180_000 });

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
const figures = async (base: string, request: import("@playwright/test").APIRequestContext) => ({
  models: Number(/(\d+) models match/.exec(text(await (await request.get(`${base}/models`)).text()))?.[1]),
  home: Number(/(\d+) models\b/.exec(text(await (await request.get(`${base}/`)).text()))?.[1]),
});

test("the /models total and the home page's figures follow a change within 3 s, and after 40 s", async ({ seededOnlyApp, request }) => {
  const base = seededOnlyApp.url;
  // kept in memory, with the total read once
  for (let i = 0; i < 3; i++) await figures(base, request);
  const before = await figures(base, request);
  expect(before.models).toBeGreaterThan(1);
  expect(before.home).toBeGreaterThan(1);

  const sql = new pg.Client({ connectionString: seededOnlyApp.databaseUrl });
  await sql.connect();
  try {
    // a European model of no family: one fewer in the list (families shown once) and in the figures
    await sql.query(`UPDATE "Model" SET "status" = 'archived' WHERE "slug" = (SELECT "slug" FROM "Model" WHERE "status" = 'published' AND "scope" = 'europe' AND "familySlug" IS NULL ORDER BY "slug" LIMIT 1)`);
  } finally {
    await sql.end();
  }
  const after = { models: before.models - 1, home: before.home - 1 };
  await expect.poll(() => figures(base, request), { timeout: 3_000, intervals: [250] }).toEqual(after);
  // past the 30 s the total was kept for: still right, not a page rendered in between
  await new Promise((resolve) => setTimeout(resolve, 40_000));
  expect(await figures(base, request)).toEqual(after);
});
