// Every language of LOCALES, on the main public pages: the page is in that language (lang, no English
// left where the catalogue has words for it), and axe finds no violation. LOCALES is the one list:
// a language added there is walked here too.
import { expect, test, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { LOCALES, routing } from "../lib/i18n/routing";
import { apiModels, inLocale } from "./support/pages";
import { englishLeftovers } from "./support/english-leftovers";

const MAIN_PAGES = ["/", "/models", "/models/lucie-7b", "/organisations/silo-ai", "/languages", "/methodology"] as const;
// where no English may be left but names and licences: the list and a model's page
const CHECKED_FOR_ENGLISH = new Set<string>(["/models", "/models/lucie-7b"]);

/** The page's visible text, without what is meant to be in another language (the languages' own names). */
async function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const pageLanguage = document.documentElement.lang;
    const hidden = [...document.querySelectorAll<HTMLElement>("[lang]")].filter((element) => element !== document.documentElement && element.lang !== pageLanguage);
    for (const element of hidden) element.style.setProperty("display", "none");
    const text = document.body.innerText;
    for (const element of hidden) element.style.removeProperty("display");
    return text;
  });
}

/**
 * Names and descriptions of the models published now, as the API gives them: other specs publish
 * models beyond the catalogue's files, and their data is written in English as the files' is.
 */
async function publishedData(page: Page): Promise<string[]> {
  // a list item gives its description's start (`summary`), as the list shows it
  const models = await apiModels<{ name: string; summary: string }>((path) => page.request.get(path).then((r) => r.json()), "scope=all");
  return models.flatMap((model) => [model.name, model.summary]);
}

test("the English check finds English: an English page read as French has leftovers", async ({ page }) => {
  await page.goto("/models/lucie-7b");
  const leftovers = englishLeftovers(await visibleText(page), "fr");
  expect(leftovers.phrases.length, "phrases").toBeGreaterThan(5);
  expect(leftovers.words.length, "words").toBeGreaterThan(5);
});

for (const locale of LOCALES) {
  test.describe(`in ${locale}`, () => {
    for (const path of MAIN_PAGES) {
      test(`${inLocale(path, locale)} is in ${locale} and axe finds no violation`, async ({ page }) => {
        const response = await page.goto(inLocale(path, locale));
        expect(response?.status()).toBe(200);
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        if (locale !== routing.defaultLocale && CHECKED_FOR_ENGLISH.has(path)) {
          expect(englishLeftovers(await visibleText(page), locale, await publishedData(page))).toEqual({ phrases: [], words: [] });
        }
        const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
      });
    }
  });
}
