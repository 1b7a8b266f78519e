// Browsing the catalogue as a reader does: search, filter, open a model, compare, in both
// languages; the same without JavaScript; bad addresses; accessibility and phone layout.
// Expected counts come from the seed catalogue and the real scorer (support/seed-catalogue.ts).
import { expect, test, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { GRADED_SEED_MODELS, LISTED_MODELS, SEED_MODELS, SEED_ORGANISATIONS, seedCount } from "./support/seed-catalogue";

const LOCALES = {
  en: {
    prefix: "",
    searchLabel: "Search the catalogue",
    searchButton: "Search",
    count: (n: number) => (n === 0 ? "No model matches" : n === 1 ? "1 model matches" : `${n} models match`),
    gradeB: "B · Open science",
    languages: "Languages",
    french: "French (fr)",
    clearAll: "Clear all filters",
    compare: "Compare the selected models",
    compareOne: (name: string) => `Compare ${name}`,
    scorecard: "Openness scorecard",
    differs: "(differs)",
  },
  fr: {
    prefix: "/fr",
    searchLabel: "Chercher dans le catalogue",
    searchButton: "Chercher",
    count: (n: number) => (n === 0 ? "Aucun modèle ne correspond" : n === 1 ? "1 modèle correspond" : `${n} modèles correspondent`),
    gradeB: "B · Science ouverte",
    languages: "Langues",
    french: "Français (fr)",
    clearAll: "Retirer tous les filtres",
    compare: "Comparer les modèles cochés",
    compareOne: (name: string) => `Comparer ${name}`,
    scorecard: "Fiche d’ouverture",
    differs: "(diffère)",
  },
} as const;

const resultCount = (page: Page) => page.getByTestId("result-count");
const gradeB = seedCount((m) => m.grade === "B");
const gradeBFrench = seedCount((m) => m.grade === "B" && m.languages.includes("fr"));

for (const [locale, l] of Object.entries(LOCALES)) {
  test(`search, filter, open and compare (${locale})`, async ({ page }) => {
    expect(gradeBFrench).toBeGreaterThan(1);
    expect(gradeBFrench).toBeLessThan(gradeB);

    await page.goto(`${l.prefix}/`);
    await page.getByRole("searchbox", { name: l.searchLabel }).fill("Lucie");
    await page.getByRole("button", { name: l.searchButton, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${l.prefix}/models\\?q=Lucie$`));
    await expect(page.getByRole("link", { name: "Lucie-7B", exact: true })).toBeVisible();

    await page.getByRole("link", { name: l.clearAll }).first().click();
    await expect(page).toHaveURL(new RegExp(`${l.prefix}/models$`));
    await expect(resultCount(page)).toHaveText(l.count(LISTED_MODELS));

    // A tick applies at once and lands in the URL.
    await page.getByRole("checkbox", { name: l.gradeB }).check();
    await expect(page).toHaveURL(/[?&]grade=B(&|$)/);
    await expect(resultCount(page)).toHaveText(l.count(gradeB));
    await page.locator("summary", { hasText: l.languages }).click();
    await page.getByRole("checkbox", { name: l.french }).check();
    await expect(page).toHaveURL(/grade=B/);
    await expect(page).toHaveURL(/lang=fr/);
    await expect(resultCount(page)).toHaveText(l.count(gradeBFrench));

    // Back replays the previous state, form included.
    await page.goBack();
    await expect(page).not.toHaveURL(/lang=fr/);
    await expect(resultCount(page)).toHaveText(l.count(gradeB));
    await expect(page.getByRole("checkbox", { name: l.gradeB })).toBeChecked();
    await page.goForward();
    await expect(resultCount(page)).toHaveText(l.count(gradeBFrench));

    // Open the first result: its scorecard says grade B.
    const items = page.getByTestId("model-item");
    await expect(items).toHaveCount(Math.min(20, gradeBFrench));
    const first = items.first().getByRole("heading").getByRole("link");
    const firstName = (await first.textContent())!;
    await first.click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(firstName);
    await expect(page.getByRole("heading", { name: l.scorecard })).toBeVisible();
    await expect(page.getByTestId("scorecard-grade")).toContainText("B");
    await page.goBack();
    await expect(resultCount(page)).toHaveText(l.count(gradeBFrench));

    // Compare two of them.
    const names = await items.getByRole("heading").allTextContents();
    for (const name of names.slice(0, 2)) await page.getByRole("checkbox", { name: l.compareOne(name) }).check();
    await page.getByRole("button", { name: l.compare }).click();
    await expect(page).toHaveURL(new RegExp(`${l.prefix}/compare\\?models=[^&]+,[^&]+$`));
    const table = page.getByTestId("compare-table");
    await expect(table.getByRole("columnheader")).toHaveCount(3);
    for (const name of names.slice(0, 2)) await expect(table.getByRole("link", { name, exact: true })).toBeVisible();
    // both are grade B, so the grade row is not highlighted; something else differs
    await expect(table.locator('tr[data-row="grade"]')).not.toHaveAttribute("data-differs", "true");
    await expect(table.locator('tr[data-differs="true"]').first()).toContainText(l.differs);
  });
}

test("the filters work from the keyboard and keep focus where it was", async ({ page }) => {
  await page.goto("/models");
  const search = page.getByRole("searchbox", { name: "Search", exact: true });
  await search.focus();
  await page.keyboard.type("mistral");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/q=mistral/);
  const chips = page.getByRole("list", { name: "Active filters" });
  await expect(chips).toContainText("“mistral”");
  const gradeC = page.getByRole("checkbox", { name: "C · Open weights" });
  await gradeC.focus();
  await page.keyboard.press("Space");
  await expect(page).toHaveURL(/grade=C/);
  await expect(chips).toContainText("Grade C · Open weights");
  await expect(page.getByRole("checkbox", { name: "C · Open weights" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "C · Open weights" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("checkbox", { name: "D · Restricted" })).toBeFocused();
  // the sort choice too; every result is still a grade C match for "mistral"
  await page.getByRole("combobox", { name: "Sort by" }).selectOption("name");
  await expect(page).toHaveURL(/sort=name/);
  await expect(page).toHaveURL(/q=mistral/);
  await expect
    .poll(async () => {
      const shown = await page.getByTestId("model-item").getByRole("heading").allTextContents();
      return shown.length > 1 && shown.join("|") === [...shown].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base" })).join("|");
    })
    .toBe(true);
  for (const item of await page.getByTestId("model-item").all()) await expect(item).toContainText("Open weights");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the filter form submits, and the address is folded into the shareable one", async ({ page }) => {
    await page.goto("/models");
    await page.getByRole("checkbox", { name: "A · Truly open" }).check();
    await page.getByRole("checkbox", { name: "B · Open science" }).check();
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/\/models\?grade=A,B$/);
    await expect(resultCount(page)).toHaveText(LOCALES.en.count(seedCount((m) => m.grade === "A" || m.grade === "B")));
    await expect(page.getByRole("checkbox", { name: "B · Open science" })).toBeChecked();
  });

  test("pages and the comparison work from plain links and forms", async ({ page }) => {
    await page.goto("/models?sort=name");
    const names = (await page.getByTestId("model-item").getByRole("heading").allTextContents()).slice(0, 3);
    for (const name of names) await page.getByRole("checkbox", { name: `Compare ${name}` }).check();
    await page.getByRole("button", { name: "Compare the selected models" }).click();
    await expect(page).toHaveURL(/\/compare\?models=[^&]+,[^&]+,[^&]+$/);
    await expect(page.getByTestId("compare-table").getByRole("columnheader")).toHaveCount(4);
    await page.goto("/models?sort=name");
    await page.getByRole("link", { name: "Page 2" }).click();
    await expect(page).toHaveURL(/sort=name&page=2|page=2&sort=name/);
    await expect(page.getByTestId("model-item")).toHaveCount(Math.min(20, LISTED_MODELS - 20));
  });
});

test("a bad address gives the page with a clear message, never a 500", async ({ page }) => {
  const response = await page.goto("/models?grade=Z,A&page=0&paramsMin=abc&lang=xx&sort=best&country=FRA&use=maybe");
  expect(response?.status()).toBe(200);
  const alert = page.getByTestId("query-errors");
  await expect(alert).toContainText("ignored");
  for (const field of ["Grade", "Page", "Minimum size", "Languages", "Sort", "Country", "Unrestricted use"]) await expect(alert).toContainText(field);
  await expect(resultCount(page)).toHaveText(LOCALES.en.count(LISTED_MODELS));

  for (const q of ["'; DROP TABLE \"Model\"; --", "%_\\", "a & b | !c :*"]) {
    const injected = await page.goto(`/models?q=${encodeURIComponent(q)}`);
    expect(injected?.status(), q).toBe(200);
  }
  expect((await page.goto("/models/no-such-model"))?.status()).toBe(404);
  expect((await page.goto("/models/%27%22%3C"))?.status()).toBe(404);
  expect((await page.goto("/organisations?type=castle&sme=maybe"))?.status()).toBe(200);
  await expect(page.getByTestId("query-errors")).toContainText("Type of organisation");

  const french = await page.goto("/fr/models?yearMin=2025&yearMax=2020");
  expect(french?.status()).toBe(200);
  await expect(page.getByTestId("query-errors")).toContainText("Première année");
});

test("an empty result says why and how to widen the search", async ({ page }) => {
  const gradeA = seedCount((m) => m.grade === "A");
  await page.goto("/models?grade=A&country=IS");
  const empty = page.getByTestId("empty-result");
  await expect(resultCount(page)).toHaveText("No model matches");
  await expect(empty).toContainText("Grade A · Truly open");
  await expect(empty).toContainText("Iceland");
  if (gradeA > 0) {
    await empty.getByRole("link", { name: `Without Iceland: ${gradeA} model${gradeA === 1 ? "" : "s"}` }).click();
    await expect(page).toHaveURL(/\/models\?grade=A$/);
    await expect(resultCount(page)).toHaveText(LOCALES.en.count(gradeA));
  }
});

test("the home page shows the catalogue's figures and its latest additions", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByTestId("figure-models")).toHaveText(String(SEED_MODELS.length));
  await expect(page.getByTestId("figure-organisations")).toHaveText(String(SEED_ORGANISATIONS.length));
  const countries = new Set(SEED_ORGANISATIONS.map((o) => o.country).filter((c) => c !== "EU"));
  await expect(page.getByTestId("figure-countries")).toHaveText(String(countries.size));
  await expect(page.getByTestId("figure-trulyOpen")).toHaveText(String(seedCount((m) => m.grade === "A")));
  await expect(page.getByTestId("model-item")).toHaveCount(6);
  await page.getByRole("link", { name: "Models that speak French" }).click();
  await expect(resultCount(page)).toHaveText(LOCALES.en.count(seedCount((m) => m.languages.includes("fr"))));
});

test("a model page shows its scorecard, licence, languages, history, edit link and structured data", async ({ page }) => {
  const lucie = GRADED_SEED_MODELS.find((m) => m.slug === "lucie-7b")!;
  await page.goto("/models/lucie-7b");
  await expect(page.getByTestId("scorecard-grade")).toContainText(`Grade ${lucie.grade}`);
  await expect(page.getByTestId("scorecard-score")).toHaveText(`${Math.round(lucie.score)}/100`);
  await expect(page.getByTestId("criterion-use")).toContainText("Open");
  await expect(page.getByTestId("criterion-use").getByRole("link", { name: /Evidence/ })).toHaveAttribute("href", lucie.answers.use.evidenceUrl!);
  await expect(page.getByTestId("weights-licence")).toHaveText("Apache License 2.0");
  await expect(page.getByTestId("languages").getByRole("listitem")).toHaveCount(lucie.languages.length);
  await expect(page.getByRole("heading", { name: "Assessment history" })).toBeVisible();
  await expect(page.getByTestId("suggest-edit")).toHaveAttribute("href", "/submit/edit/model/lucie-7b");
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(jsonLd).toMatchObject({ "@type": "SoftwareApplication", name: "Lucie-7B" });
  await page.goto("/fr/models/lucie-7b");
  await expect(page.getByTestId("suggest-edit")).toHaveAttribute("href", "/fr/submit/edit/model/lucie-7b");
});

test("organisations: the list filters, the page shows its models and score", async ({ page }) => {
  await page.goto("/organisations?country=FR");
  await expect(page.getByTestId("result-count")).toHaveText(`${SEED_ORGANISATIONS.filter((o) => o.country === "FR").length} organisations`);
  await page.getByRole("link", { name: "Mistral AI", exact: true }).click();
  await expect(page).toHaveURL(/\/organisations\/mistral-ai$/);
  const own = GRADED_SEED_MODELS.filter((m) => m.organisations.includes("mistral-ai"));
  await expect(page.getByTestId("model-item")).toHaveCount(Math.min(own.length, 20));
  const mean = own.reduce((sum, m) => sum + m.score, 0) / own.length;
  await expect(page.getByTestId("organisation-score")).toHaveText(`${Math.round(mean)}/100`);
  await page.getByRole("link", { name: `See all ${own.length} models in the catalogue` }).click();
  await expect(page).toHaveURL(/\/models\?org=mistral-ai$/);
  await expect(resultCount(page)).toHaveText(LOCALES.en.count(own.length));
});

test("pages fit a phone screen", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  for (const path of ["/models", "/models/lucie-7b", "/organisations/mistral-ai", "/fr/models?grade=B"]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

for (const path of [
  "/models",
  "/fr/models?grade=B,C&lang=fr",
  "/models?grade=A&country=IS",
  "/models/lucie-7b",
  "/fr/models/bloom",
  "/compare?models=lucie-7b,mistral-7b,bloom",
  "/organisations",
  "/fr/organisations/mistral-ai",
]) {
  test(`axe finds no accessibility violation on ${path}`, async ({ page }) => {
    await page.goto(path);
    // open every filter group, so the hidden controls are checked too
    const closed = page.locator("details:not([open]) > summary");
    while ((await closed.count()) > 0) await closed.first().click();
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}
