// The site's static files live in public/ (the design's top level): the icon, the touch icon and
// the default social card, one per language, each declared by the pages and served as it is.
import { expect, test, type APIRequestContext } from "@playwright/test";

/** A PNG's width and height, from its IHDR chunk. */
async function pngSize(request: APIRequestContext, url: string) {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  expect(response.headers()["content-type"], url).toBe("image/png");
  const body = await response.body();
  expect(body.subarray(1, 4).toString("latin1"), url).toBe("PNG");
  return { width: body.readUInt32BE(16), height: body.readUInt32BE(20) };
}

for (const locale of ["en", "fr"] as const) {
  test(`pages declare the icons and the default social card of public/ (${locale})`, async ({ page, request }) => {
    await page.goto(locale === "en" ? "/" : "/fr");
    const icon = page.locator('link[rel="icon"]');
    await expect(icon).toHaveAttribute("href", "/icon.svg");
    const svg = await request.get("/icon.svg");
    expect(svg.status()).toBe(200);
    expect(svg.headers()["content-type"]).toContain("image/svg+xml");
    expect(await pngSize(request, (await page.locator('link[rel="apple-touch-icon"]').getAttribute("href"))!)).toEqual({ width: 180, height: 180 });

    const card = new URL((await page.locator('meta[property="og:image"]').first().getAttribute("content"))!);
    expect(card.pathname).toBe(`/social/${locale}.png`);
    expect(await pngSize(request, card.pathname)).toEqual({ width: 1200, height: 630 });
    await expect(page.locator('meta[property="og:image:alt"]').first()).toHaveAttribute("content", locale === "en" ? /directory of Europe’s open-source AI/ : /annuaire de l’IA open source/);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
  });
}

test("a model's page keeps its own card, not the default one", async ({ page }) => {
  await page.goto("/models/lucie-7b");
  const card = (await page.locator('meta[property="og:image"]').first().getAttribute("content"))!;
  expect(card).toContain("/models/lucie-7b/opengraph-image");
  expect(card).not.toContain("/social/");
});
