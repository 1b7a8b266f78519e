import "server-only";
// Who is asking: the signed-in person behind this request's session cookie, read from the
// database on every request (a role change or a sign-out applies at once).
import { cache } from "react";
import { cookies } from "next/headers";
import { db } from "../db/client";
import { AppError, forbidden, unauthenticated } from "../errors";
import { hasRole, type Actor, type Role } from "./roles";
import { sessionCookieName } from "./options";

/** The actor a session token belongs to, or null when it is unknown or expired. */
export async function actorForSessionToken(sessionToken: string | undefined | null): Promise<Actor | null> {
  if (!sessionToken || sessionToken.length > 200) return null;
  const session = await db().session.findUnique({
    where: { sessionToken },
    select: { expires: true, user: { select: { id: true, role: true, email: true, name: true } } },
  });
  if (!session || session.expires.getTime() <= Date.now()) return null;
  return session.user;
}

/** The signed-in actor of this request (read once per request), or null. */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const token = (await cookies()).get(sessionCookieName())?.value;
  return actorForSessionToken(token);
});

/** For mutations: the actor, or UNAUTHENTICATED (401). */
export function requireUser(actor: Actor | null): Actor {
  if (!actor) throw unauthenticated();
  return actor;
}

/** For mutations: the actor with at least `role`, else UNAUTHENTICATED (401) or FORBIDDEN (403). */
export function requireRole(actor: Actor | null, role: Role): Actor {
  const user = requireUser(actor);
  if (!hasRole(user.role, role)) throw forbidden();
  return user;
}

export { AppError };
