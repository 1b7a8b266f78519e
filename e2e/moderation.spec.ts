// Reviewing a suggested edit: the published entry beside the proposal with the grade before and
// after, changes requested, the submitter edits, approval; an admin gives a role in the UI.
import { expect, test, type Browser } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { randomBytes } from "node:crypto";
import { setRole, signIn, uniqueEmail } from "./support/auth";
import { waitForMail } from "./support/mailbox";
import { E2E_ADMIN_EMAIL } from "./global-setup";

test.describe.configure({ mode: "serial", timeout: 180_000 });

async function personPage(browser: Browser, ip: string) {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": ip } });
  return context.newPage();
}

test("a suggested edit: diff with grades, changes requested, edited by the submitter, approved, audited", async ({ browser, request }) => {
  const tag = randomBytes(3).toString("hex");
  const author = uniqueEmail("editor");
  const maintainer = uniqueEmail("edit-reviewer");
  setRole(maintainer, "maintainer");

  const page = await personPage(browser, "203.0.113.71");
  await signIn(page, author);
  await page.goto("/submit/edit/model/lucie-7b");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Suggest changes to Lucie-7B");
  await expect(page.getByLabel("Name *")).toHaveValue("Lucie-7B");
  const description = page.getByLabel("Description *");
  await description.fill(`${await description.inputValue()} Revised ${tag}.`);
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByText("Waiting for review").first()).toBeVisible();
  const submissionUrl = page.url().replace(/\?.*$/, "");

  const review = await personPage(browser, "203.0.113.72");
  await signIn(review, maintainer);
  await review.goto("/moderation?kind=edit_model");
  await review.getByRole("link", { name: "Lucie-7B" }).last().click();
  await expect(review.getByTestId("grade-before")).toHaveText(/^[A-E] · \d+\/100$/);
  const before = (await review.getByTestId("grade-before").innerText()).slice(0, 1);
  await expect(review.getByTestId("grade-after")).toContainText(before);
  const changed = review.getByTestId("submission-diff").locator("tr[data-changed=true]");
  await expect(changed).toHaveCount(1);
  await expect(changed).toContainText(`Revised ${tag}.`);

  let since = Date.now();
  await review.getByLabel("Request changes").check();
  await review.getByLabel("Note to the submitter").fill("Please cite the model card for the new sentence.");
  await review.getByRole("button", { name: "Record the decision" }).click();
  await expect(review.getByText("(Changes requested)")).toBeVisible();
  expect((await waitForMail(author, { since })).subject).toBe("Changes requested: Lucie-7B");

  await page.goto(submissionUrl);
  await expect(page.getByTestId("decision-note")).toHaveText("Please cite the model card for the new sentence.");
  await page.getByRole("link", { name: "Edit", exact: true }).click();
  await page.getByLabel("A note for the maintainers (optional)").fill("The sentence is from the model card.");
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByText("Waiting for review").first()).toBeVisible();

  // the public page, as anonymous visitors get it from the server's memory before the approval
  await expect.poll(async () => (await request.get("/models/lucie-7b")).headers()["x-atlas-cache"]).toBe("hit");

  since = Date.now();
  await review.reload();
  await expect(review.getByText("The sentence is from the model card.")).toBeVisible();
  await review.getByLabel("Approve and publish").check();
  await review.getByRole("button", { name: "Record the decision" }).click();
  await expect(review.getByText("(Approved)")).toBeVisible();
  expect((await waitForMail(author, { since })).subject).toBe("Published: Lucie-7B");
  // published means shown at once, to anonymous visitors too
  expect(await (await request.get("/models/lucie-7b")).text()).toContain(`Revised ${tag}.`);
  await review.goto("/moderation/audit");
  await expect(review.getByTestId("audit-log")).toContainText("model.update");
  await expect(review.getByTestId("audit-log")).toContainText("Please cite the model card");
});

test("an admin makes someone a maintainer in the UI; the change is audited and applies at once", async ({ browser }) => {
  const person = uniqueEmail("promoted");
  const them = await personPage(browser, "203.0.113.73");
  await signIn(them, person);
  expect((await them.goto("/moderation"))?.status()).toBe(403);

  const admin = await personPage(browser, "203.0.113.74");
  await signIn(admin, E2E_ADMIN_EMAIL);
  await admin.goto(`/admin/users?q=${encodeURIComponent(person)}`);
  await admin.getByLabel(`Role of ${person}`).selectOption("maintainer");
  await admin.getByLabel(`Reason for the change of ${person}`).fill("reviews speech models");
  await admin.getByRole("button", { name: "Change" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Role changed." })).toBeVisible();

  expect((await them.goto("/moderation"))?.status()).toBe(200);
  await admin.goto("/moderation/audit");
  const entry = admin.getByTestId("audit-log").getByRole("row").filter({ hasText: "reviews speech models" });
  await expect(entry).toContainText("user.role");
  await expect(entry).toContainText(E2E_ADMIN_EMAIL);
});

test("a sign-in request body over 4 KB is refused with 413", async ({ request }) => {
  const response = await request.post("/api/auth/signin/email", { form: { email: "a@example.eu", padding: "x".repeat(5000) } });
  expect(response.status()).toBe(413);
  expect((await response.json()).error.code).toBe("PAYLOAD_TOO_LARGE");
});

test("the account, moderation and admin pages pass axe in both languages", async ({ browser }) => {
  const admin = await personPage(browser, "203.0.113.75");
  await signIn(admin, E2E_ADMIN_EMAIL);
  for (const path of ["/account/submissions", "/moderation", "/moderation/audit", "/admin/users", "/submit/organisation", "/fr/account/submissions", "/fr/moderation", "/fr/submit/model"]) {
    await admin.goto(path);
    const results = await new AxeBuilder({ page: admin }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(results.violations, path).toEqual([]);
  }
});
