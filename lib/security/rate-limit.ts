// Fixed-window rate limits kept in the database (table RateLimit): one atomic statement per hit, so
// concurrent requests and several app instances count together.
import { createHash } from "node:crypto";
import { AppError } from "../errors";
import type { PrismaClient } from "../db/prisma";

export type Limit = { key: string; max: number; windowSeconds: number };

/** The limits the site enforces; numbers a person never reaches by hand. */
export const LIMITS = {
  /** e-mails to one address asked from one client address: a stranger elsewhere has a budget of their own */
  signInEmailPerAddress: { max: 5, windowSeconds: 3600 },
  signInEmailPerIp: { max: 30, windowSeconds: 3600 },
  submissionsPerUser: { max: 30, windowSeconds: 3600 },
  submissionsPerIp: { max: 60, windowSeconds: 3600 },
  /** making API tokens (the number of active ones is capped too: API_TOKEN_LIMITS) */
  apiTokensPerUser: { max: 20, windowSeconds: 3600 },
} as const;

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
      GREATEST(1, CEIL(EXTRACT(EPOCH FROM ("windowStart" + make_interval(secs => ${limit.windowSeconds}) - (SELECT t FROM now_utc)))))::int AS retry_after`;
  const row = rows[0];
  if (!row) throw new Error("rate limit: no row returned");
  return { count: Number(row.count), retryAfter: Number(row.retry_after) };
}

/**
 * Counts one attempt against every limit and throws RATE_LIMITED (429, with the seconds to wait)
 * when any is exceeded. Old windows are swept now and then, so the table stays small.
 */
export async function enforceRateLimits(prisma: Pick<PrismaClient, "$queryRaw" | "$executeRaw">, limits: Limit[]): Promise<void> {
  let retryAfter = 0;
  for (const limit of limits) {
    const result = await hit(prisma, limit);
    if (result.count > limit.max) retryAfter = Math.max(retryAfter, result.retryAfter);
  }
  if (Math.random() < 0.02) {
    await prisma.$executeRaw`DELETE FROM "RateLimit" WHERE "windowStart" < (now() AT TIME ZONE 'UTC') - interval '2 days'`;
  }
  if (retryAfter > 0) {
    throw new AppError("RATE_LIMITED", `Too many attempts: try again in ${retryAfter} seconds.`, { retryAfter });
  }
}

/** Forgets every count whose key starts with `prefix`: its attempts start afresh (a person proved who they are). */
export async function clearRateLimits(prisma: Pick<PrismaClient, "$executeRaw">, prefix: string): Promise<void> {
  await prisma.$executeRaw`DELETE FROM "RateLimit" WHERE starts_with("key", ${prefix})`;
}
