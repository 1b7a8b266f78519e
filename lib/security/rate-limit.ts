// The one rate limiter of the site (sign-in, forms, API tokens, the public API): fixed windows kept in
// the database (table RateLimit), one atomic statement per hit, so that concurrent requests, the
// web server workers and several app instances count together. Per-address limits key on
// clientIp() (lib/security/client-ip.ts). Headers for the API follow the IETF draft
// (draft-ietf-httpapi-ratelimit-headers-07): RateLimit and RateLimit-Policy, Retry-After on a 429.
import { createHash } from "node:crypto";
import { AppError } from "../errors";
import type { PrismaClient } from "../db/prisma";

/** A limit without its key: how many per how long. Named ones key their counts by their name. */
export type RateLimitPolicy = { name?: string; max: number; windowSeconds: number };
export type Limit = RateLimitPolicy & { key: string };

/** The limits the site enforces; numbers a person never reaches by hand. */
export const LIMITS = {
  /** e-mails to one address asked from one client address: a stranger elsewhere has a budget of their own */
  signInEmailPerAddress: { max: 5, windowSeconds: 3600 },
  signInEmailPerIp: { max: 30, windowSeconds: 3600 },
  submissionsPerUser: { max: 30, windowSeconds: 3600 },
  submissionsPerIp: { max: 60, windowSeconds: 3600 },
  /** making API tokens (the number of active ones is capped too: API_TOKEN_LIMITS) */
  apiTokensPerUser: { max: 20, windowSeconds: 3600 },
} as const satisfies Record<string, RateLimitPolicy>;

/** The public API's per-address limits, one per operation (lib/api/operations.ts), keyed by their name. */
export const RATE_LIMITS = {
  api: { name: "api", max: 300, windowSeconds: 60 },
  /** a whole-catalogue export is heavier than a page of results */
  export: { name: "export", max: 20, windowSeconds: 60 },
  /** writes, before the token is even looked up; submissions also count against the forms' hourly limits */
  write: { name: "write", max: 30, windowSeconds: 60 },
  /** pre-fills from the Hugging Face Hub (each may cost a call to the Hub): a person pastes a few an hour */
  prefill: { name: "prefill", max: 60, windowSeconds: 3600 },
} as const satisfies Record<string, RateLimitPolicy & { name: string }>;

/** A limit's key for a personal value (an e-mail address) without storing the value itself. */
export function hashedKey(prefix: string, value: string): string {
  return `${prefix}:${createHash("sha256").update(value).digest("hex").slice(0, 32)}`;
}

type Hit = { count: number; retry_after: number };

/** Counts one attempt against `limit`; returns how many were made in the window and when it ends. */
export async function hit(prisma: Pick<PrismaClient, "$queryRaw">, limit: Limit): Promise<{ count: number; retryAfter: number }> {
  const rows = await prisma.$queryRaw<Hit[]>`
    WITH now_utc AS (SELECT (now() AT TIME ZONE 'UTC') AS t)
    INSERT INTO "RateLimit" ("key", "windowStart", "count")
    SELECT ${limit.key}, t, 1 FROM now_utc
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."windowStart" <= (SELECT t FROM now_utc) - make_interval(secs => ${limit.windowSeconds})
                     THEN 1 ELSE "RateLimit"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimit"."windowStart" <= (SELECT t FROM now_utc) - make_interval(secs => ${limit.windowSeconds})
                     THEN (SELECT t FROM now_utc) ELSE "RateLimit"."windowStart" END
    RETURNING "count",
      -- (windowStart is kept to the millisecond, now() to the microsecond: never more than the window)
      LEAST(${limit.windowSeconds}, GREATEST(1, CEIL(EXTRACT(EPOCH FROM ("windowStart" + make_interval(secs => ${limit.windowSeconds}) - (SELECT t FROM now_utc))))))::int AS retry_after`;
  const row = rows[0];
  if (!row) throw new Error("rate limit: no row returned");
  return { count: Number(row.count), retryAfter: Number(row.retry_after) };
}

export type RateLimitDecision = { allowed: boolean; max: number; remaining: number; resetSeconds: number; windowSeconds: number };

/** Counts one attempt against `limit` and says whether it is allowed. */
export async function takeRateLimit(prisma: Pick<PrismaClient, "$queryRaw">, limit: Limit): Promise<RateLimitDecision> {
  const { count, retryAfter } = await hit(prisma, limit);
  return { allowed: count <= limit.max, max: limit.max, remaining: Math.max(0, limit.max - count), resetSeconds: retryAfter, windowSeconds: limit.windowSeconds };
}

export function rateLimitHeaders(decision: RateLimitDecision): Record<string, string> {
  const headers: Record<string, string> = {
    "ratelimit-policy": `${decision.max};w=${decision.windowSeconds}`,
    ratelimit: `limit=${decision.max}, remaining=${decision.remaining}, reset=${decision.resetSeconds}`,
  };
  if (!decision.allowed) headers["retry-after"] = String(decision.resetSeconds);
  return headers;
}

/** Forgets the attempts counted under `key` (for a limit that a proof of good faith lifts, such as a verified sign-in link). */
export async function resetRateLimit(prisma: Pick<PrismaClient, "$executeRaw">, key: string): Promise<void> {
  await prisma.$executeRaw`DELETE FROM "RateLimit" WHERE "key" = ${key}`;
}

/**
 * Counts one attempt against every limit and throws RATE_LIMITED (429, with the seconds to wait)
 * when any is exceeded. Old windows are swept now and then, so the table stays small.
 */
export async function enforceRateLimits(prisma: Pick<PrismaClient, "$queryRaw" | "$executeRaw">, limits: Limit[]): Promise<void> {
  let retryAfter = 0;
  for (const limit of limits) {
    const decision = await takeRateLimit(prisma, limit);
    if (!decision.allowed) retryAfter = Math.max(retryAfter, decision.resetSeconds);
  }
  if (Math.random() < 0.02) await sweepRateLimits(prisma);
  if (retryAfter > 0) {
    throw new AppError("RATE_LIMITED", `Too many attempts: try again in ${retryAfter} seconds.`, { retryAfter });
  }
}

/** Forgets every count whose key starts with `prefix`: its attempts start afresh (a person proved who they are). */
export async function clearRateLimits(prisma: Pick<PrismaClient, "$executeRaw">, prefix: string): Promise<void> {
  await prisma.$executeRaw`DELETE FROM "RateLimit" WHERE starts_with("key", ${prefix})`;
}

export async function sweepRateLimits(prisma: Pick<PrismaClient, "$executeRaw">): Promise<void> {
  await prisma.$executeRaw`DELETE FROM "RateLimit" WHERE "windowStart" < (now() AT TIME ZONE 'UTC') - interval '2 days'`;
}
