// The whole journey through the real e-mail flow: a newcomer signs in, submits a model with its
// organisation and sees its status; a maintainer approves it and it appears in the catalogue with
// its grade; a rejected one stays visible to its author with the note. Both languages.
import { expect, test, type Browser } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { randomBytes } from "node:crypto";
import { openAccountMenu, setRole, signIn, uniqueEmail } from "./support/auth";
import { waitForMail } from "./support/mailbox";
import { addLicence, answerAll, expectPreviewGrade, fillOrganisation } from "./support/forms";

test.describe.configure({ mode: "serial" });

async function personPage(browser: Browser, ip: string) {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": ip } });
  return context.newPage();
}

const axe = (page: import("@playwright/test").Page) =>
  new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();

test("a newcomer submits a model with its organisation; a maintainer approves it and it is in the catalogue with its grade", async ({ browser }) => {
  test.setTimeout(180_000);
  const tag = randomBytes(3).toString("hex");
  const modelName = `Ouvert-${tag}`;
  const author = uniqueEmail("author");
  const maintainer = uniqueEmail("maintainer");
  setRole(maintainer, "maintainer");

  // the newcomer
  const page = await personPage(browser, "203.0.113.11");
  await signIn(page, author);
  await page.getByTestId("site-header").getByRole("link", { name: "Submit a model" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Submit a model");
  expect((await axe(page)).violations).toEqual([]);
  await page.getByLabel("Name *").first().fill(modelName);
  await page.getByLabel("Modality").selectOption({ label: "Text" });
  await page.getByLabel("Release year").fill("2026");
  await page.getByLabel("Languages (optional)").fill("fr, br");
  await page.getByLabel("Description *").first().fill("An open French and Breton language model trained on open data.");
  await page.getByLabel("Model card").fill(`https://huggingface.co/labo/${tag}`);
  await page.getByLabel("The developer is not in the catalogue yet: add it with this model").check();
  const newOrg = page.getByRole("group", { name: "The new organisation" });
  await fillOrganisation(newOrg, {
    name: `Labo ${tag}`,
    type: "Research lab or university",
    country: "France (FR)",
    description: "A research lab that builds open models for regional languages.",
    sources: `https://labo-${tag}.example.eu`,
  });
  await addLicence(page, "weights", "Apache-2.0");
  await addLicence(page, "code", "Apache-2.0");
  await addLicence(page, "data", "CC-BY-4.0");
  // an empty form has no grade yet: the preview waits for answers instead of showing a red E
  await expect(page.getByTestId("grade-preview-empty")).toHaveText("Answer the criteria to see the grade they give.");
  await answerAll(page, "Open", `https://labo-${tag}.example.eu/evidence`);
  await expectPreviewGrade(page, "A");
  await expect(page.getByTestId("grade-preview").first()).toContainText("Score 100/100");
  await page.getByRole("button", { name: "Submit for review" }).click();

  await expect(page.getByRole("status").filter({ hasText: "Submitted: a maintainer will review it." })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(modelName);
  await expect(page.getByText("Waiting for review").first()).toBeVisible();
  await openAccountMenu(page);
  await page.getByRole("link", { name: "My submissions" }).first().click();
  await expect(page.getByTestId("my-submissions")).toContainText(modelName);

  // the maintainer
  const review = await personPage(browser, "203.0.113.12");
  await signIn(review, maintainer);
  await openAccountMenu(review);
  await review.getByRole("link", { name: "Moderation" }).click();
  await review.getByRole("link", { name: "New model", exact: true }).click();
  await review.getByRole("link", { name: modelName }).click();
  await expect(review.getByTestId("grade-after")).toContainText("A");
  await expect(review.getByTestId("grade-before")).toHaveText("Not assessed");
  await expect(review.getByTestId("submission-diff")).toContainText(`Labo ${tag}`);
  expect((await axe(review)).violations).toEqual([]);
  const since = Date.now();
  await review.getByLabel("Approve and publish").check();
  await review.getByRole("button", { name: "Record the decision" }).click();
  await expect(review.getByTestId("decision-outcome")).toContainText("Approved and published.");

  // the author hears of it and sees it published
  const mail = await waitForMail(author, { since, subject: /Published/ });
  expect(mail.subject).toBe(`Published: ${modelName}`);
  await page.reload();
  await expect(page.getByTestId("my-submissions").getByText("Approved")).toBeVisible();
  await page.goto("/");
  const item = page.getByTestId("model-list").getByRole("listitem").filter({ hasText: modelName });
  await expect(item).toContainText("Truly open");
  await expect(item).toContainText(`Labo ${tag}`);

  // the audit log says who decided
  await review.goto("/moderation/audit");
  await expect(review.getByTestId("audit-log")).toContainText("submission.approve");
  await expect(review.getByTestId("audit-log")).toContainText(maintainer);
});

test("in French: errors next to each field in French with the input kept; a rejected submission stays with its note", async ({ browser }) => {
  test.setTimeout(180_000);
  const tag = randomBytes(3).toString("hex");
  const author = uniqueEmail("autrice");
  const maintainer = uniqueEmail("moderatrice");
  setRole(maintainer, "maintainer");

  const page = await personPage(browser, "203.0.113.21");
  await signIn(page, author, { locale: "fr" });
  await page.goto("/fr/submit/organisation");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Proposer une organisation");
  await page.getByLabel("Nom *").fill(`Coopérative ${tag}`);
  await page.getByLabel("Site web (facultatif)").fill("javascript:alert(1)");
  await page.getByRole("button", { name: "Envoyer pour examen" }).click();
  await expect(page.getByRole("main").getByRole("alert").first()).toContainText("Certains champs sont à revoir");
  await expect(page.locator("#f-website-error")).toHaveText("Une adresse web complète commençant par http:// ou https://.");
  await expect(page.locator("#f-type-error")).toHaveText("Choisissez une des options.");
  await expect(page.getByLabel("Nom *")).toHaveValue(`Coopérative ${tag}`);
  expect((await axe(page)).violations).toEqual([]);

  await page.getByLabel("Site web (facultatif)").fill(`https://coop-${tag}.example.eu`);
  await page.getByLabel("Type *").selectOption({ label: "Association ou fondation" });
  await page.getByLabel("Pays *").selectOption({ label: "Belgique (BE)" });
  await page.getByLabel("Description *").fill("Une coopérative qui publie des modèles de langue ouverts.");
  await page.getByLabel("Sources publiques *").fill(`https://coop-${tag}.example.eu/a-propos`);
  await page.getByRole("button", { name: "Envoyer pour examen" }).click();
  await expect(page.getByText("En attente d’examen").first()).toBeVisible();

  const review = await personPage(browser, "203.0.113.22");
  await signIn(review, maintainer, { locale: "fr" });
  await review.goto("/fr/moderation?kind=new_organisation");
  await review.getByRole("link", { name: `Coopérative ${tag}` }).click();
  await review.getByLabel("Refuser").check();
  await review.getByRole("button", { name: "Enregistrer la décision" }).click();
  await expect(review.locator("#f-note-error")).toHaveText("Dites pourquoi : la personne qui a proposé lira cette note.");
  const since = Date.now();
  const note = "Pas d’activité en IA trouvée dans les sources.";
  await review.getByLabel("Note pour la personne qui propose").fill(note);
  await review.getByRole("button", { name: "Enregistrer la décision" }).click();
  await expect(review.getByTestId("decision-outcome")).toContainText("Refusée.");

  const mail = await waitForMail(author, { since });
  expect(mail.subject).toBe(`Non publiée\u00a0: Coopérative ${tag}`);
  expect(mail.text).toContain(note);
  await page.goto("/fr/account/submissions");
  const item = page.getByTestId("my-submissions").getByRole("listitem").filter({ hasText: `Coopérative ${tag}` });
  await expect(item).toContainText("Refusée");
  await expect(item).toContainText(note);
});

test("a newcomer names their own organisation awaiting review for a model; approving the model publishes it once", async ({ browser }) => {
  test.setTimeout(180_000);
  const tag = randomBytes(3).toString("hex");
  const orgName = `Atelier ${tag}`;
  const modelName = `Atelier-LM-${tag}`;
  const author = uniqueEmail("carried");
  const maintainer = uniqueEmail("carried-maintainer");
  setRole(maintainer, "maintainer");

  const page = await personPage(browser, "203.0.113.15");
  await signIn(page, author);
  await page.goto("/submit/organisation");
  await fillOrganisation(page, { name: orgName, type: "Research lab or university", country: "France (FR)", description: "A workshop that trains open models for Occitan.", sources: `https://atelier-${tag}.example.eu` });
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(orgName);

  // the model form offers it beside the published organisations, and nobody else's
  await page.goto("/submit/model");
  const pending = page.getByRole("group", { name: "Your organisations awaiting review" });
  await expect(pending.getByRole("checkbox")).toHaveCount(1);
  await pending.getByLabel(orgName).check();
  await page.getByLabel("Name *").first().fill(modelName);
  await page.getByLabel("Modality").selectOption({ label: "Text" });
  await page.getByLabel("Release year").fill("2026");
  await page.getByLabel("Description *").first().fill("An Occitan language model whose facts are still to be checked.");
  await page.getByLabel("Model card").fill(`https://huggingface.co/atelier/${tag}`);
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Submitted: a maintainer will review it." })).toBeVisible();
  const modelSubmission = /\/account\/submissions\/([^/?]+)/.exec(page.url())?.[1];
  expect(modelSubmission).toBeTruthy();

  // the maintainer sees what approving the model also publishes, and approves the model only
  const review = await personPage(browser, "203.0.113.16");
  await signIn(review, maintainer);
  await review.goto(`/moderation/${modelSubmission}`);
  await expect(review.getByTestId("carried-organisations")).toContainText(`${orgName} · approving this model publishes it and approves its submission`);
  await expect(review.getByTestId("submission-diff")).toContainText(orgName);
  expect((await axe(review)).violations).toEqual([]);
  await review.getByLabel("Approve and publish").check();
  await review.getByRole("button", { name: "Record the decision" }).click();
  await expect(review.getByTestId("decision-outcome")).toContainText("Approved and published.");

  // one organisation, with the model, and its own submission approved and out of the queue
  await review.goto(`/organisations?q=${encodeURIComponent(orgName)}`);
  await expect(review.getByRole("link", { name: orgName })).toHaveCount(1);
  await review.getByRole("link", { name: orgName }).click();
  await expect(review.getByRole("main")).toContainText(modelName);
  await review.goto("/moderation");
  await expect(review.getByRole("main")).not.toContainText(orgName);
  await page.goto("/account/submissions");
  await expect(page.getByTestId("my-submissions").getByRole("listitem").filter({ hasText: orgName })).toContainText("Approved");
});
