// Public pages served from memory (lib/server/cached-pages.ts) behave as the pages Next.js renders:
// scripts run under a fresh nonce, signed-in people get their role's page and nobody else ever
// gets it, the locale rules hold.
import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { openAccountMenu, setRole, signIn, uniqueEmail } from "./support/auth";

const CACHE = "x-atlas-cache";
const nonceOf = (csp: string | undefined) => /'nonce-([^']+)'/.exec(csp ?? "")?.[1];

test("an anonymous visitor gets the page from memory, with a fresh nonce, and its scripts run", async ({ page, request }) => {
  const path = "/models?sort=name";
  // (another spec publishing an entry empties the cache: ask again until two answers share a page)
  let [first, second] = [await request.get(path), await request.get(path)];
  for (let tries = 0; second.headers()[CACHE] !== "hit" && tries < 10; tries++) [first, second] = [second, await request.get(path)];
  expect(second.headers()[CACHE]).toBe("hit");
  const [nonce1, nonce2] = [nonceOf(first.headers()["content-security-policy"]), nonceOf(second.headers()["content-security-policy"])];
  expect(nonce1).toBeTruthy();
  expect(nonce2).not.toBe(nonce1);
  expect((await second.text()).replaceAll(nonce2!, "N")).toBe((await first.text()).replaceAll(nonce1!, "N"));

  const refused: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to execute/i.test(message.text())) refused.push(message.text());
  });
  await expect.poll(async () => (await page.goto(path))?.headers()[CACHE]).toBe("hit");
  // the filters only update the address on their own when the page's scripts run
  await page.getByRole("checkbox", { name: "C · Open weights" }).check();
  await expect(page).toHaveURL(/grade=C/);
  expect(refused).toEqual([]);
});

test("signed-in people get the page kept for their role: their own links, never another role's, never who they are", async ({ browser, request }) => {
  const path = "/organisations?sort=name";
  const visit = async (page: Page) => {
    // (another spec publishing an entry empties the cache: ask until the page comes from memory)
    await expect.poll(async () => (await page.goto(path))?.headers()[CACHE], { timeout: 15_000 }).toBe("hit");
    return page.content();
  };
  const person = async (name: string, address: string) => {
    const email = uniqueEmail(name);
    const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": address } });
    const page = await context.newPage();
    await signIn(page, email);
    return { email, page, context };
  };
  const contributor = await person("cached-contributor", "203.0.113.90");
  const maintainer = await person("cached-maintainer", "203.0.113.91");
  setRole(maintainer.email, "maintainer");

  const contributorPage = await visit(contributor.page);
  await openAccountMenu(contributor.page);
  await expect(contributor.page.getByRole("link", { name: "My submissions" })).toBeVisible();
  await expect(contributor.page.getByRole("link", { name: "Moderation" })).toHaveCount(0);
  await expect(contributor.page.getByText("You are signed in")).toBeAttached();
  const maintainerPage = await visit(maintainer.page);
  await openAccountMenu(maintainer.page);
  await expect(maintainer.page.getByRole("link", { name: "Moderation" })).toBeVisible();
  for (const html of [contributorPage, maintainerPage]) {
    expect(html).not.toContain(contributor.email);
    expect(html).not.toContain(maintainer.email);
  }
  // an anonymous visitor gets neither
  await expect.poll(async () => (await request.get(path)).headers()[CACHE]).toBe("hit");
  const anonymous = await request.get(path);
  // (the words are in every page's client messages: look for the links)
  expect(await anonymous.text()).not.toMatch(/href="\/(account\/submissions|moderation)"/);
  expect(maintainerPage).toMatch(/href="\/moderation"/);
  // who they are shows on their own page
  await contributor.page.goto("/account/submissions");
  await expect(contributor.page.getByText(`Signed in as ${contributor.email}`)).toBeVisible();

  // a role taken away applies at the next page, from memory too
  setRole(maintainer.email, "contributor");
  await visit(maintainer.page);
  await expect(maintainer.page.getByRole("link", { name: "Moderation" })).toHaveCount(0);
  // signed out: the anonymous page
  await contributor.page.goto(path);
  await openAccountMenu(contributor.page);
  await contributor.page.getByRole("button", { name: "Sign out" }).click();
  await expect(contributor.page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await contributor.page.goto(path);
  await expect(contributor.page.getByRole("link", { name: "My submissions" })).toHaveCount(0);
  await contributor.context.close();
  await maintainer.context.close();
});

test("a change made outside the app, by a script or another instance, reaches the pages kept in memory within seconds", async ({ request }) => {
  const path = "/organisations/kyutai";
  await expect.poll(async () => (await request.get(path)).headers()[CACHE], { timeout: 15_000 }).toBe("hit");
  const database = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await database.connect();
  try {
    const [{ name }] = (await database.query<{ name: string }>(`SELECT "name" FROM "Organisation" WHERE "slug" = 'kyutai'`)).rows as [{ name: string }];
    // as an operator's SQL or a script in another process would: this server hears nothing of it
    await database.query(`UPDATE "Organisation" SET "name" = 'Kyutai Research Lab' WHERE "slug" = 'kyutai'`);
    try {
      await expect.poll(async () => (await request.get(path)).text(), { timeout: 5_000 }).toContain("Kyutai Research Lab");
    } finally {
      await database.query(`UPDATE "Organisation" SET "name" = $1 WHERE "slug" = 'kyutai'`, [name]);
    }
    await expect.poll(async () => (await request.get(path)).text(), { timeout: 5_000 }).not.toContain("Kyutai Research Lab");
  } finally {
    await database.end();
  }
});

test("a visitor who reads French is still sent to the French page", async ({ request, playwright, baseURL }) => {
  await expect.poll(async () => (await request.get("/methodology")).headers()[CACHE]).toBe("hit");
  for (const headers of [{ "accept-language": "fr-FR,fr;q=0.9,en;q=0.5" }, { cookie: "NEXT_LOCALE=fr" }] as Record<string, string>[]) {
    // a visitor of their own: no cookie from the requests above
    const visitor = await playwright.request.newContext({ baseURL });
    const response = await visitor.get("/methodology", { headers, maxRedirects: 0 });
    expect(response.status()).toBe(307);
    expect(response.headers().location).toMatch(/\/fr\/methodology$/);
    await visitor.dispose();
  }
  const french = await request.get("/fr/methodology", { headers: { "accept-language": "fr" } });
  expect(await french.text()).toContain('lang="fr"');
});

test("a page view asks the server for the page alone, and a click asks for the one page it opens", async ({ page }) => {
  // Next.js prefetches every link in view by default: for these dynamic pages that was twenty
  // requests per view of /models (route trees and metadata, never from memory), for nothing a click
  // could use. What counts is what the server renders: documents and the client router's fetches
  // (scripts, styles and images, such as a model's badge, are files the browser caches).
  const asked: string[] = [];
  page.on("request", (request) => {
    if (!["document", "fetch", "xhr"].includes(request.resourceType())) return;
    asked.push(`${request.resourceType()} ${new URL(request.url()).pathname}${request.headers()["next-router-prefetch"] ? " (prefetch)" : ""}`);
  });
  await page.goto("/models?sort=name");
  await expect(page.getByTestId("model-item").first()).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(asked).toEqual(["document /models"]);

  // the first model's page: a plain link (issue 17, point 9), so the browser loads it as a document
  const first = page.getByTestId("model-item").first().getByRole("heading").getByRole("link");
  const href = await first.getAttribute("href");
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(asked.slice(1)).toEqual([`document ${href}`]);
});

test("a click on a link is answered from memory for the next anonymous visitor who makes it", async ({ browser }) => {
  const clickFirstOrganisation = async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto("/organisations?sort=name");
    const link = page.getByTestId("organisation-list").getByRole("listitem").first().getByRole("heading").getByRole("link");
    const name = (await link.innerText()).trim();
    const href = await link.getAttribute("href");
    const navigation = page.waitForResponse((response) => response.request().resourceType() === "document" && new URL(response.url()).pathname === href);
    await link.click();
    const answer = await navigation;
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
    const cache = answer.headers()[CACHE];
    await context.close();
    return cache;
  };
  // (another spec publishing an entry empties the cache: click again until one click is a hit)
  const caches = [await clickFirstOrganisation(), await clickFirstOrganisation()];
  for (let tries = 0; caches.at(-1) !== "hit" && tries < 5; tries++) caches.push(await clickFirstOrganisation());
  expect(caches[0]).toMatch(/^(miss|hit)$/);
  expect(caches.at(-1)).toBe("hit");
});
