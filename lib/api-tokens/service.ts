import "server-only";
// Personal API tokens: made, listed and revoked by their owner only (every query is scoped by the
// actor's id, so someone else's token is simply not found), each change audited; and the one way a
// token becomes an actor for the API, read from the database on every request so that a revoked
// token, or a changed role, applies at once.
import { z } from "zod";
import { db } from "../db/client";
import { AppError, notFound } from "../errors";
import { actorId, type Actor } from "../auth/roles";
import { requireUser } from "../auth/session";
import { enforceRateLimits, LIMITS } from "../security/rate-limit";
import { fieldErrors } from "../validation/fields";
import { API_TOKEN_LIMITS, createApiTokenRequest, revokeApiTokenRequest } from "../validation/api-tokens";
import { generateApiToken, hashApiToken, isApiTokenShaped } from "./tokens";

/** lastUsedAt is written at most this often per token: a busy script costs one write a minute, not one per request. */
const LAST_USED_PRECISION_MS = 60_000;

function parse<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const result = schema.safeParse(input);
  if (!result.success) throw new AppError("VALIDATION", "Some fields need attention.", { fields: fieldErrors(result.error) });
  return result.data;
}

export type NewApiToken = { id: string; name: string; prefix: string; token: string; createdAt: Date };

/** Makes a token for the actor and returns it; this is the only time the token itself exists outside the caller. */
export async function createApiToken(actor: Actor | null, input: unknown): Promise<NewApiToken> {
  const userId = actorId(requireUser(actor));
  const request = parse(createApiTokenRequest, input);
  await enforceRateLimits(db(), [{ key: `api-token:user:${userId}`, ...LIMITS.apiTokensPerUser }]);
  const { token, hash, prefix } = generateApiToken();
  const created = await db().$transaction(async (tx) => {
    // one person's row locked while counting, so two requests at once cannot pass the cap together
    await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${userId} FOR UPDATE`;
    const active = await tx.apiToken.count({ where: { userId, revokedAt: null } });
    if (active >= API_TOKEN_LIMITS.activePerUser) {
      throw new AppError("CONFLICT", `At most ${API_TOKEN_LIMITS.activePerUser} active tokens: revoke one first.`, {
        reason: "tooManyTokens",
        max: API_TOKEN_LIMITS.activePerUser,
      });
    }
    const row = await tx.apiToken.create({
      data: { userId, name: request.name, tokenHash: hash, prefix },
      select: { id: true, name: true, prefix: true, createdAt: true },
    });
    await tx.auditLog.create({
      data: { actorId: userId, action: "api_token.create", entityType: "api_token", entityId: row.id, details: { name: row.name, prefix } },
    });
    return row;
  });
  return { ...created, token };
}

/** Revokes one of the actor's tokens. Someone else's token, or no token, is NOT_FOUND; revoking twice is harmless. */
export async function revokeApiToken(actor: Actor | null, input: unknown): Promise<{ id: string; revokedAt: Date }> {
  const userId = actorId(requireUser(actor));
  const request = parse(revokeApiTokenRequest, input);
  return db().$transaction(async (tx) => {
    const now = new Date();
    const revoked = await tx.apiToken.updateMany({ where: { id: request.id, userId, revokedAt: null }, data: { revokedAt: now } });
    if (revoked.count === 0) {
      const already = await tx.apiToken.findFirst({ where: { id: request.id, userId }, select: { revokedAt: true } });
      if (!already?.revokedAt) throw notFound();
      return { id: request.id, revokedAt: already.revokedAt };
    }
    const row = await tx.apiToken.findUniqueOrThrow({ where: { id: request.id }, select: { name: true, prefix: true } });
    await tx.auditLog.create({
      data: { actorId: userId, action: "api_token.revoke", entityType: "api_token", entityId: request.id, details: { name: row.name, prefix: row.prefix } },
    });
    return { id: request.id, revokedAt: now };
  });
}

/** The actor's tokens, active ones first, newest first; never their hashes. */
export async function myApiTokens(actor: Actor | null) {
  const userId = actorId(requireUser(actor));
  const tokens = await db().apiToken.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 100,
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true },
  });
  return tokens.sort((a, b) => Number(a.revokedAt !== null) - Number(b.revokedAt !== null));
}

/** The person a token acts for, or null when it is unknown or revoked; notes when it was last used. */
export async function actorForApiToken(token: string): Promise<Actor | null> {
  if (!isApiTokenShaped(token)) return null;
  const row = await db().apiToken.findUnique({
    where: { tokenHash: hashApiToken(token) },
    select: { id: true, revokedAt: true, lastUsedAt: true, user: { select: { id: true, role: true, email: true, name: true } } },
  });
  if (!row || row.revokedAt) return null;
  const now = Date.now();
  if (!row.lastUsedAt || now - row.lastUsedAt.getTime() >= LAST_USED_PRECISION_MS) {
    await db().apiToken.updateMany({ where: { id: row.id, revokedAt: null }, data: { lastUsedAt: new Date(now) } });
  }
  return row.user;
}
