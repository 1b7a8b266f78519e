// The page cache's session lookup (lib/auth/session-role.ts) against real sessions: it must say
// what the app's own lookup (actorForSessionToken) says, or signed-in people would get another
// role's page from memory.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { randomBytes, randomUUID } from "node:crypto";
import { createPrismaClient, type PrismaClient } from "../db/prisma";
import { actorForSessionToken } from "./session";
import type pg from "pg";
import { sessionRole } from "./session-role";
import { webServerPool } from "../server/web-server-db";
import type { Role } from "./roles";

let prisma: PrismaClient;
const pools: pg.Pool[] = [];
beforeAll(() => {
  prisma = createPrismaClient(inject("databaseUrl"), 2);
});
afterAll(async () => {
  await Promise.all(pools.map((pool) => pool.end()));
  await prisma.$disconnect();
});

function lookup(url: string) {
  const pool = webServerPool(url);
  pools.push(pool);
  return { roleOf: (token: string) => sessionRole(pool, token) };
}

async function session(role: Role, expiresInMs: number): Promise<string> {
  const user = await prisma.user.create({ data: { email: `${randomUUID()}@example.eu`, role } });
  const sessionToken = randomBytes(24).toString("hex");
  await prisma.session.create({ data: { sessionToken, userId: user.id, expires: new Date(Date.now() + expiresInMs) } });
  return sessionToken;
}

describe("sessionRoles", () => {
  it("gives the role the app's own session lookup gives, and null where it gives nobody", async () => {
    const tokens = [
      await session("contributor", 3_600_000),
      await session("maintainer", 3_600_000),
      await session("admin", 3_600_000),
      await session("admin", -60_000), // expired a minute ago
      "no-such-session",
      "x".repeat(201),
    ];
    const deleted = await session("maintainer", 3_600_000);
    await prisma.session.delete({ where: { sessionToken: deleted } }); // signed out
    tokens.push(deleted);
    const roles = lookup(inject("databaseUrl"));
    const got = await Promise.all(tokens.map((token) => roles.roleOf(token)));
    const want = await Promise.all(tokens.map(async (token) => (await actorForSessionToken(token))?.role ?? null));
    expect(got).toEqual(want);
    expect(got).toEqual(["contributor", "maintainer", "admin", null, null, null, null]);
  });

  it("reads expiry as the UTC instant Prisma stored, whatever the database server's time zone", async () => {
    // ends in 30 minutes: a UTC timestamp read in Auckland's (UTC+13) or Honolulu's (UTC-10) wall
    // clock would be hours off, and so would the answer
    const live = await session("maintainer", 30 * 60_000);
    const ended = await session("maintainer", -30 * 60_000);
    for (const zone of ["Pacific/Auckland", "Pacific/Honolulu"]) {
      const url = new URL(inject("databaseUrl"));
      url.searchParams.set("options", `-c TimeZone=${zone}`);
      const roles = lookup(url.toString());
      expect([await roles.roleOf(live), await roles.roleOf(ended)], zone).toEqual(["maintainer", null]);
    }
  });
});
