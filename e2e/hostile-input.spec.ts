// Hostile text through the real forms: what must be refused is refused next to its field; what
// is only text is shown as text after approval (no script runs, no element is created, links stay
// http(s)), in the submitter's pages, the moderation page and the catalogue.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { setRole, signIn, uniqueEmail } from "./support/auth";
import { fillOrganisation } from "./support/forms";

test.describe.configure({ mode: "serial", timeout: 180_000 });

async function personPage(browser: Browser, ip: string) {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": ip } });
  const page = await context.newPage();
  // any dialog would mean a script ran
  page.on("dialog", (dialog) => {
    throw new Error(`a dialog opened: ${dialog.message()}`);
  });
  return page;
}

async function expectInert(page: Page, text: string) {
  await expect(page.getByText(text, { exact: false }).first()).toBeVisible();
  expect(await page.locator("img[src=x], script:not([src]):not([nonce])").count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { pwned?: boolean }).pwned)).toBeUndefined();
}

test("script tags, HTML and odd Unicode are shown as text everywhere after approval; bad links and bidi overrides are refused", async ({ browser }) => {
  const tag = randomBytes(3).toString("hex");
  const name = `<script>window.pwned=true</script>Évian 😀 ${tag}`;
  const description = `<img src=x onerror="window.pwned=true"><b>bold</b> Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o 漢字 עִבְרִית ${tag}`;
  const author = uniqueEmail("hostile");
  const maintainer = uniqueEmail("hostile-reviewer");
  setRole(maintainer, "maintainer");

  const page = await personPage(browser, "203.0.113.61");
  await signIn(page, author);
  await page.goto("/submit/organisation");
  await fillOrganisation(page, { name: `Evil\u202Egnp.exe ${tag}`, type: "Start-up or SME", country: "Austria (AT)", description, sources: "javascript:window.pwned=true" });
  await page.getByLabel("Website (optional)").fill("data:text/html,<script>window.pwned=true</script>");
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.locator("#f-name-error")).toHaveText("Contains invisible control or text-direction characters: remove them.");
  await expect(page.locator("#f-website-error")).toHaveText("A full web address starting with http:// or https://.");
  await expect(page.locator("#f-sources-error")).toHaveText("A full web address starting with http:// or https://.");

  await page.getByLabel("Name *").fill(name);
  await page.getByLabel("Website (optional)").fill(`https://evian-${tag}.example.eu/?q=<script>`);
  await page.getByLabel("Public sources *").fill(`https://evian-${tag}.example.eu/"><script>window.pwned=true</script>`);
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expectInert(page, "<b>bold</b>");

  const review = await personPage(browser, "203.0.113.62");
  await signIn(review, maintainer);
  await review.goto("/moderation?kind=new_organisation");
  await review.getByRole("link", { name }).click();
  await expectInert(review, "<b>bold</b>");
  // a link in the diff is a link only because it is http(s), and it does not pass the opener
  const source = review.getByTestId("submission-diff").getByRole("link", { name: /evian-/ }).first();
  await expect(source).toHaveAttribute("href", /^https:\/\//);
  await expect(source).toHaveAttribute("rel", /noopener/);
  await review.getByLabel("Approve and publish").check();
  await review.getByRole("button", { name: "Record the decision" }).click();
  await expect(review.getByTestId("decision-outcome")).toContainText("Approved and published.");

  await page.goto("/account/submissions");
  await expectInert(page, name);
  await review.goto("/moderation/audit");
  await expectInert(review, "organisation.publish");

  // a model with a hostile name, under the organisation just published: the catalogue lists both as text
  const modelName = `<img src=x onerror="window.pwned=true">Model ${tag}`;
  await page.goto("/submit/model");
  await page.getByLabel("Name *").first().fill(modelName);
  await page.getByLabel("Modality").selectOption({ label: "Text" });
  await page.getByLabel("Description *").first().fill(`<script>window.pwned=true</script> ${description}`);
  await page.getByRole("group", { name: "Organisations already in the catalogue" }).getByLabel(name).check();
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(modelName);
  await review.goto("/moderation?kind=new_model");
  await review.getByRole("link", { name: modelName }).click();
  await review.getByLabel("Approve and publish").check();
  await review.getByRole("button", { name: "Record the decision" }).click();
  await expect(review.getByTestId("decision-outcome")).toContainText("Approved and published.");
  for (const path of ["/", "/fr"]) {
    await page.goto(path);
    const item = page.getByTestId("model-list").getByRole("listitem").filter({ hasText: `Model ${tag}` });
    await expect(item).toContainText(modelName);
    await expect(item).toContainText(name);
    await expectInert(page, modelName);
  }
});
