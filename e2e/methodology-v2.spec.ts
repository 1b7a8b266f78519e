// Methodology version 2 as a contributor and a maintainer meet it, in both languages: a fine-tune
// whose weights carry two sets of terms (CC-BY-SA-4.0 and the Gemma Terms of Use) and a base model
// from the catalogue. The preview, the submission page, moderation and the published page all say
// what the rules made of the claims, and why.
import { expect, test, type Browser } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { randomBytes } from "node:crypto";
import { setRole, signIn, uniqueEmail } from "./support/auth";
import { addLicence, answerAllIn, words } from "./support/forms";

test.describe.configure({ mode: "serial" });

async function personPage(browser: Browser, ip: string) {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": ip } });
  return context.newPage();
}

for (const [index, locale] of (["en", "fr"] as const).entries()) {
  test(`${locale}: a fine-tune with two sets of terms on its weights and a base model gets the grade its licences and its base allow`, async ({ browser }) => {
    test.setTimeout(180_000);
    const w = (file: string, key: string, values: Record<string, string | number> = {}) => words(locale, file, key, values);
    const prefix = locale === "fr" ? "/fr" : "";
    const tag = randomBytes(3).toString("hex");
    const name = `Affiné-${tag}`;
    const author = uniqueEmail(`v2-author-${locale}`);
    const maintainer = uniqueEmail(`v2-maintainer-${locale}`);
    setRole(maintainer, "maintainer");

    const page = await personPage(browser, `203.0.113.${60 + index * 2}`);
    await signIn(page, author, { locale });
    await page.goto(`${prefix}/submit/model`);
    await page.getByLabel(`${w("submit", "fields.name")} *`).first().fill(name);
    await page.getByLabel(w("submit", "fields.modality")).selectOption({ label: w("submit", "modalities.text") });
    await page.getByLabel(w("submit", "fields.releaseYear")).fill("2026");
    await page.getByLabel(`${w("submit", "fields.description")} *`).first().fill("A fine-tune of Gemma 2 for regional languages, with open fine-tuning data.");
    await page.getByLabel(w("submit", "fields.modelCardUrl")).fill(`https://huggingface.co/labo/affine-${tag}`);
    await page.getByRole("checkbox", { name: "Hugging Face" }).check();

    await addLicence(page, "weights", "CC-BY-SA-4.0", locale);
    await addLicence(page, "weights", "LicenseRef-Gemma-Terms-of-Use", locale);
    await addLicence(page, "code", "Apache-2.0", locale);
    await addLicence(page, "data", "CC-BY-4.0", locale);
    await page.getByLabel(w("submit", "baseModel.modes.catalogue")).check();
    await page.getByLabel(`${w("submit", "baseModel.slug")} *`).fill("gemma-2-9b");
    await expect(page.getByTestId("base-lookup")).toHaveText(w("submit", "baseModel.found", { name: "Gemma-2-9B" }));
    await answerAllIn(page, locale, "open", `https://labo-${tag}.example.eu/evidence`);

    // the preview follows every input: the Gemma terms close use, whatever the answers claim
    const preview = page.getByTestId("grade-preview").first();
    await expect(preview).toContainText("D");
    await page.getByText(w("submit", "preview.reasons")).first().click();
    await expect(page.getByTestId("preview-reasons").first()).toContainText("Gemma Terms of Use");
    expect((await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze()).violations).toEqual([]);
    await page.getByRole("button", { name: w("submit", "actions.submit") }).click();

    // the submission's page says what it would get, criterion by criterion
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
    const use = page.getByTestId("claim-use");
    await expect(use).toContainText(w("openness", "answers.open.label"));
    await expect(use).toContainText(w("openness", "answers.closed.label"));
    await expect(use).toContainText("Gemma Terms of Use");

    // the maintainer sees the same, and approves
    const review = await personPage(browser, `203.0.113.${61 + index * 2}`);
    await signIn(review, maintainer, { locale });
    await review.goto(`${prefix}/moderation?kind=new_model`);
    await review.getByRole("link", { name }).click();
    await expect(review.getByTestId("grade-after")).toContainText("D");
    await expect(review.getByTestId("claim-data")).toContainText("Gemma-2-9B");
    await review.getByLabel(w("moderation", "review.approve")).check();
    await review.getByRole("button", { name: w("moderation", "review.send") }).click();
    await expect(review.getByRole("status").first()).toBeVisible();

    // the published page: both licences, the base model, the grade and the G7 label beside it
    await page.goto(`${prefix}/models?q=${tag}`);
    await page.getByRole("link", { name, exact: true }).first().click();
    await expect(page.getByTestId("weights-licence")).toHaveText(["Creative Commons Attribution Share Alike 4.0 International", "Gemma Terms of Use"]);
    await expect(page.getByTestId("base-model")).toContainText("Gemma-2-9B");
    await expect(page.getByTestId("g7-label").first()).toContainText(w("openness", "g7.labels.weights_available_ai.name"));
    await expect(page.getByTestId("g7-explanation")).toContainText(w("openness", "reasons.g7-use-not-open"));
  });
}
