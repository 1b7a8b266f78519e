// Filtering on a phone: the results come first, with their count and the active filters; the
// filters open in a sheet that stays open while each change applies and closes on "Show N
// models". Every field applies the same way on every screen: a tick or a choice at once, a typed
// value when it is committed (Enter, or leaving the field); no field waits for a button.
import { expect, test, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { SEED_ORGANISATIONS } from "./support/seed-catalogue";

const LOCALES = {
  en: {
    prefix: "",
    filters: (n: number) => (n ? `Filters (${n})` : "Filters"),
    gradeB: "B · Open science",
    show: (n: number) => (n === 1 ? "Show 1 model" : `Show ${n} models`),
    count: (n: number) => (n === 1 ? "1 model matches" : `${n} models match`),
    chip: "Grade B · Open science",
    size: "Size and date",
    atMost: "At most (billions of parameters)",
    sizeChip: "≤ 10 B parameters",
  },
  fr: {
    prefix: "/fr",
    filters: (n: number) => (n ? `Filtres (${n})` : "Filtres"),
    gradeB: "B · Science ouverte",
    show: (n: number) => (n === 1 ? "Voir 1 modèle" : `Voir les ${n} modèles`),
    count: (n: number) => (n === 1 ? "1 modèle correspond" : `${n} modèles correspondent`),
    chip: "Note B · Science ouverte",
    size: "Taille et date",
    atMost: "Au plus (milliards de paramètres)",
    sizeChip: "≤ 10 Md de paramètres",
  },
} as const;

/** How many models the API finds for a query: the same search the list runs. */
async function apiTotal(page: Page, query: string): Promise<number> {
  const response = await page.request.get(`/api/v1/models?${query}&limit=1`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { total: number }).total;
}

const drawer = (page: Page) => page.getByTestId("filter-drawer");
const isOpen = (page: Page) => drawer(page).evaluate((element) => element.matches(":popover-open"));

for (const [locale, l] of Object.entries(LOCALES)) {
  test(`on a phone the results come first and the filters open in a sheet (${locale})`, async ({ page }) => {
    // what the catalogue holds now: other specs publish models too
    const gradeB = await apiTotal(page, "grade=B");
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${l.prefix}/models`);
    // results, their count and the filters button in the first screen; the filters out of the way
    await expect(page.getByTestId("result-count")).toBeInViewport();
    await expect(page.getByTestId("model-item").first()).toBeInViewport();
    await expect(drawer(page)).toBeHidden();
    const open = page.getByRole("button", { name: l.filters(0), exact: true });
    await expect(open).toBeInViewport();

    await open.click();
    await expect(drawer(page)).toBeVisible();
    await page.getByRole("checkbox", { name: l.gradeB }).check();
    await expect(page).toHaveURL(/grade=B/);
    // the sheet stays open, and its button says what the change did
    const show = page.getByTestId("filters-show");
    await expect(show).toHaveText(l.show(gradeB));
    await expect(page.getByTestId("result-count")).toHaveText(l.count(gradeB));
    expect(await isOpen(page)).toBe(true);
    await expect(page.getByRole("checkbox", { name: l.gradeB })).toBeChecked();

    // a typed value applies when committed, as a tick does
    await page.locator("summary", { hasText: l.size }).click();
    await page.getByLabel(l.atMost).fill("10");
    await page.getByLabel(l.atMost).press("Enter");
    await expect(page).toHaveURL(/paramsMax=10/);
    const small = await apiTotal(page, "grade=B&paramsMax=10");
    await expect(show).toHaveText(l.show(small));
    await expect(page.getByTestId("result-count")).toHaveText(l.count(small));
    expect(await isOpen(page)).toBe(true);

    await show.click();
    await expect(drawer(page)).toBeHidden();
    await expect(page.getByTestId("result-count")).toBeInViewport();
    const chips = page.getByTestId("active-filters");
    await expect(chips).toBeInViewport();
    await expect(chips).toContainText(l.chip);
    await expect(chips).toContainText(l.sizeChip);
    await expect(page.getByRole("button", { name: l.filters(2), exact: true })).toBeVisible();
    await expect(page.getByTestId("model-item").first()).toBeInViewport();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test("the sheet closes with Escape and its close button, and focus goes back to the filters button", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/models");
  const open = page.getByTestId("filters-open");
  await open.focus();
  await page.keyboard.press("Enter");
  await expect(drawer(page)).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(drawer(page)).toBeHidden();
  await expect(open).toBeFocused();
  await open.click();
  await page.getByTestId("filters-close").click();
  await expect(drawer(page)).toBeHidden();
  await expect(open).toBeFocused();
});

test("on a wide screen the filters sit beside the results, and a typed size applies on leaving the field", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto("/models");
  await expect(page.getByTestId("filters-open")).toBeHidden();
  await expect(page.getByRole("checkbox", { name: "B · Open science" })).toBeVisible();
  await expect(page.getByTestId("filters-show")).toBeHidden();
  await page.locator("summary", { hasText: "Size and date" }).click();
  await page.getByLabel("At least (billions of parameters)").fill("5");
  await page.getByLabel("At least (billions of parameters)").press("Tab");
  await expect(page).toHaveURL(/paramsMin=5/);
  await expect(page.getByTestId("result-count")).toHaveText(`${await apiTotal(page, "paramsMin=5")} models match`);
  // one update for Enter in the search box (it both commits the field and submits the form)
  await page.getByRole("searchbox", { name: "Search", exact: true }).fill("mistral");
  await page.getByRole("searchbox", { name: "Search", exact: true }).press("Enter");
  await expect(page).toHaveURL(/q=mistral/);
  await page.goBack();
  await expect(page).toHaveURL(/paramsMin=5/);
  await expect(page).not.toHaveURL(/q=mistral/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the sheet opens (an HTML popover) and its button submits the filters", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/models");
    await page.getByTestId("filters-open").click();
    await expect(drawer(page)).toBeVisible();
    await page.getByRole("checkbox", { name: "A · Truly open" }).check();
    await page.getByTestId("filters-show").click();
    await expect(page).toHaveURL(/\/models\?grade=A$/);
    await expect(drawer(page)).toBeHidden();
    await expect(page.getByTestId("active-filters")).toContainText("Grade A · Truly open");
  });
});

test("the organisations' filters use the same sheet on a phone", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/fr/organisations");
  await expect(page.getByTestId("organisation-list")).toBeInViewport();
  await page.getByRole("button", { name: "Filtres", exact: true }).click();
  await page.getByRole("checkbox", { name: "Laboratoire de recherche ou université" }).check();
  await expect(page).toHaveURL(/type=research/);
  // (other specs may publish research organisations in the same run: the page's own count)
  const research = Number((await page.getByTestId("result-count").textContent())!.match(/\d+/)![0]);
  expect(research).toBeGreaterThanOrEqual(SEED_ORGANISATIONS.filter((o) => o.type === "research").length);
  await expect(page.getByTestId("filters-show")).toHaveText(research === 1 ? "Voir 1 organisation" : `Voir les ${research} organisations`);
  await page.getByTestId("filters-show").click();
  await expect(drawer(page)).toBeHidden();
  await expect(page.getByTestId("result-count")).toBeInViewport();
});

for (const [locale, prefix] of [["en", ""], ["fr", "/fr"]] as const) {
  test(`axe finds no accessibility violation in the open sheet (${locale})`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${prefix}/models?grade=B`);
    await page.getByTestId("filters-open").click();
    const closed = page.locator("[data-testid=filter-drawer] details:not([open]) > summary");
    while ((await closed.count()) > 0) await closed.first().click();
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}
