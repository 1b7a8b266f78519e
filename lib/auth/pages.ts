import "server-only";
// Guards for pages: the same rules as for mutations, answered as pages (401 with the sign-in
// prompt, 403, 404) by Next.js's unauthorized() / forbidden() / notFound().
import { forbidden, unauthorized } from "next/navigation";
import { currentActor } from "./session";
import { hasRole, type Actor, type Role } from "./roles";

export async function userForPage(): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) unauthorized();
  return actor;
}

export async function roleForPage(role: Role): Promise<Actor> {
  const actor = await userForPage();
  if (!hasRole(actor.role, role)) forbidden();
  return actor;
}
