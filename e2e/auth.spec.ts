// Sign-in by e-mail through a real SMTP server: the link, the session cookie, the limits.
import { expect, test } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { mailsTo, signInLink, waitForMail } from "./support/mailbox";
import { openAccountMenu, signIn, uniqueEmail } from "./support/auth";
import { E2E_ADMIN_EMAIL } from "./global-setup";

test.describe("sign-in by e-mail", () => {
  test("a new person signs in with the link they receive, once, with a Secure HttpOnly SameSite cookie", async ({ page, context }) => {
    const email = uniqueEmail("newcomer");
    const mail = await signIn(page, email);
    expect(mail.subject).toContain("Sign in to Libre Atlas");
    expect(mail.text).toContain("30 minutes");
    await expect(page).toHaveURL(/\/account\/submissions$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("My submissions");
    await openAccountMenu(page);
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();

    const session = (await context.cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
    expect(session).toBeDefined();
    expect(session!.httpOnly).toBe(true);
    expect(session!.secure).toBe(true);
    expect(session!.sameSite).toBe("Lax");

    // the same link a second time: refused
    await page.context().clearCookies();
    await page.goto(signInLink(mail));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign-in failed");
    await expect(page.getByText("expired or was already used")).toBeVisible();
  });

  test("in French, the e-mail and the pages are French and the person comes back to the French page", async ({ page }) => {
    const email = uniqueEmail("francophone");
    const mail = await signIn(page, email, { locale: "fr" });
    expect(mail.subject).toContain("Connexion à Libre Atlas");
    expect(mail.text).toContain("Ouvrez le lien");
    await expect(page).toHaveURL(/\/fr\/account\/submissions$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mes propositions");
  });

  test("a protected page answers 401 with the sign-in form, which brings the person back", async ({ page }) => {
    const response = await page.goto("/account/submissions");
    expect(response?.status()).toBe(401);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in to see this page");
    const email = uniqueEmail("returning");
    const since = Date.now();
    await page.getByLabel("E-mail address").fill(email);
    await page.getByRole("button", { name: "Send me a sign-in link" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your e-mail");
    await page.goto(signInLink(await waitForMail(email, { since })));
    await expect(page).toHaveURL(/\/account\/submissions$/);
  });

  test("signing out ends the session on the server", async ({ page, context }) => {
    await signIn(page, uniqueEmail("leaving"));
    const cookie = (await context.cookies()).find((c) => c.name.endsWith("next-auth.session-token"))!;
    await openAccountMenu(page);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
    // the old cookie, replayed, no longer opens anything
    await context.addCookies([cookie]);
    const response = await page.goto("/account/submissions");
    expect(response?.status()).toBe(401);
  });

  test("an address that is not one is refused with the field's own message, in the page's language", async ({ page }) => {
    await page.goto("/fr/signin");
    await page.getByLabel("Adresse électronique").fill("pas-une-adresse");
    await page.getByRole("button", { name: "Recevoir un lien de connexion" }).click();
    await expect(page.locator("main").getByRole("alert")).toHaveText("Indiquez une adresse électronique valide, par exemple nom@exemple.org.");
    await expect(page).toHaveURL(/\/fr\/signin$/);
  });

  test("signing out on a page in German lands on the German home page", async ({ page }) => {
    await signIn(page, uniqueEmail("leaving-de"));
    await page.goto("/de/models");
    await openAccountMenu(page);
    await page.getByRole("button", { name: "Abmelden" }).click();
    await expect(page.getByRole("link", { name: "Anmelden" })).toBeVisible();
    expect(new URL(page.url()).pathname).toBe("/de");
  });

  test("too many links for one address answer 429 with Retry-After, and the form says when to retry", async ({ page, request }) => {
    const email = uniqueEmail("hurried");
    const csrf = async () => {
      const response = await request.get("/api/auth/csrf");
      return ((await response.json()) as { csrfToken: string }).csrfToken;
    };
    const ask = async () =>
      request.post("/api/auth/signin/email", {
        form: { email, csrfToken: await csrf(), callbackUrl: "/", json: "true" },
        headers: { "x-forwarded-for": "198.51.100.7" },
      });
    for (let i = 0; i < 5; i++) expect((await ask()).status()).toBe(200);
    const refused = await ask();
    expect(refused.status()).toBe(429);
    expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);
    expect((await refused.json()).error.code).toBe("RATE_LIMITED");
    await expect.poll(() => mailsTo(email).length).toBe(5);

    // the same person, from the same address, in the browser
    await page.setExtraHTTPHeaders({ "x-forwarded-for": "198.51.100.7" });
    await page.goto("/signin");
    await page.getByLabel("E-mail address").fill(email);
    await page.getByRole("button", { name: "Send me a sign-in link" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText(/Too many sign-in links were asked for\. Try again in \d+ minutes?/);
  });

  test("requests that fail the CSRF check are not counted: they cannot spend a person's budget", async ({ request }) => {
    const email = uniqueEmail("forged-flood");
    const headers = { "x-forwarded-for": "198.51.100.20" };
    for (let i = 0; i < 8; i++) {
      const form: Record<string, string> = i % 2 ? { email, callbackUrl: "/", json: "true" } : { email, csrfToken: `forged-${i}`, callbackUrl: "/", json: "true" };
      const forged = await request.post("/api/auth/signin/email", { form, headers, maxRedirects: 0 });
      expect(forged.status(), `forged request ${i}`).not.toBe(429);
    }
    const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const ask = () => request.post("/api/auth/signin/email", { form: { email, csrfToken, callbackUrl: "/", json: "true" }, headers });
    for (let i = 0; i < 5; i++) expect((await ask()).status(), `request ${i}`).toBe(200);
    expect((await ask()).status()).toBe(429);
    await expect.poll(() => mailsTo(email).length).toBe(5);
  });

  test("a stranger elsewhere cannot lock a person out, and a link used starts the person's count afresh", async ({ page, playwright, baseURL }) => {
    const email = uniqueEmail("targeted");
    const askFrom = async (ip: string) => {
      const client = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": ip } });
      const { csrfToken } = (await (await client.get("/api/auth/csrf")).json()) as { csrfToken: string };
      const status = (await client.post("/api/auth/signin/email", { form: { email, csrfToken, callbackUrl: "/", json: "true" } })).status();
      await client.dispose();
      return status;
    };
    // a stranger spends their own budget for this address…
    for (let i = 0; i < 5; i++) expect(await askFrom("198.51.100.30")).toBe(200);
    expect(await askFrom("198.51.100.30")).toBe(429);
    // …and the person, from their own address, signs in all the same
    await page.setExtraHTTPHeaders({ "x-forwarded-for": "198.51.100.31" });
    for (let i = 0; i < 4; i++) expect(await askFrom("198.51.100.31")).toBe(200);
    const mail = await signIn(page, email);
    await expect(page).toHaveURL(/\/account\/submissions$/);
    expect(mail.subject).toContain("Sign in");
    expect(await askFrom("198.51.100.31")).toBe(200);
    // the link used proved the address: the stranger's count for it started afresh too
    expect(await askFrom("198.51.100.30")).toBe(200);
  });

  test("a sign-in request without the CSRF token, or with the honeypot filled, sends no e-mail", async ({ request }) => {
    const email = uniqueEmail("forged");
    await request.post("/api/auth/signin/email", { form: { email, callbackUrl: "/", json: "true" }, maxRedirects: 0 });
    const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const bot = await request.post("/api/auth/signin/email", { form: { email, csrfToken, website: "http://spam.example", json: "true" } });
    expect(bot.status()).toBe(200);
    await new Promise((r) => setTimeout(r, 1500));
    expect(mailsTo(email)).toHaveLength(0);
  });

  test("an address in ADMIN_EMAILS becomes admin when it signs in", async ({ page }) => {
    await signIn(page, E2E_ADMIN_EMAIL);
    await openAccountMenu(page);
    await expect(page.getByRole("link", { name: "Users" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Moderation" })).toBeVisible();
  });

  test("the sign-in pages pass axe in both languages", async ({ page }) => {
    for (const path of ["/signin", "/fr/signin", "/signin/check-email?email=a%40b.example", "/fr/signin/error?error=Verification"]) {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      expect(results.violations, path).toEqual([]);
    }
  });
});
