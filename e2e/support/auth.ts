// Signing in as a person does: the sign-in form, the e-mail, the link in it.
import { expect, type Page } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { signInLink, waitForMail } from "./mailbox";

const root = path.resolve(import.meta.dirname, "../..");

/** A fresh address for one test's person. */
export function uniqueEmail(name: string): string {
  return `${name}-${Date.now()}-${randomBytes(3).toString("hex")}@e2e.example`;
}

export async function signIn(page: Page, email: string, options: { locale?: "en" | "fr"; callbackUrl?: string } = {}) {
  const prefix = options.locale === "fr" ? "/fr" : "";
  const query = options.callbackUrl ? `?callbackUrl=${encodeURIComponent(options.callbackUrl)}` : "";
  await page.goto(`${prefix}/signin${query}`);
  return signInHere(page, email);
}

/** Signs in with the sign-in form the page shows (the sign-in page, or a protected page's 401), and follows the link. */
export async function signInHere(page: Page, email: string) {
  const since = Date.now();
  await page.getByLabel(/E-mail address|Adresse électronique/).fill(email);
  await page.getByRole("button", { name: /Send me a sign-in link|Recevoir un lien de connexion/ }).click();
  await expect(page).toHaveURL(/\/signin\/check-email/);
  const mail = await waitForMail(email, { since, subject: /Sign in|Connexion/ });
  await page.goto(signInLink(mail));
  return mail;
}

/** `npm run user:role` against the e2e app's database, as an operator would. */
export function setRole(email: string, role: "contributor" | "maintainer" | "admin") {
  execFileSync("npm", ["run", "--silent", "user:role", "--", email, role, "e2e setup"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL },
    stdio: "pipe",
  });
}

/** The header folds a signed-in person's links under "Your account": open it (once) to reach them. */
export async function openAccountMenu(page: Page) {
  const menu = page.getByTestId("account-menu");
  if (!(await menu.evaluate((details) => (details as HTMLDetailsElement).open))) await menu.locator("summary").click();
}
