// Environment variables, validated once at start-up with a clear message for each bad one.
import { z } from "zod";

const port = z.coerce.number().int().min(1).max(65535);
const postgresUrl = z
  .string()
  .refine((v) => /^postgres(ql)?:\/\/.+/.test(v), "must be a postgres:// or postgresql:// connection URL");

/** A whole number in [min, max], with a message a person can act on ("abc" is not NaN to them). */
const wholeNumber = (min: number, max: number, what: string) => {
  const message = `must be a whole number of ${what}, from ${min} to ${max}`;
  return z.coerce.number({ error: message }).int(message).min(min, message).max(max, message);
};

const secret = z.string().min(32, "must be at least 32 characters (for example: openssl rand -base64 32)");

export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** PostgreSQL to use; when absent, `npm start` runs the embedded database under ATLAS_DATA_DIR */
  DATABASE_URL: postgresUrl.optional(),
  PORT: port.default(3000),
  /** where the embedded database keeps its files */
  ATLAS_DATA_DIR: z.string().min(1).default(".data"),
  /** public origin used in absolute links (sitemap, feeds, badges' snippets) */
  SITE_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** reverse proxies in front of the app, for every per-address rate limit (lib/security/client-ip.ts) */
  ATLAS_TRUSTED_PROXIES: z.coerce.number().int().min(0).max(10).default(0),
  /** memory for public pages served to anonymous visitors from memory (lib/server/cached-pages.ts); 0 turns it off */
  PAGE_CACHE_MB: wholeNumber(0, 65_536, "megabytes").default(128),
  /** web server processes (lib/server/workers.ts); a page renders on one core, so up to one per core */
  WEB_CONCURRENCY: wholeNumber(1, 64, "processes").default(1),
  /** the Hugging Face Hub the pre-fill and `import:hf` ask (the variable the Hub's own clients read); https, except on this machine or in development */
  HF_ENDPOINT: z
    .url({ protocol: /^https?$/, error: "must be the Hub's address, such as https://huggingface.co" })
    .transform((v) => v.replace(/\/+$/, ""))
    .refine((v) => { const u = new URL(v); return !u.username && !u.password && (u.pathname === "/" || u.pathname === "") && !u.search && !u.hash; }, "must be an origin only (scheme, host and port), such as https://huggingface.co")
    .default("https://huggingface.co"),

  // ---- Sign-in (lib/auth/) ----
  /** signs sign-in tokens and CSRF cookies; unset: `npm start` generates one under ATLAS_DATA_DIR */
  AUTH_SECRET: secret.optional(),
  /** next-auth's name for AUTH_SECRET; either may be given */
  NEXTAUTH_SECRET: secret.optional(),
  /** the origin in sign-in links; unset: SITE_URL, else http://localhost:PORT */
  NEXTAUTH_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** comma-separated e-mail addresses made admins when they sign in */
  ADMIN_EMAILS: z
    .string()
    .transform((v) => v.split(",").map((e) => e.trim().toLowerCase()).filter(Boolean))
    .pipe(z.array(z.email("must be a comma-separated list of e-mail addresses")))
    .default([]),
  /** SMTP server for sign-in links and notifications; unset: links are written to the server log (local use only) */
  SMTP_HOST: z.string().min(1).optional(),
  SMTP_PORT: port.default(587),
  SMTP_USER: z.string().min(1).optional(),
  SMTP_PASSWORD: z.string().min(1).optional(),
  /** TLS from the first byte (port 465); otherwise STARTTLS when the server offers it */
  SMTP_SECURE: z.enum(["true", "false"]).transform((v) => v === "true").optional(),
  EMAIL_FROM: z.string().min(3).max(200).default("Libre Atlas <no-reply@libre-atlas.localhost>"),
  GITHUB_ID: z.string().min(1).optional(),
  GITHUB_SECRET: z.string().min(1).optional(),
  GITLAB_ID: z.string().min(1).optional(),
  GITLAB_SECRET: z.string().min(1).optional(),
  /** a self-hosted GitLab; unset: gitlab.com */
  GITLAB_URL: z.url({ protocol: /^https$/ }).optional(),
  /** any OpenID Connect provider (Keycloak, LemonLDAP::NG, Authentik...): its issuer URL */
  OIDC_ISSUER: z.url({ protocol: /^https?$/ }).optional(),
  OIDC_ID: z.string().min(1).optional(),
  OIDC_SECRET: z.string().min(1).optional(),
  /** the button's label, e.g. "University SSO" */
  OIDC_NAME: z.string().min(1).max(60).default("OpenID Connect"),
}).superRefine((env, ctx) => {
  // A provider half configured is a mistake worth stopping for, not a silently missing button.
  const pairs = [
    ["GITHUB_ID", "GITHUB_SECRET"],
    ["GITLAB_ID", "GITLAB_SECRET"],
    ["OIDC_ID", "OIDC_SECRET"],
    ["OIDC_ISSUER", "OIDC_ID"],
    ["SMTP_USER", "SMTP_PASSWORD"],
  ] as const;
  for (const [a, b] of pairs) {
    if (Boolean(env[a]) !== Boolean(env[b])) {
      const missing = env[a] ? b : a;
      ctx.addIssue({ code: "custom", path: [missing], message: `must be set together with ${env[a] ? a : b}` });
    }
  }
  // the Hub's answers go into submissions: only a Hub on this machine (a test or development one) may skip TLS
  if (env.HF_ENDPOINT.startsWith("http:") && env.NODE_ENV !== "development" && !isLoopbackHost(new URL(env.HF_ENDPOINT).hostname)) {
    ctx.addIssue({ code: "custom", path: ["HF_ENDPOINT"], message: "must use https (plain http only for a Hub on this machine, or in development)" });
  }
  if (env.AUTH_SECRET && env.NEXTAUTH_SECRET && env.AUTH_SECRET !== env.NEXTAUTH_SECRET) {
    ctx.addIssue({ code: "custom", path: ["NEXTAUTH_SECRET"], message: "differs from AUTH_SECRET: set only one" });
  }
});

export type Env = z.infer<typeof envSchema>;

/** localhost, 127.0.0.0/8 or ::1: this machine. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  return host === "localhost" || host.endsWith(".localhost") || host === "::1" || /^127(?:\.\d{1,3}){3}$/.test(host);
}

export class EnvError extends Error {}

/** Parses the given environment; throws an EnvError listing every problem, one per line. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  // Empty strings mean "not set" (a common shell mistake: `DATABASE_URL= npm start`).
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = envSchema.safeParse(cleaned);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
  throw new EnvError(`Invalid environment variables:\n${lines.join("\n")}`);
}
