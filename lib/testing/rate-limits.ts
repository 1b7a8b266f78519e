import { db } from "../db/client";

/** Forgets every count of the rate limits (table RateLimit) in the database the app uses. */
export async function resetRateLimits(): Promise<void> {
  await db().$executeRaw`DELETE FROM "RateLimit"`;
}
