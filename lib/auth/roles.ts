// Roles and who they are: pure, shared by the server, the UI and the command line.
export const ROLES = ["contributor", "maintainer", "admin"] as const;
export type Role = (typeof ROLES)[number];

const RANK: Readonly<Record<Role, number>> = { contributor: 0, maintainer: 1, admin: 2 };

/** Everyone signed in is a contributor; a maintainer reviews; an admin also manages roles. */
export function hasRole(role: Role, atLeast: Role): boolean {
  return RANK[role] >= RANK[atLeast];
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** The signed-in person a request acts for. Its id is always a non-empty string. */
export type Actor = { id: string; role: Role; email: string | null; name: string | null };

/** Guards the one thing a `where` must never receive: an empty or missing id. */
export function actorId(actor: Actor): string {
  if (typeof actor.id !== "string" || actor.id.length === 0) throw new Error("actor without an id");
  return actor.id;
}
