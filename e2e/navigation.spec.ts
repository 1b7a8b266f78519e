// Finding one's way: a header that keeps one row on a desktop, signed in or not, and folds into a
// menu on a phone; "Submit a model" for everyone; a 404 that says what happened and offers a search
// and a way home. Both languages.
import { expect, test, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { setRole, signIn, signInHere, uniqueEmail } from "./support/auth";

const axe = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze()).violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );

/** The tops of the header's visible links and buttons: one row when they are all within a line of each other. */
async function headerRows(page: Page): Promise<number> {
  const tops = await page.getByTestId("site-header").locator("a, button, summary").evaluateAll((elements) =>
    elements
      .filter((element) => element.checkVisibility() && element.getBoundingClientRect().width > 1)
      .map((element) => element.getBoundingClientRect().top),
  );
  const sorted = [...tops].sort((a, b) => a - b);
  return sorted.reduce((rows, top, index) => (index > 0 && top - sorted[index - 1]! > 20 ? rows + 1 : rows), 1);
}

const WORDS = {
  en: { prefix: "", menu: "Menu", submit: "Submit a model", account: "Your account", moderation: "Moderation", models: "Models", notFound: "Page not found" },
  fr: { prefix: "/fr", menu: "Menu", submit: "Proposer un modèle", account: "Votre compte", moderation: "Modération", models: "Modèles", notFound: "Page introuvable" },
} as const;

for (const [locale, w] of Object.entries(WORDS)) {
  test(`the header keeps one row on a desktop, anonymous and signed in as an admin (${locale})`, async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 800 });
    await page.goto(`${w.prefix}/models`);
    await expect(page.getByTestId("menu-open")).toBeHidden();
    await expect(page.getByRole("link", { name: w.submit })).toBeVisible();
    expect(await headerRows(page)).toBe(1);

    const admin = uniqueEmail("header-admin");
    setRole(admin, "admin");
    await signIn(page, admin, { locale: locale as "en" | "fr" });
    await page.goto(`${w.prefix}/models`);
    expect(await headerRows(page)).toBe(1);
    const header = page.getByTestId("site-header");
    expect((await header.boundingBox())!.height).toBeLessThan(80);
    // the account's links are folded under one entry
    await header.getByText(w.account).click();
    await expect(header.getByRole("link", { name: w.moderation })).toBeVisible();
    expect(await axe(page)).toEqual([]);
    await header.getByRole("link", { name: w.moderation }).click();
    await expect(page).toHaveURL(new RegExp(`${w.prefix}/moderation$`));
  });

  test(`on a phone the header folds into a menu (${locale})`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${w.prefix}/`);
    const header = page.getByTestId("site-header");
    expect((await header.boundingBox())!.height).toBeLessThan(80);
    await expect(page.getByTestId("site-menu")).toBeHidden();
    const open = page.getByRole("button", { name: w.menu, exact: true });
    await open.click();
    const menu = page.getByTestId("site-menu");
    await expect(menu).toBeVisible();
    await expect(menu.getByRole("link", { name: w.submit })).toBeVisible();
    expect(await axe(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await expect(menu).toBeHidden();
    await expect(open).toBeFocused();
    await open.click();
    await menu.getByRole("link", { name: w.models, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${w.prefix}/models$`));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test(`the 404 page says what happened, offers a search and a way home (${locale})`, async ({ page }) => {
    const response = await page.goto(`${w.prefix}/no-such-page`);
    expect(response?.status()).toBe(404);
    await expect(page).toHaveTitle(`${w.notFound} · Libre Atlas`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(w.notFound);
    const search = page.getByRole("main").getByRole("searchbox");
    await search.fill("Lucie");
    await search.press("Enter");
    await expect(page).toHaveURL(new RegExp(`${w.prefix}/models\\?q=Lucie$`));
    await page.goto(`${w.prefix}/models/no-such-model`);
    await expect(page).toHaveTitle(`${w.notFound} · Libre Atlas`);
    await page.getByRole("main").getByRole("link", { name: locale === "en" ? "Go to the home page" : "Aller à l’accueil" }).click();
    await expect(page).toHaveURL(new RegExp(`${w.prefix || "/"}$`));
  });
}

test("an anonymous visitor's “Submit a model” leads to sign-in and back to the form", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Submit a model" }).click();
  await expect(page).toHaveURL(/\/submit\/model$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in to see this page");
  await signInHere(page, uniqueEmail("submitter"));
  await expect(page).toHaveURL(/\/submit\/model$/);
});
