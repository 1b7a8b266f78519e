// A person with a role and a live session, resolved the way every request resolves it (a session
// row read by lib/auth/session.ts, no mock of auth), for integration tests.
import { randomBytes, randomUUID } from "node:crypto";
import { actorForSessionToken } from "../auth/session";
import type { Actor, Role } from "../auth/roles";
import type { PrismaClient } from "../db/prisma";

export async function signedInActor(prisma: PrismaClient, role: Role = "contributor"): Promise<Actor> {
  const user = await prisma.user.create({ data: { email: `${randomUUID()}@example.eu`, role } });
  const sessionToken = randomBytes(24).toString("hex");
  await prisma.session.create({ data: { sessionToken, userId: user.id, expires: new Date(Date.now() + 3600_000) } });
  const actor = await actorForSessionToken(sessionToken);
  if (!actor) throw new Error("no actor for a fresh session");
  return actor;
}
