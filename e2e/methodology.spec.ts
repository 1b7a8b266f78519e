import { expect, test } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { CRITERIA, DERIVED_RULES, GRADES, LICENCES } from "../lib/openness";

test.describe("the methodology page", () => {
  test("shows every criterion with its weight, every grade rule and every licence the scorer knows", async ({ page }) => {
    await page.goto("/methodology");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Methodology");
    for (const criterion of CRITERIA) {
      const row = page.locator(`#criterion-${criterion.key}`);
      await expect(row).toContainText(String(criterion.weight));
    }
    await expect(page.getByTestId("grade-rules").locator("tbody tr")).toHaveCount(GRADES.length);
    await expect(page.getByTestId("derived-rules").locator("li")).toHaveCount(DERIVED_RULES.length);
    await expect(page.getByTestId("licence-table").locator("tbody tr")).toHaveCount(LICENCES.length);
    const bloomRail = page.getByTestId("licence-table").locator("tr", { hasText: "BigScience-BLOOM-RAIL-1.0" });
    await expect(bloomRail.locator('[data-flag="restrictsUse"]')).toHaveText("yes");
    await expect(page.getByText("Hugging Face", { exact: true })).toBeVisible();
  });

  test("is in French too", async ({ page }) => {
    await page.goto("/fr/methodology");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Méthodologie");
    await expect(page.getByRole("heading", { name: "Table des licences" })).toBeVisible();
    await expect(page.getByTestId("methodology-version")).toContainText("version 2");
  });

  for (const path of ["/methodology", "/fr/methodology"]) {
    test(`axe finds no accessibility violation on ${path}`, async ({ page }) => {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    });
  }
});
