// A search typed in words: the filter words are understood in both languages and offered as
// filters, with the rest kept as the text search; never a suggestion that finds nothing, never a
// "names spelled closest" note above an empty list.
import { expect, test } from "@playwright/test";
import { seedCount } from "./support/seed-catalogue";

// "open" is the site's open, grades A to C (usable by anyone)
const expected = seedCount(
  (m) => ["A", "B", "C"].includes(m.grade) && m.languages.includes("fr") && m.tasks.includes("text-generation") && m.parameterBillions !== null && m.parameterBillions <= 10,
);

const CASES = {
  en: {
    prefix: "",
    search: "Search",
    typed: "open French LLM under 10B",
    labels: ["Grade A · Truly open", "Grade B · Open science", "Grade C · Open weights", "Text generation", "French", "≤ 10 B parameters"],
    count: (n: number) => (n === 1 ? "1 model matches" : `${n} models match`),
    suggested: (n: number) => (n === 1 ? "(1 model)" : `(${n} models)`),
  },
  fr: {
    prefix: "/fr",
    search: "Recherche",
    typed: "LLM français ouvert de moins de 10 milliards",
    labels: ["Note A · Vraiment ouvert", "Note B · Science ouverte", "Note C · Poids ouverts", "Génération de texte", "Français", "≤ 10 Md de paramètres"],
    count: (n: number) => (n === 1 ? "1 modèle correspond" : `${n} modèles correspondent`),
    suggested: (n: number) => (n === 1 ? "(1 modèle)" : `(${n} modèles)`),
  },
} as const;

for (const [locale, c] of Object.entries(CASES)) {
  test(`a search in words is offered as filters (${locale})`, async ({ page }) => {
    expect(expected).toBeGreaterThan(0);
    await page.goto(`${c.prefix}/models`);
    const search = page.getByRole("searchbox", { name: c.search, exact: true });
    await search.fill(c.typed);
    await search.press("Enter");
    const suggestion = page.getByTestId("query-suggestion");
    await expect(suggestion).toBeVisible();
    for (const label of c.labels) await expect(suggestion.getByRole("link")).toContainText(label);
    // the count it promises (the catalogue's, plus what other specs publish in the same run)
    const promised = Number((await suggestion.textContent())!.match(/\((\d+) /)![1]);
    expect(promised).toBeGreaterThanOrEqual(expected);
    await expect(suggestion).toContainText(c.suggested(promised));
    await expect(page.getByTestId("fuzzy-note")).toHaveCount(0);
    await suggestion.getByRole("link").click();
    await expect(page).toHaveURL(/grade=A,B,C/);
    await expect(page).toHaveURL(/lang=fr/);
    await expect(page).toHaveURL(/task=text-generation/);
    await expect(page).toHaveURL(/paramsMax=10/);
    await expect(page).not.toHaveURL(/q=/);
    await expect(page.getByTestId("result-count")).toHaveText(c.count(promised));
    // that is now the query: nothing more to suggest
    await expect(page.getByTestId("query-suggestion")).toHaveCount(0);
  });
}

test("the words that are not filters stay the text search", async ({ page }) => {
  await page.goto(`/models?q=${encodeURIComponent("Salamandra catalan")}`);
  const link = page.getByTestId("query-suggestion").getByRole("link");
  await expect(link).toHaveText("Catalan · “Salamandra”");
  await link.click();
  await expect(page).toHaveURL(/\/models\?q=Salamandra&lang=ca$/);
  await expect(page.getByRole("link", { name: "Salamandra-7B", exact: true })).toBeVisible();
});

test("no empty suggestion: nothing understood and nothing spelled alike says so plainly", async ({ page }) => {
  await page.goto("/models?q=zzqxv");
  await expect(page.getByTestId("empty-result")).toBeVisible();
  await expect(page.getByTestId("fuzzy-note")).toHaveCount(0);
  await expect(page.getByTestId("query-suggestion")).toHaveCount(0);
  // filter words whose filters find nothing are not offered either
  await page.goto(`/models?q=${encodeURIComponent("Icelandic speech over 500B")}`);
  await expect(page.getByTestId("query-suggestion")).toHaveCount(0);
  await expect(page.getByTestId("fuzzy-note")).toHaveCount(0);
});
