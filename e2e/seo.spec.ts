// What search engines and link previews read in each public page's <head>: one canonical URL, the
// page in every language and x-default, Open Graph and Twitter card tags whose image answers
// directly (no redirect), descriptions cut at a word, and schema.org data that names its page.
import { expect, test, type Page } from "@playwright/test";
import { PUBLIC_PAGES } from "../lib/server/public-pages";
import { readCatalogueFiles } from "../lib/catalogue-data/files";
import { LOCALES } from "../lib/i18n/routing";
import { ogLocale } from "../lib/seo/og-locale";
import { inLocale } from "./support/pages";

// a European model of the catalogue's files whose description is longer than a preview's
const MODEL = (() => {
  const entry = readCatalogueFiles().models.find((m) => m.scope === "europe" && m.payload.description.length > 220 && m.payload.paperUrl && m.payload.codeUrl)!;
  return { ...entry.payload, slug: entry.slug };
})();
const PAGES = [...PUBLIC_PAGES, `/models/${MODEL.slug}`, "/organisations/mistral-ai"];
const localised = inLocale;
/** URLs as a browser reads them: "https://host" and "https://host/" are one URL */
const normal = (url: string | null) => (url === null ? null : new URL(url).href);

async function head(page: Page) {
  const meta = async (key: string) => {
    const locator = page.locator(`head meta[property="${key}"], head meta[name="${key}"]`);
    return (await locator.count()) ? locator.first().getAttribute("content") : null;
  };
  const alternates = await page.locator('head link[rel="alternate"][hreflang]').evaluateAll((links) =>
    links.map((link) => [link.getAttribute("hreflang"), link.getAttribute("href")] as const),
  );
  return {
    canonical: (await page.locator('head link[rel="canonical"]').evaluateAll((links) => links.map((link) => link.getAttribute("href")))).map(normal),
    alternates: Object.fromEntries(alternates.map(([lang, href]) => [lang, normal(href)])),
    meta,
    jsonLd: await page.locator('script[type="application/ld+json"]').evaluateAll((scripts) => scripts.map((script) => JSON.parse(script.textContent ?? "null"))),
  };
}

test.describe("every public page's head", () => {
  for (const locale of LOCALES) {
    test(`has canonical, hreflang and x-default, Open Graph and Twitter tags (${locale})`, async ({ page, baseURL, request }) => {
      const images = new Set<string>();
      for (const path of PAGES) {
        const url = normal(`${baseURL}${localised(path, locale)}`)!;
        await page.goto(`${url}${path === "/models" ? "?grade=A&sort=name" : ""}`);
        const { canonical, alternates, meta } = await head(page);
        // the page itself, without its filters
        expect(canonical, path).toEqual([url]);
        expect(alternates, path).toEqual({
          ...Object.fromEntries(LOCALES.map((other) => [other, normal(`${baseURL}${localised(path, other)}`)])),
          "x-default": normal(`${baseURL}${path}`),
        });
        expect(normal(await meta("og:url")), path).toBe(url);
        expect(await meta("og:type"), path).toBe("website");
        expect(await meta("og:site_name"), path).toBe("Libre Atlas");
        expect(await meta("og:locale"), path).toBe(ogLocale(locale));
        expect(await page.locator('head meta[property="og:locale:alternate"]').evaluateAll((tags) => tags.map((tag) => tag.getAttribute("content"))), path).toEqual(
          LOCALES.filter((other) => other !== locale).map(ogLocale),
        );
        for (const key of ["og:title", "og:description", "og:image", "og:image:alt", "twitter:title", "twitter:description"]) {
          expect(await meta(key), `${path} ${key}`).toBeTruthy();
        }
        expect(await meta("twitter:card"), path).toBe("summary_large_image");
        expect(await meta("twitter:image"), path).toBe(await meta("og:image"));
        images.add((await meta("og:image"))!);
      }
      // each image answers at its own URL: no redirect, no stray "=" added on the way
      for (const image of images) {
        const response = await request.get(image, { maxRedirects: 0 });
        expect(response.status(), image).toBe(200);
        expect(response.headers()["content-type"], image).toBe("image/png");
        expect((await response.body()).subarray(1, 4).toString(), image).toBe("PNG");
      }
      // the model's and the organisation's own cards, and the site's for the rest
      expect([...images].map((image) => new URL(image).pathname).sort()).toEqual(
        [`/card/${locale}/models/${MODEL.slug}.png`, `/card/${locale}/organisations/mistral-ai.png`, `/card/${locale}/site.png`].sort(),
      );
    });
  }

  test("cuts a long description at a word, with an ellipsis", async ({ page }) => {
    await page.goto(`/models/${MODEL.slug}`);
    const { meta } = await head(page);
    const description = (await meta("og:description"))!;
    expect(description.length).toBeLessThanOrEqual(200);
    expect(description.endsWith("…")).toBe(true);
    const kept = description.slice(0, -1);
    expect(MODEL.description.startsWith(kept)).toBe(true);
    expect(MODEL.description[kept.length]).toMatch(/[\s,.;:]/);
    expect(await meta("description")).toBe(description);
  });

  test("gives a model and an organisation schema.org data that names its page", async ({ page, baseURL }) => {
    await page.goto(`/fr/models/${MODEL.slug}`);
    const [model] = (await head(page)).jsonLd;
    expect(model).toMatchObject({ "@type": "SoftwareApplication", url: `${baseURL}/fr/models/${MODEL.slug}`, "@id": `${baseURL}/fr/models/${MODEL.slug}#model` });
    expect(model).not.toHaveProperty("additionalProperty");
    if (MODEL.paperUrl) expect(model.citation.url).toBe(MODEL.paperUrl);
    if (MODEL.codeUrl) expect(model.hasPart.codeRepository).toBe(MODEL.codeUrl);
    expect([model.sameAs].flat()).not.toContain(MODEL.codeUrl);

    await page.goto("/fr/organisations/mistral-ai");
    const [organisation] = (await head(page)).jsonLd;
    expect(organisation).toMatchObject({ "@type": "Organization", "@id": `${baseURL}/fr/organisations/mistral-ai#organisation` });
    for (const same of [organisation.sameAs ?? []].flat()) expect(same).not.toMatch(/huggingface\.co\/[^/]+\/[^/]+/);
  });

  test("gives the open data page Dataset markup with its downloads and licence", async ({ page, baseURL, request }) => {
    await page.goto("/open-data");
    const [catalogue] = (await head(page)).jsonLd;
    expect(catalogue["@type"]).toBe("DataCatalog");
    expect(catalogue.dataset).toHaveLength(2);
    for (const dataset of catalogue.dataset) {
      expect(dataset.license).toBe("https://creativecommons.org/licenses/by/4.0/");
      for (const download of dataset.distribution) {
        expect(download.contentUrl.startsWith(`${baseURL}/api/v1/export/`)).toBe(true);
        expect((await request.head(download.contentUrl)).status(), download.contentUrl).toBe(200);
      }
    }
  });
});
