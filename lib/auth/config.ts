// What sign-in looks like for this environment: the public origin, whether cookies are Secure, which
// providers exist and how e-mail is delivered. Pure functions of the validated environment.
import type { Env } from "../env";

/** The origin sign-in links point to: NEXTAUTH_URL, else SITE_URL, else this machine. */
export function authOrigin(env: Pick<Env, "NEXTAUTH_URL" | "SITE_URL" | "PORT">): URL {
  return new URL(env.NEXTAUTH_URL ?? env.SITE_URL ?? `http://localhost:${env.PORT}`);
}

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/;

export function isLoopback(origin: URL): boolean {
  return LOOPBACK.test(origin.hostname);
}

/**
 * Cookies are Secure on https and on loopback (browsers treat http://localhost and 127.0.0.1 as
 * secure contexts and keep Secure cookies there). Only a plain-http public origin gets cookies
 * without it, because a browser would drop them and nobody could sign in; start.ts warns then.
 */
export function secureCookies(origin: URL): boolean {
  return origin.protocol === "https:" || isLoopback(origin);
}

/** The session cookie's name, as next-auth sets it for this origin (read by lib/auth/session.ts and the page cache). */
export function sessionCookieNameFor(origin: URL): string {
  return `${secureCookies(origin) ? "__Secure-" : ""}next-auth.session-token`;
}

/** The CSRF cookie's name, as next-auth sets it for this origin (read by the sign-in gate). */
export function csrfCookieNameFor(origin: URL): string {
  return `${secureCookies(origin) ? "__Host-" : ""}next-auth.csrf-token`;
}

export type MailDelivery = "smtp" | "log" | "none";

/**
 * SMTP when configured. Without it, sign-in links go to the server log, but only where the server's
 * own operator is the one reading it: development, or a site served on this machine (a newcomer's
 * `npm start`). A public site without SMTP has no e-mail sign-in rather than links in its logs.
 */
export function mailDelivery(env: Pick<Env, "SMTP_HOST" | "NODE_ENV">, origin: URL): MailDelivery {
  if (env.SMTP_HOST) return "smtp";
  if (env.NODE_ENV !== "production" || isLoopback(origin)) return "log";
  return "none";
}

export type ExternalProvider = { id: "github" | "gitlab" | "oidc"; name: string };

/** The OAuth / OpenID Connect providers whose credentials are set, in the order the page shows them. */
export function externalProviders(env: Env): ExternalProvider[] {
  const providers: ExternalProvider[] = [];
  if (env.OIDC_ISSUER && env.OIDC_ID && env.OIDC_SECRET) providers.push({ id: "oidc", name: env.OIDC_NAME });
  if (env.GITHUB_ID && env.GITHUB_SECRET) providers.push({ id: "github", name: "GitHub" });
  if (env.GITLAB_ID && env.GITLAB_SECRET) providers.push({ id: "gitlab", name: "GitLab" });
  return providers;
}

export function isAdminEmail(env: Pick<Env, "ADMIN_EMAILS">, email: string | null | undefined): boolean {
  return Boolean(email) && env.ADMIN_EMAILS.includes(email!.trim().toLowerCase());
}
