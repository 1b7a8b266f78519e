// Badges, the public API, and the pages that present them, against the real production server.
import { expect, test } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { parseBadge } from "../lib/badges/svg-test-helpers";

test.describe("badges", () => {
  test("a model's badge is an accessible SVG with caching headers, and a 304 when the client has it", async ({ request }) => {
    // the first answer comes from the route (database), the next from memory: both must agree
    const first = await request.get("/badge/models/lucie-7b.svg");
    const second = await request.get("/badge/models/lucie-7b.svg");
    for (const response of [first, second]) {
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toBe("image/svg+xml; charset=utf-8");
      expect(response.headers()["cache-control"]).toMatch(/max-age=\d+, s-maxage=\d+, stale-while-revalidate=\d+/);
    }
    expect(await second.text()).toBe(await first.text());
    const etag = second.headers()["etag"]!;
    expect(etag).toBe(first.headers()["etag"]);
    const badge = parseBadge(await first.text());
    expect(badge.role).toBe("img");
    expect(badge.texts[0]).toBe("openness");
    expect(badge.texts[1]).toMatch(/^B · open science · \d+$/);
    expect(badge.ariaLabel).toBe(`openness: ${badge.texts[1]}`);

    const notModified = await request.get("/badge/models/lucie-7b.svg", { headers: { "if-none-match": etag } });
    expect(notModified.status()).toBe(304);
    expect(await notModified.body()).toHaveLength(0);
    const restyled = await request.get("/badge/models/lucie-7b.svg?style=for-the-badge&label=Libre%20Atlas", { headers: { "if-none-match": etag } });
    expect(restyled.status()).toBe(200);
    expect(parseBadge(await restyled.text()).texts[0]).toBe("LIBRE ATLAS");
  });

  test("an unknown slug gets a grey 'not found' badge with status 404, from memory too", async ({ request }) => {
    for (let i = 0; i < 2; i++) {
      const response = await request.get("/badge/organisations/no-such-organisation.svg");
      expect(response.status()).toBe(404);
      const badge = parseBadge(await response.text());
      expect(badge.texts).toEqual(["openness", "not found"]);
      expect(badge.fills[1]).toBe("#616161");
    }
  });

  test("shields.io's endpoint JSON says the same as the SVG", async ({ request }) => {
    const json = await (await request.get("/api/v1/badge/models/lucie-7b")).json();
    const svg = parseBadge(await (await request.get("/badge/models/lucie-7b.svg")).text());
    expect(json).toMatchObject({ schemaVersion: 1, label: "openness", message: svg.texts[1], isError: false });
  });
});

test.describe("validators through the production web server, which compresses", () => {
  test("ETags are weak, the same for the gzip and the plain answer, and If-None-Match: * gets a 304", async ({ request }) => {
    for (const path of ["/api/v1/models/lucie-7b", "/badge/models/lucie-7b.svg", "/api/v1/badge/models/lucie-7b?v=2", "/api/v1/export/models.csv", "/feed.xml", "/sitemap.xml"]) {
      const gzip = await request.get(path, { headers: { "accept-encoding": "gzip" } });
      const plain = await request.get(path, { headers: { "accept-encoding": "identity" } });
      expect(gzip.status(), path).toBe(200);
      expect(gzip.headers()["etag"], path).toMatch(/^W\/"/);
      expect(plain.headers()["etag"], path).toBe(gzip.headers()["etag"]);
      expect(plain.headers()["content-encoding"], path).toBeUndefined();
      if (path !== "/badge/models/lucie-7b.svg") expect(gzip.headers()["content-encoding"], path).toBe("gzip");
      expect((await request.get(path, { headers: { "if-none-match": "*" } })).status(), path).toBe(304);
      expect((await request.get(path, { headers: { "if-none-match": gzip.headers()["etag"]! } })).status(), path).toBe(304);
    }
  });
});

test.describe("the public API", () => {
  test("serves its OpenAPI document and answers across origins", async ({ request }) => {
    const response = await request.get("/api/v1/openapi.json");
    expect(response.status()).toBe(200);
    expect(response.headers()["access-control-allow-origin"]).toBe("*");
    const document = await response.json();
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths)).toContain("/api/v1/models/{slug}");
    const preflight = await request.fetch("/api/v1/stats", { method: "OPTIONS", headers: { origin: "https://elsewhere.example", "access-control-request-method": "GET" } });
    expect(preflight.status()).toBe(204);
    expect(preflight.headers()["access-control-allow-methods"]).toContain("GET");
  });

  test("refuses an unknown parameter with a JSON error naming it", async ({ request }) => {
    const response = await request.get("/api/v1/organisations?country=FR&colour=red");
    expect(response.status()).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: "UNKNOWN_PARAMETER", details: [{ field: "colour" }] } });
  });

  test("lists models with the /models page's parameters, page after page by cursor", async ({ request }) => {
    const first = await request.get("/api/v1/models?lang=fr&sort=name&limit=1");
    expect(first.status()).toBe(200);
    const body = await first.json();
    expect(body.data).toHaveLength(1);
    expect(body.data[0].languages).toContain("fr");
    const next = await (await request.get(`/api/v1/models?lang=fr&sort=name&limit=1&cursor=${body.page.nextCursor}`)).json();
    expect(next.data[0].languages).toContain("fr");
    expect(next.data[0].slug).not.toBe(body.data[0].slug);
    const bad = await request.get("/api/v1/models?grade=Z");
    expect(bad.status()).toBe(400);
    expect((await bad.json()).error.details[0].field).toBe("grade");
  });

  test("exports as many rows as the catalogue has, then limits a greedy client with Retry-After", async ({ request }) => {
    const stats = await (await request.get("/api/v1/stats")).json();
    const csv = await request.get("/api/v1/export/models.csv");
    expect(csv.headers()["x-licence"]).toBe("CC-BY-4.0");
    // the open data holds every published model, reference ones included (a column says which)
    expect((await csv.text()).trimEnd().split(/\r?\n/)).toHaveLength(stats.models.published + stats.models.reference + 1);
    let limited;
    for (let i = 0; i < 30 && !limited; i++) {
      const response = await request.head("/api/v1/export/organisations.json");
      expect(response.headers()["ratelimit"]).toMatch(/^limit=\d+, remaining=\d+, reset=\d+$/);
      if (response.status() === 429) limited = response;
    }
    expect(limited, "the export limit was never reached").toBeDefined();
    expect(Number(limited!.headers()["retry-after"])).toBeGreaterThan(0);
  });
});

test.describe("the API and open data pages", () => {
  test("the API page lists the endpoints and offers a working embed panel", async ({ page, context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
    await page.goto("/api");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Public API");
    await expect(page.getByText("/api/v1/organisations/{slug}", { exact: true })).toBeVisible();
    // a parameter with another meaning on one endpoint gets that endpoint's own words
    await expect(page.locator("#listModels").getByText(/models that support every one of them/)).toBeVisible();
    const panel = page.getByTestId("embed-panel");
    const preview = panel.getByTestId("embed-preview");
    await expect(preview).toHaveJSProperty("complete", true);
    expect(await preview.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(50);
    const markdown = panel.getByLabel("Markdown snippet");
    await expect(markdown).toHaveValue(/^\[!\[Libre Atlas openness grade of .+\]\(http.+\/badge\/models\/.+\.svg\)\]\(http.+\/models\/.+\)$/);

    await panel.getByLabel("Badge style").selectOption("for-the-badge");
    await expect(preview).toHaveAttribute("src", /\?style=for-the-badge$/);
    await expect(panel.getByLabel("HTML snippet")).toHaveValue(/style=for-the-badge/);

    await panel.getByRole("button", { name: "Copy AsciiDoc" }).click();
    await expect(panel.getByRole("status")).toHaveText("AsciiDoc snippet copied.");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^image:http.+style=for-the-badge\["Libre Atlas openness grade of .+",link="http.+"\]$/);
  });

  test("both pages speak French", async ({ page }) => {
    await page.goto("/fr/api");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("API publique");
    await expect(page.getByTestId("embed-panel").getByRole("heading")).toHaveText("Intégrer");
    await page.goto("/fr/open-data");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Données ouvertes");
    await expect(page.getByRole("link", { name: "Modèles en CSV" })).toHaveAttribute("href", "/api/v1/export/models.csv");
  });

  test("the open data page states the licence and the attribution", async ({ page }) => {
    await page.goto("/open-data");
    await expect(page.getByRole("link", { name: "Read the licence" })).toHaveAttribute("href", "https://creativecommons.org/licenses/by/4.0/");
    await expect(page.getByTestId("attribution")).toContainText("licensed under CC BY 4.0");
    for (const name of ["Models as CSV", "Models as JSON", "Organisations as CSV", "Organisations as JSON"]) {
      await expect(page.getByRole("link", { name })).toBeVisible();
    }
  });

  test("a page path with a dot, like a model's slug, still gets the localised routing", async ({ page }) => {
    const response = await page.goto("/fr/models/no-such-model-1.5");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page introuvable");
  });

  for (const path of ["/api", "/fr/api", "/open-data", "/fr/open-data"]) {
    test(`axe finds no accessibility violation on ${path}`, async ({ page }) => {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    });
  }
});
