// Personal API tokens end to end: a person makes a token on their account page (shown once), a
// program submits with it over the API, the submission waits for review under "My submissions",
// and once the token is revoked the API refuses it. The French page, and making and revoking a
// token with JavaScript off.
import { expect, request as playwrightRequest, test, type Browser, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { randomBytes } from "node:crypto";
import { execFileSync } from "node:child_process";
import { openAccountMenu, signIn, uniqueEmail } from "./support/auth";
import { SUBMISSION_EXAMPLE } from "../lib/api/operations";

test.describe.configure({ mode: "serial" });

const axe = (page: Page) => new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();

async function personPage(browser: Browser, ip: string, options: { javaScriptEnabled?: boolean } = {}) {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": ip }, ...options });
  return context.newPage();
}

/** A program with nothing but the token: no cookies, no browser. */
async function submitWith(baseURL: string, token: string, name: string) {
  const api = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": "203.0.113.61" } });
  const response = await api.post("/api/v1/submissions", {
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    data: { ...SUBMISSION_EXAMPLE, payload: { ...SUBMISSION_EXAMPLE.payload, name, website: null, sources: [`https://${name.toLowerCase()}.example.org/about`] } },
  });
  const result = { status: response.status(), json: await response.json(), headers: response.headers() };
  await api.dispose();
  return result;
}

test("a person makes a token, a program submits with it, the submission waits for review, and a revoked token is refused", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const name = `Programme${randomBytes(3).toString("hex")}`;
  const page = await personPage(browser, "203.0.113.60");
  await signIn(page, uniqueEmail("tokens"));

  await openAccountMenu(page);
  await page.getByRole("link", { name: "API tokens" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("API tokens");
  await expect(page.getByText("You have no token yet.")).toBeVisible();
  expect((await axe(page)).violations).toEqual([]);

  await page.waitForLoadState("networkidle"); // hydrated: the focus below is the script's doing
  await page.getByLabel("Name").fill("Import script");
  await page.getByRole("button", { name: "Make the token" }).click();
  const shown = page.getByTestId("new-token");
  await expect(shown.getByRole("heading", { name: "Your new token “Import script”" })).toBeFocused();
  await expect(shown.getByRole("button", { name: "Copy" })).toBeVisible();
  const token = await page.getByLabel("Token", { exact: true }).inputValue();
  expect(token).toMatch(/^atlas_[A-Za-z0-9_-]{43}$/);
  const row = page.getByTestId("api-tokens").getByRole("row", { name: /Import script/ });
  await expect(row).toContainText(token.slice(0, 10));
  await expect(row).toContainText("Never");
  await expect(row).toContainText("Active");
  expect((await axe(page)).violations).toEqual([]);

  const submitted = await submitWith(baseURL!, token, name);
  expect(submitted.status).toBe(201);
  expect(submitted.json).toMatchObject({ kind: "new_organisation", status: "pending", revision: 1 });
  expect(submitted.headers.location).toMatch(new RegExp(`/account/submissions/${submitted.json.id}$`));

  await openAccountMenu(page);
  await page.getByRole("link", { name: "My submissions" }).click();
  const mine = page.getByTestId("my-submissions").getByRole("listitem").filter({ hasText: name });
  await expect(mine).toContainText("Waiting for review");

  // shown once: the page never shows the token again, and notes its use
  await page.goto("/account/tokens");
  await expect(page.getByTestId("new-token")).toHaveCount(0);
  expect(await page.content()).not.toContain(token);
  await expect(row).not.toContainText("Never");

  // the API page's curl example works as written, with the token in ATLAS_TOKEN
  await page.goto("/api#api-submit");
  await expect(page.getByRole("heading", { name: "Submitting with a token" })).toBeVisible();
  const example = await page.getByTestId("submit-example").innerText();
  expect(example).toContain(`curl -X POST ${baseURL}/api/v1/submissions`);
  const output = execFileSync("bash", ["-c", example.replace("curl ", "curl -sS -H 'X-Forwarded-For: 203.0.113.63' ")], {
    env: { ...process.env, ATLAS_TOKEN: token },
    encoding: "utf8",
  });
  expect(JSON.parse(output)).toMatchObject({ kind: "new_organisation", status: "pending" });

  // revoking asks first
  await page.goto("/account/tokens");
  await row.locator("summary").click();
  await expect(row.getByText("Programs that use “Import script” will be refused from now on.")).toBeVisible();
  await row.getByRole("button", { name: "Revoke “Import script”" }).click();
  await expect(row).toContainText("Revoked on");
  await expect(row.getByRole("button")).toHaveCount(0);

  const refused = await submitWith(baseURL!, token, `${name}bis`);
  expect(refused.status).toBe(401);
  expect(refused.json.error.code).toBe("UNAUTHORIZED");
  expect(refused.headers["www-authenticate"]).toContain('error="invalid_token"');
  await page.context().close();
});

test("in French and without JavaScript, a token is made, shown once, and revoked", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const email = uniqueEmail("jetons");
  const signedIn = await personPage(browser, "203.0.113.62");
  await signIn(signedIn, email, { locale: "fr" });
  await signedIn.goto("/fr/account/tokens");
  await expect(signedIn.getByRole("heading", { level: 1 })).toHaveText("Jetons d’API");
  expect((await axe(signedIn)).violations).toEqual([]); // (axe needs JavaScript: checked here, not below)
  const state = await signedIn.context().storageState();
  await signedIn.context().close();

  const context = await browser.newContext({ storageState: state, javaScriptEnabled: false, extraHTTPHeaders: { "x-forwarded-for": "203.0.113.62" } });
  const page = await context.newPage();
  await page.goto("/fr/account/tokens");
  await page.getByLabel("Nom").fill("Script sans JavaScript");
  await page.getByRole("button", { name: "Créer le jeton" }).click();
  await expect(page.getByRole("heading", { name: "Votre nouveau jeton « Script sans JavaScript »" })).toBeVisible();
  const token = await page.getByLabel("Jeton", { exact: true }).inputValue();
  expect(token).toMatch(/^atlas_/);
  expect((await submitWith(baseURL!, token, `Sansjs${randomBytes(3).toString("hex")}`)).status).toBe(201);

  await page.goto("/fr/account/tokens");
  const row = page.getByTestId("api-tokens").getByRole("row", { name: /Script sans JavaScript/ });
  await row.locator("summary").click();
  await row.getByRole("button", { name: "Révoquer « Script sans JavaScript »" }).click();
  await expect(page.getByTestId("api-tokens").getByRole("row", { name: /Script sans JavaScript/ })).toContainText("Révoqué le");
  expect((await submitWith(baseURL!, token, `Sansjs${randomBytes(3).toString("hex")}`)).status).toBe(401);
  await context.close();

  // the French page with a token listed, with JavaScript again, for axe
  const again = await browser.newContext({ storageState: state, extraHTTPHeaders: { "x-forwarded-for": "203.0.113.62" } });
  const french = await again.newPage();
  await french.goto("/fr/account/tokens");
  await expect(french.getByTestId("api-tokens").getByRole("row", { name: /Script sans JavaScript/ })).toContainText("Révoqué le");
  expect((await axe(french)).violations).toEqual([]);
  await again.close();
});
