// Where entries start from other sources. A submission from a Hugging Face model, in both
// languages, against the fake Hub the run started (e2e/global-setup.ts, HF_ENDPOINT): a contributor
// pastes a model's address, sees the fields filled and what is left to decide, answers the
// criteria, submits; a maintainer approves it and it is published with what the Hub gave. The
// credit to a source on a published entry, and the index's mapping on the methodology page.
import { expect, test, type Browser, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { readFileSync } from "node:fs";
import path from "node:path";
import { CRITERIA } from "../lib/openness/criteria";
import { setRole, signIn, uniqueEmail } from "./support/auth";
import { answerAll } from "./support/forms";

test.describe.configure({ mode: "serial" });

type Openness = { criteria: Record<string, { name: string }> };
const messages = (locale: string) => JSON.parse(readFileSync(path.resolve(import.meta.dirname, `../lib/i18n/messages/${locale}/openness.json`), "utf8")) as Openness;
const en = messages("en");
const fr = messages("fr");

async function personPage(browser: Browser, ip: string) {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": ip } });
  return context.newPage();
}

const axe = (page: Page) => new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();

/** A maintainer opens the pending new model in the queue and approves it. */
async function approve(page: Page, name: string, words: { newModel: string; approve: string; send: string; approved: string }, prefix = "") {
  await page.goto(`${prefix}/moderation`);
  await page.getByRole("link", { name: words.newModel, exact: true }).click();
  await page.getByRole("link", { name }).click();
  await page.getByLabel(words.approve).check();
  await page.getByRole("button", { name: words.send }).click();
  await expect(page.getByTestId("decision-outcome")).toContainText(words.approved);
}

test("a contributor pastes a model's address: the form is filled, what is left is listed, and once answered a maintainer publishes it", async ({ browser }) => {
  test.setTimeout(180_000);
  const author = uniqueEmail("hub-author");
  const maintainer = uniqueEmail("hub-maintainer");
  setRole(maintainer, "maintainer");

  const page = await personPage(browser, "203.0.113.41");
  await signIn(page, author);
  await page.goto("/submit/model");
  const prefill = page.getByTestId("hub-prefill");
  const field = page.getByLabel("Hugging Face model (optional)");

  // what cannot be a model, and a model the Hub does not have, are said next to the field
  await field.fill("not a model");
  await prefill.getByRole("button", { name: "Fill in from Hugging Face" }).click();
  await expect(page.getByTestId("prefill-error")).toHaveText("This is not the address or the id (owner/name) of a model on Hugging Face.");
  await field.fill("https://huggingface.co/atlas-fixtures/missing");
  await field.press("Enter");
  await expect(page.getByTestId("prefill-error")).toHaveText("Hugging Face has no public model with this id: check it (a private model cannot be read).");
  await expect(page).toHaveURL(/\/submit\/model$/);

  await field.fill("https://huggingface.co/OpenLLM-France/Lucie-Test-1B");
  await prefill.getByRole("button", { name: "Fill in from Hugging Face" }).click();
  await expect(page.getByTestId("prefill-status")).toHaveText(
    "Filled from OpenLLM-France/Lucie-Test-1B: name, model card, modality, task, parameters, languages, paper, licence of the weights, and organisation.",
  );
  await expect(page.getByTestId("prefill-error")).toHaveCount(0);
  await expect(page.getByLabel("Name *").first()).toHaveValue("Lucie-Test-1B");
  await expect(page.getByLabel("Model card")).toHaveValue("https://huggingface.co/OpenLLM-France/Lucie-Test-1B");
  await expect(page.getByLabel("Parameters, in billions (optional)")).toHaveValue("1.03");
  await expect(page.getByLabel("Languages (optional)")).toHaveValue("fr, en, br");
  await expect(page.getByLabel("Modality")).toHaveValue("text");
  await expect(page.getByTestId("licences-weights").locator("select").first()).toHaveValue("Apache-2.0");
  await expect(page.getByRole("checkbox", { name: /LINAGORA/ })).toBeChecked();
  const toDecide = page.getByTestId("prefill-to-decide");
  await expect(toDecide).toContainText("Write a short description in your own words");
  await expect(toDecide).toContainText("Give the release year: the Hub does not record it (the repository was created in 2025).");
  await expect(toDecide).toContainText("Answer each openness criterion with its evidence: none was answered for you.");
  await expect(toDecide.getByRole("link", { name: "https://huggingface.co/datasets/OpenLLM-France/Lucie-Training-Dataset" })).toBeVisible();
  // nothing answered for the contributor
  for (const { key } of CRITERIA) {
    await expect(page.getByRole("group", { name: en.criteria[key]!.name, exact: true }).getByLabel("Not assessed", { exact: true })).toBeChecked();
  }
  expect((await axe(page)).violations).toEqual([]);

  // the contributor completes what was left
  await page.getByLabel("Release year").fill("2025");
  await page.getByLabel("Description *").first().fill("A small French and English language model, here to test starting from Hugging Face.");
  await answerAll(page, "Open", "https://huggingface.co/OpenLLM-France/Lucie-Test-1B");
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Submitted: a maintainer will review it." })).toBeVisible();

  const review = await personPage(browser, "203.0.113.42");
  await signIn(review, maintainer);
  await approve(review, "Lucie-Test-1B", { newModel: "New model", approve: "Approve and publish", send: "Record the decision", approved: "Approved and published." });

  await page.goto("/models/lucie-test-1b");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Lucie-Test-1B");
  await expect(page.getByTestId("weights-licence")).toHaveText("Apache License 2.0");
  await expect(page.getByTestId("parameters")).toContainText("1");
  await expect(page.getByRole("link", { name: "LINAGORA" }).first()).toBeVisible();
});

test("en français : un modèle affiné collé par son identifiant, sa base trouvée au catalogue, publié après examen", async ({ browser }) => {
  test.setTimeout(180_000);
  const author = uniqueEmail("hub-autrice");
  const maintainer = uniqueEmail("hub-moderatrice");
  setRole(maintainer, "maintainer");

  const page = await personPage(browser, "203.0.113.43");
  await signIn(page, author, { locale: "fr" });
  await page.goto("/fr/submit/model");
  await page.getByLabel("Modèle Hugging Face (facultatif)").fill("atlas-fixtures/mistral-7b-tuned");
  await page.getByRole("button", { name: "Remplir depuis Hugging Face" }).click();
  await expect(page.getByTestId("prefill-status")).toHaveText(
    "Rempli depuis atlas-fixtures/mistral-7b-tuned\u00a0: nom, fiche du modèle, modalité, tâche, paramètres, langues, licence des poids et modèle de base.",
  );
  await expect(page.getByLabel("Adresse du modèle de base dans le catalogue *")).toHaveValue("mistral-7b");
  await expect(page.getByTestId("base-lookup")).toHaveText("Trouvé\u00a0: Mistral 7B. Ses licences et ses réponses comptent désormais dans la note ci-dessous.");
  await expect(page.getByLabel("Langues (facultatif)")).toHaveValue("it");
  const toDecide = page.getByTestId("prefill-to-decide");
  await expect(toDecide.getByRole("heading")).toHaveText("Ce qu’il vous reste à décider");
  await expect(toDecide).toContainText("Indiquez qui le développe\u00a0: aucune organisation du catalogue ne publie encore sous atlas-fixtures sur Hugging Face");
  await expect(toDecide).toContainText("Ajoutez les licences du code et des données d’entraînement");
  expect((await axe(page)).violations).toEqual([]);

  await page.getByRole("checkbox", { name: /Mistral AI/ }).check();
  await page.getByLabel("Année de publication").fill("2024");
  await page.getByLabel("Description *").first().fill("Un modèle affiné en italien à partir de Mistral 7B, pour tester le pré-remplissage.");
  for (const { key } of CRITERIA) {
    const group = page.getByRole("group", { name: fr.criteria[key]!.name, exact: true });
    await group.getByLabel("Partiel", { exact: true }).check();
    await group.getByLabel("Lien vers la preuve").fill("https://huggingface.co/atlas-fixtures/mistral-7b-tuned");
  }
  await page.getByRole("button", { name: "Envoyer pour examen" }).click();
  await expect(page.getByText("En attente d’examen").first()).toBeVisible();

  const review = await personPage(browser, "203.0.113.44");
  await signIn(review, maintainer, { locale: "fr" });
  await approve(review, "mistral-7b-tuned", { newModel: "Nouveau modèle", approve: "Accepter et publier", send: "Enregistrer la décision", approved: "Approuvée et publiée." }, "/fr");

  await page.goto("/fr/models/mistral-7b-tuned");
  await expect(page.getByTestId("base-model")).toContainText("affiné à partir de");
  await expect(page.getByTestId("base-model").getByRole("link", { name: "Mistral 7B" })).toBeVisible();
});

test("on the edit form it fills only what the entry lacks, and keeps what it holds", async ({ browser }) => {
  const page = await personPage(browser, "203.0.113.45");
  await signIn(page, uniqueEmail("hub-editor"));
  await page.goto("/submit/edit/model/mistral-7b");
  await expect(page.getByLabel("Parameters, in billions (optional)")).toHaveValue("7.3");
  await page.getByLabel("Hugging Face model (optional)").fill("https://huggingface.co/mistralai/Mistral-7B-v0.1");
  await page.getByRole("button", { name: "Fill in from Hugging Face" }).click();
  await expect(page.getByTestId("prefill-status")).toHaveText("mistralai/Mistral-7B-v0.1 gave nothing to fill in.");
  await expect(page.getByLabel("Parameters, in billions (optional)")).toHaveValue("7.3");
  // this very entry is not "already in the catalogue"
  await expect(page.getByTestId("prefill-to-decide")).not.toContainText("already in the catalogue");
  await expect(page.getByTestId("prefill-to-decide")).toContainText("Answer each openness criterion");
});

test("a published entry credits the sources its facts come from, under their licence", async ({ page }) => {
  await page.goto("/models/apertus-8b");
  const sources = page.getByTestId("attribution");
  await expect(sources.getByRole("link", { name: "European Open Source AI Index" })).toHaveAttribute("href", "https://osai-index.eu/");
  await expect(sources).toContainText("(licence CC-BY-4.0)");
  await page.goto("/fr/models/apertus-8b");
  await expect(page.getByRole("heading", { name: "Sources citées" })).toBeVisible();
});

test("the methodology page says how the index's dimensions map onto our criteria, and the limits, in both languages", async ({ page }) => {
  await page.goto("/methodology#osai");
  const table = page.getByTestId("osai-mapping");
  await expect(table.getByRole("row")).toHaveCount(CRITERIA.length + 1);
  await expect(table.getByRole("row", { name: /Open training data/ })).toContainText("Open only when both the base model’s and the end model’s data are open");
  await expect(page.getByTestId("imports-section")).toContainText("The index’s licenses dimension covers every component at once");
  await expect(page.getByTestId("imports-section")).toContainText("The index grades gated weights partial");
  expect((await axe(page)).violations).toEqual([]);
  await page.goto("/fr/methodology#osai");
  await expect(page.getByTestId("osai-mapping").getByRole("row", { name: /Réentraînable/ })).toContainText("licences");
  await expect(page.getByRole("heading", { name: "Limites de la correspondance" })).toBeVisible();
});
