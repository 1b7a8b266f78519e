// Moderating as a maintainer does: signing in lands on the queue; the review names countries,
// languages, tasks and answers in words, not codes; a decision is confirmed as the success it is,
// with the published page. Submissions come in over the API, as a program sends them.
import { expect, request as playwrightRequest, test, type Browser, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { randomBytes } from "node:crypto";
import { setRole, signIn, uniqueEmail } from "./support/auth";
import { modelInput, organisationInput } from "../lib/submissions/fixtures";

test.describe.configure({ mode: "serial", timeout: 180_000 });

async function personPage(browser: Browser, ip: string) {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": ip } });
  return context.newPage();
}

/** A token made on the account page, then a new model sent with it over the API; the submission's id. */
async function submitModel(page: Page, baseURL: string, name: string): Promise<string> {
  await page.goto("/account/tokens");
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Name").fill(`Review ${name}`);
  await page.getByRole("button", { name: "Make the token" }).click();
  const token = await page.getByLabel("Token", { exact: true }).inputValue();
  const api = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": "203.0.113.81" } });
  // the catalogue refuses a second entry with the same model card or website: each its own
  const site = `https://${name.toLowerCase().replace(/\W+/g, "-")}.example.eu`;
  const payload = modelInput({
    name,
    modelCardUrl: `${site}/card`,
    codeUrl: `${site}/code`,
    organisations: { existing: [], new: organisationInput({ name: `Labo ${name}`, country: "FI", website: site, sources: [`${site}/about`] }) },
  });
  const response = await api.post("/api/v1/submissions", {
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    data: { kind: "new_model", payload },
  });
  expect(response.status(), await response.text()).toBe(201);
  const { id } = (await response.json()) as { id: string };
  await api.dispose();
  return id;
}

test("signing in leads a maintainer to the queue and a contributor to their submissions, in either language", async ({ browser }) => {
  const maintainer = uniqueEmail("lands-maintainer");
  setRole(maintainer, "maintainer");
  const reviewer = await personPage(browser, "203.0.113.82");
  await signIn(reviewer, maintainer);
  await expect(reviewer).toHaveURL(/\/moderation$/);
  await expect(reviewer.getByRole("heading", { level: 1 })).toHaveText("Moderation");

  const french = await personPage(browser, "203.0.113.83");
  const admin = uniqueEmail("lands-admin");
  setRole(admin, "admin");
  await signIn(french, admin, { locale: "fr" });
  await expect(french).toHaveURL(/\/fr\/moderation$/);

  const contributor = await personPage(browser, "203.0.113.84");
  await signIn(contributor, uniqueEmail("lands-contributor"));
  await expect(contributor).toHaveURL(/\/account\/submissions$/);

  // a page that asked for sign-in still gets the person back
  const back = await personPage(browser, "203.0.113.85");
  const other = uniqueEmail("lands-back");
  setRole(other, "maintainer");
  await signIn(back, other, { callbackUrl: "/account/tokens" });
  await expect(back).toHaveURL(/\/account\/tokens$/);
});

test("the review names codes in words, and approving says it is published, with the page", async ({ browser, baseURL }) => {
  const tag = randomBytes(3).toString("hex");
  const name = `Ouvert ${tag}`;
  const author = await personPage(browser, "203.0.113.86");
  await signIn(author, uniqueEmail("review-author"));
  const id = await submitModel(author, baseURL!, name);

  const maintainer = uniqueEmail("review-maintainer");
  setRole(maintainer, "maintainer");
  const review = await personPage(browser, "203.0.113.87");
  await signIn(review, maintainer);
  await review.goto(`/moderation/${id}`);
  const diff = review.getByTestId("submission-diff");
  const cell = (path: string) => diff.locator(`tr[data-path="${path}"] td`).last();
  await expect(cell("languages")).toHaveText(/French \(fr\)\s*Breton \(br\)\s*Occitan \(oc\)/);
  await expect(cell("tasks")).toHaveText("Text generation (text-generation)");
  await expect(cell("organisations.new.country")).toHaveText("Finland (FI)");
  await expect(cell("answers.use")).toContainText("Open");
  await expect(cell("answers.use").locator("svg[data-answer=open]")).toBeVisible();
  await expect(cell("answers.use")).not.toContainText(/^open/);
  expect((await new AxeBuilder({ page: review }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze()).violations).toEqual([]);

  await review.getByLabel("Approve and publish").check();
  await review.getByRole("button", { name: "Record the decision" }).click();
  const outcome = review.getByTestId("decision-outcome");
  await expect(outcome).toHaveAttribute("data-outcome", "approved");
  await expect(outcome).toContainText("Approved and published.");
  await expect(outcome).not.toContainText("not waiting");
  await expect(review.getByRole("status").filter({ hasText: "Approved and published." })).toBeVisible();
  await outcome.getByRole("link", { name: "View the page" }).click();
  await expect(review.getByRole("heading", { level: 1 })).toContainText(name);
});

test("asking for changes is confirmed too, in French", async ({ browser, baseURL }) => {
  const tag = randomBytes(3).toString("hex");
  const author = await personPage(browser, "203.0.113.88");
  await signIn(author, uniqueEmail("changes-author"));
  const id = await submitModel(author, baseURL!, `Retour ${tag}`);

  const maintainer = uniqueEmail("changes-maintainer");
  setRole(maintainer, "maintainer");
  const review = await personPage(browser, "203.0.113.89");
  await signIn(review, maintainer, { locale: "fr" });
  await review.goto(`/fr/moderation/${id}`);
  await expect(review.getByTestId("submission-diff").locator('tr[data-path="languages"] td').last()).toContainText("Français (fr)");
  await review.getByLabel("Demander des modifications").check();
  await review.getByLabel("Note pour la personne qui propose").fill("Merci de citer la fiche du modèle.");
  await review.getByRole("button", { name: "Enregistrer la décision" }).click();
  const outcome = review.getByTestId("decision-outcome");
  await expect(outcome).toHaveAttribute("data-outcome", "changes_requested");
  await expect(outcome).toContainText("Modifications demandées.");
  await expect(outcome.getByRole("link", { name: "Retour à la file" })).toHaveAttribute("href", "/fr/moderation");
});
