// The role behind a session cookie, for the production web server's page cache
// (lib/server/cached-pages.ts), which runs in front of Next.js: no Prisma, no server-only modules,
// one indexed read on the web server's small pool. It answers as lib/auth/session.ts's
// actorForSessionToken does (lib/auth/session-role.int.test.ts holds them to it).
import type pg from "pg";
import { isRole, type Role } from "./roles";

// Prisma keeps DateTime as UTC in a timestamp without time zone: compare with UTC's wall clock,
// whatever the server's TimeZone.
const ROLE_OF_SESSION = `
  SELECT u."role"::text AS "role" FROM "Session" s JOIN "User" u ON u."id" = s."userId"
  WHERE s."sessionToken" = $1 AND s."expires" > (now() AT TIME ZONE 'UTC')`;

/** The role of a session, or null when it is unknown or expired; on the web server's pool (lib/server/web-server-db.ts). */
export async function sessionRole(pool: pg.Pool, sessionToken: string): Promise<Role | null> {
  if (!sessionToken || sessionToken.length > 200) return null;
  const { rows } = await pool.query<{ role: string }>(ROLE_OF_SESSION, [sessionToken]);
  const role = rows[0]?.role;
  return isRole(role) ? role : null;
}
