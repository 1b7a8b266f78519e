import { describe, expect, it } from "vitest";
import { parseEnv } from "../env";
import { authOrigin, externalProviders, isAdminEmail, mailDelivery, secureCookies } from "./config";

describe("sign-in configuration", () => {
  it("points links at NEXTAUTH_URL, else SITE_URL, else this machine's port", () => {
    expect(authOrigin(parseEnv({})).origin).toBe("http://localhost:3000");
    expect(authOrigin(parseEnv({ PORT: "8080" })).origin).toBe("http://localhost:8080");
    expect(authOrigin(parseEnv({ SITE_URL: "https://atlas.example.eu" })).origin).toBe("https://atlas.example.eu");
    expect(authOrigin(parseEnv({ SITE_URL: "https://a.example", NEXTAUTH_URL: "https://b.example" })).origin).toBe("https://b.example");
  });

  it("makes cookies Secure on https and loopback, and only a public plain-http origin goes without", () => {
    expect(secureCookies(new URL("https://atlas.example.eu"))).toBe(true);
    expect(secureCookies(new URL("http://localhost:3000"))).toBe(true);
    expect(secureCookies(new URL("http://127.0.0.1:3917"))).toBe(true);
    expect(secureCookies(new URL("http://atlas.intranet:3000"))).toBe(false);
  });

  it("writes sign-in links to the log only for development or a site on this machine", () => {
    const local = new URL("http://localhost:3000");
    const publicSite = new URL("https://atlas.example.eu");
    expect(mailDelivery({ NODE_ENV: "production", SMTP_HOST: "smtp.example.eu" }, publicSite)).toBe("smtp");
    expect(mailDelivery({ NODE_ENV: "production" }, local)).toBe("log");
    expect(mailDelivery({ NODE_ENV: "development" }, publicSite)).toBe("log");
    expect(mailDelivery({ NODE_ENV: "production" }, publicSite)).toBe("none");
  });

  it("offers a provider only when its credentials are complete, and names the OIDC one", () => {
    expect(externalProviders(parseEnv({}))).toEqual([]);
    const env = parseEnv({
      GITHUB_ID: "id", GITHUB_SECRET: "s",
      OIDC_ISSUER: "https://sso.example.eu/realms/atlas", OIDC_ID: "atlas", OIDC_SECRET: "s", OIDC_NAME: "EU Login",
    });
    expect(externalProviders(env)).toEqual([{ id: "oidc", name: "EU Login" }, { id: "github", name: "GitHub" }]);
  });

  it("refuses a provider half configured, a short secret and a bad admin list", () => {
    expect(() => parseEnv({ GITHUB_ID: "id" })).toThrow(/GITHUB_SECRET: must be set together with GITHUB_ID/);
    expect(() => parseEnv({ OIDC_ISSUER: "https://sso.example.eu" })).toThrow(/OIDC_ID/);
    expect(() => parseEnv({ AUTH_SECRET: "short" })).toThrow(/AUTH_SECRET: must be at least 32 characters/);
    expect(() => parseEnv({ ADMIN_EMAILS: "a@example.eu, not-an-address" })).toThrow(/ADMIN_EMAILS/);
  });

  it("matches admin addresses whatever their case and spacing", () => {
    const env = parseEnv({ ADMIN_EMAILS: " Ada@Example.eu ,bob@example.eu" });
    expect(isAdminEmail(env, "ada@example.eu")).toBe(true);
    expect(isAdminEmail(env, "BOB@example.eu ")).toBe(true);
    expect(isAdminEmail(env, "eve@example.eu")).toBe(false);
    expect(isAdminEmail(env, null)).toBe(false);
  });
});
