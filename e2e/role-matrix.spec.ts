// The role matrix over HTTP: every protected page for anonymous, the author, another contributor,
// a maintainer and an admin (all signed in through the e-mail flow); and the server actions
// replayed by someone else, from another origin, or by nobody: refused, and nothing changes.
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { setRole, signIn, uniqueEmail } from "./support/auth";
import { fillOrganisation } from "./support/forms";
import { E2E_ADMIN_EMAIL } from "./global-setup";

test.describe.configure({ mode: "serial", timeout: 180_000 });

type Who = "anonymous" | "author" | "other" | "maintainer" | "admin";
const WHO: Who[] = ["anonymous", "author", "other", "maintainer", "admin"];
const contexts = {} as Record<Who, BrowserContext>;
let pendingId = "";
let secondId = "";

async function newContext(browser: Browser, who: Who) {
  return browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": `203.0.113.${40 + WHO.indexOf(who)}` } });
}

async function submitOrganisation(page: Page, name: string): Promise<string> {
  await page.goto("/submit/organisation");
  await fillOrganisation(page, { name, type: "Non-profit or foundation", country: "Germany (DE)", description: "A foundation that releases open models.", sources: "https://foundation.example.eu" });
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page).toHaveURL(/\/account\/submissions\/[a-z0-9]+\?saved=pending$/);
  return /submissions\/([a-z0-9]+)/.exec(page.url())![1]!;
}

test.beforeAll(async ({ browser }) => {
  const emails: Partial<Record<Who, string>> = { author: uniqueEmail("matrix-author"), other: uniqueEmail("matrix-other"), maintainer: uniqueEmail("matrix-maintainer"), admin: E2E_ADMIN_EMAIL };
  setRole(emails.maintainer!, "maintainer");
  for (const who of WHO) {
    contexts[who] = await newContext(browser, who);
    if (who !== "anonymous") await signIn(await contexts[who].newPage(), emails[who]!);
  }
  const page = await contexts.author.newPage();
  pendingId = await submitOrganisation(page, `Matrix Foundation ${randomBytes(3).toString("hex")}`);
  secondId = await submitOrganisation(page, `Matrix Second ${randomBytes(3).toString("hex")}`);
});

test.afterAll(async () => {
  for (const who of WHO) await contexts[who]?.close();
});

const pages: { path: () => string; expected: Record<Who, number> }[] = [
  { path: () => "/account/submissions", expected: { anonymous: 401, author: 200, other: 200, maintainer: 200, admin: 200 } },
  { path: () => `/account/submissions/${pendingId}`, expected: { anonymous: 401, author: 200, other: 404, maintainer: 404, admin: 404 } },
  { path: () => `/account/submissions/${pendingId}/edit`, expected: { anonymous: 401, author: 200, other: 404, maintainer: 404, admin: 404 } },
  { path: () => "/submit/model", expected: { anonymous: 401, author: 200, other: 200, maintainer: 200, admin: 200 } },
  { path: () => "/submit/organisation", expected: { anonymous: 401, author: 200, other: 200, maintainer: 200, admin: 200 } },
  { path: () => "/submit/edit/model/mistral-7b", expected: { anonymous: 401, author: 200, other: 200, maintainer: 200, admin: 200 } },
  { path: () => "/submit/edit/organisation/mistral-ai", expected: { anonymous: 401, author: 200, other: 200, maintainer: 200, admin: 200 } },
  { path: () => "/submit/edit/model/no-such-model", expected: { anonymous: 401, author: 404, other: 404, maintainer: 404, admin: 404 } },
  { path: () => "/moderation", expected: { anonymous: 401, author: 403, other: 403, maintainer: 200, admin: 200 } },
  { path: () => `/moderation/${pendingId}`, expected: { anonymous: 401, author: 403, other: 403, maintainer: 200, admin: 200 } },
  { path: () => "/moderation/no-such-submission", expected: { anonymous: 401, author: 403, other: 403, maintainer: 404, admin: 404 } },
  { path: () => "/moderation/audit", expected: { anonymous: 401, author: 403, other: 403, maintainer: 200, admin: 200 } },
  { path: () => "/admin/users", expected: { anonymous: 401, author: 403, other: 403, maintainer: 403, admin: 200 } },
  { path: () => "/fr/moderation", expected: { anonymous: 401, author: 403, other: 403, maintainer: 200, admin: 200 } },
  { path: () => "/fr/admin/users", expected: { anonymous: 401, author: 403, other: 403, maintainer: 403, admin: 200 } },
];

test("every protected page answers each role exactly as it should", async () => {
  for (const page of pages) {
    const got = {} as Record<Who, number>;
    for (const who of WHO) got[who] = (await contexts[who].request.get(page.path(), { maxRedirects: 0 })).status();
    expect(got, page.path()).toEqual(page.expected);
  }
  // the French pages set the language cookie; the next tests read English
  for (const who of WHO) await contexts[who].clearCookies({ name: "NEXT_LOCALE" });
});

/** Captures the author's real withdraw action (its id and body), as the browser sends it. */
async function captureWithdraw(): Promise<{ url: string; headers: Record<string, string>; body: string }> {
  const page = await contexts.author.newPage();
  await page.goto(`/account/submissions/${secondId}`);
  page.once("dialog", (dialog) => void dialog.accept());
  const request = page.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"]));
  await page.getByRole("button", { name: "Withdraw" }).click();
  const sent = await request;
  await expect(page.getByText("Withdrawn").first()).toBeVisible();
  const headers = sent.headers();
  return { url: sent.url(), headers: { "next-action": headers["next-action"]!, "content-type": headers["content-type"]!, accept: "text/x-component" }, body: sent.postData()! };
}

test("a server action replayed by another person, by nobody or from another origin changes nothing", async () => {
  const action = await captureWithdraw();
  expect(action.body).toContain(secondId);
  const forged = action.body.replace(secondId, pendingId);
  const origin = new URL(action.url).origin;

  const other = await contexts.other.request.post(action.url, { headers: { ...action.headers, origin }, data: forged });
  expect(await other.text()).toContain('"code":"NOT_FOUND"');
  const nobody = await contexts.anonymous.request.post(action.url, { headers: { ...action.headers, origin }, data: forged });
  expect(await nobody.text()).toContain('"code":"UNAUTHENTICATED"');
  const maintainer = await contexts.maintainer.request.post(action.url, { headers: { ...action.headers, origin }, data: forged });
  expect(await maintainer.text()).toContain('"code":"NOT_FOUND"');
  // the author's own session, but the request comes from another site (CSRF): Next refuses it
  const crossSite = await contexts.author.request.post(action.url, { headers: { ...action.headers, origin: "https://evil.example" }, data: forged });
  expect(crossSite.status()).toBeGreaterThanOrEqual(400);

  const page = await contexts.author.newPage();
  await page.goto(`/account/submissions/${pendingId}`);
  await expect(page.getByText("Waiting for review").first()).toBeVisible();
});

test("a request body over the limit is refused before any action runs", async () => {
  const action = await captureWithdrawHeadersOnly();
  const huge = JSON.stringify([{ id: pendingId, revision: 1, padding: "x".repeat(400_000) }]);
  const response = await contexts.author.request.post(action.url, { headers: { ...action.headers, origin: new URL(action.url).origin }, data: huge });
  expect(await response.text()).not.toContain('"ok":true');
  const page = await contexts.author.newPage();
  await page.goto(`/account/submissions/${pendingId}`);
  await expect(page.getByText("Waiting for review").first()).toBeVisible();
});

async function captureWithdrawHeadersOnly() {
  // a fresh submission to withdraw, so the capture itself has something to act on
  const page = await contexts.author.newPage();
  secondId = await submitOrganisation(page, `Matrix Third ${randomBytes(3).toString("hex")}`);
  return captureWithdraw();
}
