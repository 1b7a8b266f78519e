// The overview a reader scans: /models?view=table, every model of the page against every criterion,
// with the list's filters, sort and pages; its header and names stay in view; each cell links to
// the evidence. The same table on an organisation's page. Desktop and phone, English and French.
import { expect, test, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { CRITERIA } from "../lib/openness";
import { ALL_MODELS, GRADED_SEED_MODELS, SEED_ORGANISATIONS, seedCount } from "./support/seed-catalogue";

const LOCALES = {
  en: { prefix: "", table: "Table", list: "List", gradeB: "B · Open science", sortBy: "Sort by", open: "Open", evidence: "See the evidence", page2: "Page 2" },
  fr: { prefix: "/fr", table: "Tableau", list: "Liste", gradeB: "B · Science ouverte", sortBy: "Trier par", open: "Ouvert", evidence: "Voir la preuve", page2: "Page 2" },
} as const;

const rows = (page: Page) => page.getByTestId("model-row");

async function noSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

for (const [locale, l] of Object.entries(LOCALES)) {
  for (const width of [1366, 390]) {
    test(`the table view: every criterion, the list's filters, sort and pages (${locale}, ${width} px)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${l.prefix}/models?sort=name`);
      await page.getByTestId("view-switch").getByRole("link", { name: l.table }).click();
      await expect(page).toHaveURL(/view=table/);
      await expect(page).toHaveURL(/sort=name/);
      const table = page.getByTestId("model-table");
      await expect(table).toBeVisible();
      // one column per criterion, after the model and its grade
      await expect(table.locator("thead tr").last().getByRole("columnheader")).toHaveCount(2 + CRITERIA.length);
      await expect(rows(page)).toHaveCount(20);
      await noSidewaysScroll(page);

      // each cell is the model's answer, linked to its evidence (or to its scorecard row)
      const lucie = GRADED_SEED_MODELS.find((m) => m.slug === "lucie-7b")!;
      await page.goto(`${l.prefix}/models?view=table&q=Lucie`);
      const row = rows(page).filter({ has: page.getByRole("link", { name: "Lucie-7B", exact: true }) });
      for (const criterion of CRITERIA) {
        const cell = row.locator(`td[data-criterion=${criterion.key}]`);
        const expected = lucie.answers[criterion.key];
        await expect(cell, criterion.key).toHaveAttribute("data-answer", expected.grade);
        await expect(cell.locator(`svg[data-answer=${expected.grade}]`)).toBeVisible();
        const href = expected.evidenceUrl ?? `${l.prefix}/models/lucie-7b#criterion-${criterion.key}`;
        await expect(cell.getByRole("link"), criterion.key).toHaveAttribute("href", href);
      }
      const use = row.locator("td[data-criterion=use]").getByRole("link");
      await expect(use).toHaveAccessibleName(new RegExp(`: ${l.open}\\. ${l.evidence}`));

      // a filter keeps the view, and so does the sort
      await page.goto(`${l.prefix}/models?view=table`);
      if (width < 768) await page.getByTestId("filters-open").click();
      await page.getByRole("checkbox", { name: l.gradeB }).check();
      await expect(page).toHaveURL(/grade=B/);
      await expect(page).toHaveURL(/view=table/);
      await expect(rows(page)).toHaveCount(Math.min(20, seedCount((m) => m.grade === "B")));
      for (const slug of await rows(page).evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-slug")))) {
        expect(GRADED_SEED_MODELS.find((m) => m.slug === slug)?.grade ?? "B", slug!).toBe("B");
      }
      await page.getByRole("combobox", { name: l.sortBy }).selectOption("name");
      await expect(page).toHaveURL(/sort=name/);
      await expect(page).toHaveURL(/view=table/);
      if (width < 768) await page.getByTestId("filters-show").click();
      await expect
        .poll(async () => {
          const names = await rows(page).locator("th a").allTextContents();
          return names.length > 1 && names.join("|") === [...names].sort((a, b) => a.localeCompare(b, locale, { sensitivity: "base" })).join("|");
        })
        .toBe(true);

      // the pages keep it
      await page.goto(`${l.prefix}/models?view=table&sort=name`);
      await page.getByRole("link", { name: l.page2 }).click();
      await expect(page).toHaveURL(/page=2/);
      await expect(page).toHaveURL(/view=table/);
      await expect(page.getByTestId("model-table")).toBeVisible();
      await page.getByTestId("view-switch").getByRole("link", { name: l.list }).click();
      await expect(page).not.toHaveURL(/view=table/);
      await expect(page.getByTestId("model-list")).toBeVisible();
    });

    test(`the table's header and model names stay in view as it scrolls (${locale}, ${width} px)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 700 });
      await page.goto(`${l.prefix}/models?view=table`);
      const frame = page.getByTestId("model-table-frame");
      const header = page.getByTestId("model-table").locator("thead");
      const firstName = rows(page).first().locator("th");
      const before = { frame: (await frame.boundingBox())!, name: (await firstName.boundingBox())! };
      await frame.evaluate((element) => element.scrollTo(element.scrollWidth, 400));
      expect(await frame.evaluate((element) => element.scrollTop)).toBeGreaterThan(0);
      const after = { header: (await header.boundingBox())!, name: (await firstName.boundingBox())! };
      // the header row sits at the top of the frame, the name column at its left
      expect(Math.abs(after.header.y - before.frame.y)).toBeLessThanOrEqual(2);
      expect(Math.abs(after.name.x - before.name.x)).toBeLessThanOrEqual(1);
      await noSidewaysScroll(page);
    });
  }
}

test("an organisation's models as a table; a cell without evidence leads to the scorecard row", async ({ page }) => {
  // a European organisation whose models fit one page, one of them with a criterion without evidence
  const [organisation, own] = SEED_ORGANISATIONS.map((o) => [o, ALL_MODELS.filter((m) => m.organisations.includes(o.slug))] as const).find(
    ([, models]) => models.length > 1 && models.length <= 20 && models.some((m) => CRITERIA.some((c) => !m.answers[c.key].evidenceUrl)),
  )!;
  await page.goto(`/organisations/${organisation.slug}`);
  await page.getByTestId("view-switch").getByRole("link", { name: "Table" }).click();
  await expect(page).toHaveURL(new RegExp(`/organisations/${organisation.slug}\\?view=table$`));
  await expect(rows(page)).toHaveCount(own.length);
  for (const model of own) {
    await expect(page.locator(`tr[data-slug="${model.slug}"] td[data-criterion=use]`)).toHaveAttribute("data-answer", model.answers.use.grade);
  }
  // a cell without evidence leads to that criterion on the model's scorecard
  const model = own.find((m) => CRITERIA.some((c) => !m.answers[c.key].evidenceUrl))!;
  const bare = CRITERIA.find((criterion) => !model.answers[criterion.key].evidenceUrl)!;
  await page.locator(`tr[data-slug="${model.slug}"] td[data-criterion=${bare.key}] a`).click();
  await expect(page).toHaveURL(new RegExp(`/models/${model.slug.replace(/\./g, "\\.")}#criterion-${bare.key}$`));
  await expect(page.getByTestId(`criterion-${bare.key}`)).toBeInViewport();
  await page.goto(`/fr/organisations/${organisation.slug}?view=table`);
  await expect(page.getByTestId("view-switch").getByRole("link", { name: "Tableau" })).toHaveAttribute("aria-current", "page");
});

for (const path of ["/models?view=table", "/fr/models?view=table&grade=B,C", "/organisations/silo-ai?view=table"]) {
  test(`axe finds no accessibility violation on ${path}`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}
