import "server-only";
// next-auth (v4) configuration: e-mail magic links always, GitHub, GitLab and one generic OpenID
// Connect provider when their credentials are set; sessions in the database.
import type { NextAuthOptions } from "next-auth";
import type { Provider } from "next-auth/providers/index";
import EmailProvider from "next-auth/providers/email";
import GitHubProvider from "next-auth/providers/github";
import GitLabProvider from "next-auth/providers/gitlab";
import { db } from "../db/client";
import { sendMail } from "../mail/mailer";
import { localeOfSignInUrl, signInMail } from "../mail/templates";
import { prismaAdapter } from "./adapter";
import { authOrigin, isAdminEmail, mailDelivery, secureCookies, sessionCookieNameFor } from "./config";
import { serverEnv } from "./env";
import { recordRoleChange } from "./audit";
import { forgetSignInEmails } from "./sign-in-limits";

export const SIGN_IN_LINK_MINUTES = 30;

function providers(): Provider[] {
  const env = serverEnv();
  const list: Provider[] = [];
  if (mailDelivery(env, authOrigin(env)) !== "none") {
    list.push(
      EmailProvider({
        // the transport is ours (lib/mail): SMTP, or the server log where that is allowed
        server: {},
        from: env.EMAIL_FROM,
        maxAge: SIGN_IN_LINK_MINUTES * 60,
        async sendVerificationRequest({ identifier, url }) {
          await sendMail(signInMail(identifier, url, new URL(url).host, localeOfSignInUrl(url)));
        },
      }),
    );
  }
  if (env.OIDC_ISSUER && env.OIDC_ID && env.OIDC_SECRET) {
    list.push({
      id: "oidc",
      name: env.OIDC_NAME,
      type: "oauth",
      wellKnown: `${env.OIDC_ISSUER.replace(/\/$/, "")}/.well-known/openid-configuration`,
      clientId: env.OIDC_ID,
      clientSecret: env.OIDC_SECRET,
      authorization: { params: { scope: "openid email profile" } },
      idToken: true,
      checks: ["pkce", "state"],
      profile(profile: { sub: string; name?: string; preferred_username?: string; email?: string; picture?: string }) {
        return { id: profile.sub, name: profile.name ?? profile.preferred_username ?? null, email: profile.email ?? null, image: profile.picture ?? null };
      },
    });
  }
  if (env.GITHUB_ID && env.GITHUB_SECRET) {
    list.push(GitHubProvider({ clientId: env.GITHUB_ID, clientSecret: env.GITHUB_SECRET }));
  }
  if (env.GITLAB_ID && env.GITLAB_SECRET) {
    const base = env.GITLAB_URL?.replace(/\/$/, "");
    list.push(
      GitLabProvider({
        clientId: env.GITLAB_ID,
        clientSecret: env.GITLAB_SECRET,
        ...(base
          ? { authorization: { url: `${base}/oauth/authorize`, params: { scope: "read_user" } }, token: `${base}/oauth/token`, userinfo: `${base}/api/v4/user` }
          : {}),
      }),
    );
  }
  return list;
}

let cached: NextAuthOptions | undefined;

export function authOptions(): NextAuthOptions {
  if (cached) return cached;
  const env = serverEnv();
  const origin = authOrigin(env);
  cached = {
    adapter: prismaAdapter(),
    providers: providers(),
    secret: env.AUTH_SECRET ?? env.NEXTAUTH_SECRET,
    session: { strategy: "database", maxAge: 30 * 24 * 3600, updateAge: 24 * 3600 },
    // HttpOnly and SameSite=Lax are next-auth's defaults for every cookie; Secure as decided in config.ts
    useSecureCookies: secureCookies(origin),
    pages: { signIn: "/signin", verifyRequest: "/signin/check-email", error: "/signin/error" },
    callbacks: {
      // only back to this site, whatever a link's callbackUrl says
      redirect({ url, baseUrl }) {
        if (url.startsWith("/") && !url.startsWith("//")) return `${baseUrl}${url}`;
        try {
          if (new URL(url).origin === baseUrl) return url;
        } catch {
          // not a URL: go home
        }
        return baseUrl;
      },
    },
    events: {
      // A link used proves the address is the person's: the e-mails asked for it start afresh.
      // Admins named in ADMIN_EMAILS become admins when they sign in (and the change is audited).
      async signIn({ user, account }) {
        if (account?.provider === "email" && user.email) await forgetSignInEmails(user.email);
        if (!user.id || !isAdminEmail(env, user.email)) return;
        const row = await db().user.findUnique({ where: { id: user.id }, select: { role: true } });
        if (!row || row.role === "admin") return;
        await db().$transaction(async (tx) => {
          await tx.user.update({ where: { id: user.id }, data: { role: "admin" } });
          await recordRoleChange(tx, { actorId: null, userId: user.id, from: row.role, to: "admin", reason: "ADMIN_EMAILS", via: "bootstrap" });
        });
      },
    },
    logger: {
      error(code, metadata) {
        console.error(`[auth] ${code}`, metadata instanceof Error ? metadata.message : "");
      },
      warn(code) {
        if (code !== "DEBUG_ENABLED") console.warn(`[auth] ${code}`);
      },
      debug() {},
    },
  };
  return cached;
}

/** The session cookie's name, as next-auth sets it for these options. */
export function sessionCookieName(): string {
  return sessionCookieNameFor(authOrigin(serverEnv()));
}
