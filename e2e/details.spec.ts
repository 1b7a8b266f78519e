// The smaller defects a newcomer met: every page fits a 390 px phone; Swiss German and
// Serbo-Croatian are European; the French pillar chart's labels are whole; /organisations gives
// grades per organisation and sorts by openness, models and name; copying a badge snippet says so
// where one looks; the open data can be found outside the footer.
import { expect, test } from "@playwright/test";
import { ALL_MODELS, SEED_ORGANISATIONS } from "./support/seed-catalogue";
import { GRADES } from "../lib/openness";
import { inLocale, PUBLIC_PAGES } from "./support/pages";

for (const locale of ["en", "fr"] as const) {
  test(`every page fits a 390 px phone, without sideways scrolling (${locale})`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const wide: string[] = [];
    for (const path of PUBLIC_PAGES) {
      await page.goto(inLocale(path, locale));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) wide.push(`${path}: ${overflow} px`);
    }
    expect(wide).toEqual([]);
  });
}

test("Swiss German and Serbo-Croatian are rows of the European languages, not languages from elsewhere", async ({ page }) => {
  const used = new Set(ALL_MODELS.flatMap((model) => model.languages));
  for (const code of ["gsw", "hbs"]) expect(used.has(code), code).toBe(true);
  await page.goto("/languages");
  for (const code of ["gsw", "hbs", "sh"]) await expect(page.getByTestId("language-matrix").locator(`tr[data-language="${code}"]`), code).toHaveCount(1);
  await expect(page.getByTestId("language-matrix").locator('tr[data-language="hbs"] th')).toContainText("Serbo-Croatian");
  const others = page.getByTestId("language-others");
  if (await others.count()) {
    await expect(others).not.toContainText("Swiss German");
    await expect(others).not.toContainText("Serbo-Croatian");
  }
});

test("the French pillar chart gives each label whole, inside the picture", async ({ page }) => {
  await page.goto("/fr/insights");
  const labels = await page.getByTestId("pillar-chart").locator("text[data-label]").evaluateAll((texts) =>
    texts.map((text) => ({ label: text.getAttribute("data-label")!, shown: text.textContent!, left: (text as SVGTextElement).getBBox().x })),
  );
  expect(labels.length).toBeGreaterThanOrEqual(4);
  for (const { label, shown, left } of labels) {
    expect(shown.replace(/\s+/g, ""), label).toBe(label.replace(/\s+/g, ""));
    expect(left, label).toBeGreaterThanOrEqual(0);
  }
  expect(new Set(labels.map((l) => l.shown)).size).toBe(labels.length);
});

test("/organisations gives each organisation's models per grade, and sorts by openness, models and name", async ({ page }) => {
  const organisation = SEED_ORGANISATIONS.find((o) => o.slug === "silo-ai")!;
  const own = ALL_MODELS.filter((model) => model.organisations.includes(organisation.slug));
  await page.goto(`/organisations?q=${encodeURIComponent(organisation.name)}`);
  const item = page.locator(`[data-testid=organisation-item][data-slug="${organisation.slug}"]`);
  for (const grade of GRADES) {
    const count = own.filter((model) => model.grade === grade).length;
    const chip = item.locator(`[data-testid=grade-counts] [data-grade="${grade}"]`);
    if (count === 0) await expect(chip).toHaveCount(0);
    else await expect(chip).toHaveAttribute("data-count", String(count));
  }

  const scores = async () =>
    (await page.getByTestId("organisation-item").evaluateAll((items) =>
      items.map((li) => li.querySelector("[data-testid=mean-score]")?.textContent?.match(/(\d+)\/100/)?.[1] ?? null),
    )).map((score) => (score === null ? -1 : Number(score)));
  await page.goto("/organisations");
  await page.waitForLoadState("networkidle"); // hydrated: a choice applies through the form's script
  await page.getByRole("combobox", { name: "Sort by" }).selectOption("openness");
  await expect(page).toHaveURL(/sort=openness/);
  await expect.poll(async () => {
    const shown = await scores();
    return shown.length > 5 && shown.every((score, index) => index === 0 || shown[index - 1]! >= score);
  }).toBe(true);
  await page.getByRole("combobox", { name: "Sort by" }).selectOption("models");
  await expect(page).toHaveURL(/sort=models/);
  await expect.poll(async () => {
    const counts = (await page.getByTestId("organisation-item").allTextContents()).map((text) => Number(text.match(/(\d+) models?/)?.[1] ?? 0));
    return counts.length > 5 && counts.every((count, index) => index === 0 || counts[index - 1]! >= count);
  }).toBe(true);
  // the default order, by name, is left out of the address
  await page.getByRole("combobox", { name: "Sort by" }).selectOption("name");
  await expect(page).toHaveURL(/\/organisations$/);
  await page.goto("/fr/organisations?sort=openness");
  await expect(page.getByRole("combobox", { name: "Trier par" })).toHaveValue("openness");
});

test("copying a badge snippet says so on the button just used", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/models/lucie-7b");
  const panel = page.getByTestId("embed-panel");
  const button = panel.getByRole("button", { name: "Copy Markdown" });
  await button.scrollIntoViewIfNeeded();
  await button.click();
  const done = panel.locator("button[data-copied=true]");
  await expect(done).toHaveText("Copied Markdown");
  await expect(done).toBeInViewport();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^\[!\[Libre Atlas openness grade of Lucie-7B\]/);
  // and comes back, ready for another copy
  await expect(panel.getByRole("button", { name: "Copy Markdown" })).toBeVisible({ timeout: 5_000 });
});

test("the open data can be found from the home page and the models, not only in the footer", async ({ page }) => {
  for (const path of ["/", "/models", "/fr", "/fr/models"]) {
    await page.goto(path);
    const link = page.getByRole("main").locator('a[href$="/open-data"]');
    await expect(link.first(), path).toBeVisible();
  }
  await page.goto("/");
  await page.getByRole("main").locator('a[href$="/open-data"]').first().click();
  await expect(page).toHaveURL(/\/open-data$/);
});
