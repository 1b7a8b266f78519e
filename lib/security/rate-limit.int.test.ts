import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { randomUUID } from "node:crypto";
import { createPrismaClient, type PrismaClient } from "../db/prisma";
import { enforceRateLimits, hit, rateLimitHeaders, resetRateLimit, takeRateLimit } from "./rate-limit";

let prisma: PrismaClient;
beforeAll(() => {
  prisma = createPrismaClient(inject("databaseUrl"), 4);
});
afterAll(async () => {
  await prisma.$disconnect();
});

describe("rate limits in the database", () => {
  it("allows `max` attempts in a window, then refuses with the seconds left", async () => {
    const limit = { key: `test:${randomUUID()}`, max: 3, windowSeconds: 600 };
    for (let i = 0; i < 3; i++) await enforceRateLimits(prisma, [limit]);
    const refusal = await enforceRateLimits(prisma, [limit]).catch((e: unknown) => e);
    expect(refusal).toMatchObject({ code: "RATE_LIMITED", status: 429 });
    const retryAfter = (refusal as { details: { retryAfter: number } }).details.retryAfter;
    expect(retryAfter).toBeGreaterThan(590);
    expect(retryAfter).toBeLessThanOrEqual(600);
  });

  it("counts concurrent attempts exactly (one atomic statement each)", async () => {
    const limit = { key: `test:${randomUUID()}`, max: 100, windowSeconds: 600 };
    const results = await Promise.all(Array.from({ length: 20 }, () => hit(prisma, limit)));
    expect(results.map((r) => r.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it("starts a new window when the old one is over", async () => {
    const limit = { key: `test:${randomUUID()}`, max: 1, windowSeconds: 1 };
    await enforceRateLimits(prisma, [limit]);
    await expect(enforceRateLimits(prisma, [limit])).rejects.toMatchObject({ code: "RATE_LIMITED" });
    await new Promise((r) => setTimeout(r, 1200));
    await expect(enforceRateLimits(prisma, [limit])).resolves.toBeUndefined();
  });

  it("refuses when any one of several limits is exceeded", async () => {
    const loose = { key: `test:${randomUUID()}`, max: 100, windowSeconds: 600 };
    const tight = { key: `test:${randomUUID()}`, max: 1, windowSeconds: 600 };
    await enforceRateLimits(prisma, [loose, tight]);
    await expect(enforceRateLimits(prisma, [loose, tight])).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });
});

describe("the API's limits, in the same table", () => {
  it("say what is left in the RateLimit headers, and when to retry once refused", async () => {
    const limit = { key: `test:${randomUUID()}`, max: 2, windowSeconds: 60 };
    const decisions = [];
    for (let i = 0; i < 3; i++) decisions.push(await takeRateLimit(prisma, limit));
    expect(decisions.map((d) => d.allowed)).toEqual([true, true, false]);
    expect(rateLimitHeaders(decisions[0]!)).toMatchObject({ "ratelimit-policy": "2;w=60", ratelimit: expect.stringMatching(/^limit=2, remaining=1, reset=(59|60)$/) });
    expect(Number(rateLimitHeaders(decisions[2]!)["retry-after"])).toBeGreaterThan(0);
  });

  it("are lifted for one key by resetRateLimit, and only for it", async () => {
    const [one, other] = [`test:${randomUUID()}`, `test:${randomUUID()}`].map((key) => ({ key, max: 1, windowSeconds: 600 }));
    for (const limit of [one!, other!]) await enforceRateLimits(prisma, [limit]);
    await resetRateLimit(prisma, one!.key);
    await expect(enforceRateLimits(prisma, [one!])).resolves.toBeUndefined();
    await expect(enforceRateLimits(prisma, [other!])).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });
});
