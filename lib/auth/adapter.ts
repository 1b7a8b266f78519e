import "server-only";
// next-auth's database adapter over our Prisma client. Written here rather than taken from
// @next-auth/prisma-adapter (unmaintained since 2023, typed against @prisma/client, not our generated
// client) because it must do three things that one does not: pick the user fields it writes (a
// provider's profile can never set `role` or `id`), resolve the client lazily (`next build` has no
// database), and tell "token already used" from other errors by Prisma's code, not by chance.
import type { Adapter, AdapterAccount, AdapterUser } from "next-auth/adapters";
import { db } from "../db/client";
import { Db } from "../db/prisma";

type UserRow = { id: string; email: string | null; emailVerified: Date | null; name: string | null; image: string | null };

function toAdapterUser(row: UserRow): AdapterUser {
  return { id: row.id, email: row.email ?? "", emailVerified: row.emailVerified, name: row.name, image: row.image };
}

const userSelect = { id: true, email: true, emailVerified: true, name: true, image: true } as const;

function isRecordNotFound(error: unknown): boolean {
  return error instanceof Db.Prisma.PrismaClientKnownRequestError && error.code === "P2025";
}

/** Text a provider sent, kept short: names and avatars are shown, never trusted. */
function clip(value: unknown, max: number): string | null {
  return typeof value === "string" && value.trim() ? value.trim().slice(0, max) : null;
}

export function prismaAdapter(): Adapter {
  return {
    async createUser(user: Omit<AdapterUser, "id">) {
      const row = await db().user.create({
        data: {
          email: user.email ? user.email.trim().toLowerCase() : null,
          emailVerified: user.emailVerified ?? null,
          name: clip(user.name, 120),
          image: clip(user.image, 500),
        },
        select: userSelect,
      });
      return toAdapterUser(row);
    },
    async getUser(id) {
      const row = await db().user.findUnique({ where: { id }, select: userSelect });
      return row ? toAdapterUser(row) : null;
    },
    async getUserByEmail(email) {
      const row = await db().user.findUnique({ where: { email: email.trim().toLowerCase() }, select: userSelect });
      return row ? toAdapterUser(row) : null;
    },
    async getUserByAccount({ provider, providerAccountId }) {
      const account = await db().account.findUnique({
        where: { provider_providerAccountId: { provider, providerAccountId } },
        select: { user: { select: userSelect } },
      });
      return account ? toAdapterUser(account.user) : null;
    },
    async updateUser({ id, emailVerified, name, image }) {
      const row = await db().user.update({
        where: { id },
        data: {
          ...(emailVerified !== undefined ? { emailVerified } : {}),
          ...(name !== undefined ? { name: clip(name, 120) } : {}),
          ...(image !== undefined ? { image: clip(image, 500) } : {}),
        },
        select: userSelect,
      });
      return toAdapterUser(row);
    },
    async linkAccount(account: AdapterAccount) {
      await db().account.create({
        data: {
          userId: account.userId,
          type: account.type,
          provider: account.provider,
          providerAccountId: account.providerAccountId,
          refresh_token: account.refresh_token ?? null,
          access_token: account.access_token ?? null,
          expires_at: account.expires_at ?? null,
          token_type: account.token_type ?? null,
          scope: account.scope ?? null,
          id_token: account.id_token ?? null,
          session_state: account.session_state ?? null,
        },
      });
    },
    async createSession(session) {
      return db().session.create({ data: session, select: { sessionToken: true, userId: true, expires: true } });
    },
    async getSessionAndUser(sessionToken) {
      const row = await db().session.findUnique({
        where: { sessionToken },
        select: { sessionToken: true, userId: true, expires: true, user: { select: userSelect } },
      });
      if (!row) return null;
      const { user, ...session } = row;
      return { session, user: toAdapterUser(user) };
    },
    async updateSession({ sessionToken, expires }) {
      try {
        return await db().session.update({
          where: { sessionToken },
          data: expires ? { expires } : {},
          select: { sessionToken: true, userId: true, expires: true },
        });
      } catch (error) {
        if (isRecordNotFound(error)) return null;
        throw error;
      }
    },
    async deleteSession(sessionToken) {
      await db().session.deleteMany({ where: { sessionToken } });
    },
    async createVerificationToken(token) {
      return db().verificationToken.create({ data: token, select: { identifier: true, token: true, expires: true } });
    },
    async useVerificationToken({ identifier, token }) {
      try {
        // deleted as it is read: a link works once
        return await db().verificationToken.delete({
          where: { identifier_token: { identifier, token } },
          select: { identifier: true, token: true, expires: true },
        });
      } catch (error) {
        if (isRecordNotFound(error)) return null;
        throw error;
      }
    },
  };
}
