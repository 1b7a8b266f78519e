import "server-only";
// Admins manage roles; every change goes through setUserRole (audited, never the last admin).
import { z } from "zod";
import { db } from "../db/client";
import { AppError } from "../errors";
import { fieldErrors, optional, paragraphs, recordId } from "../validation/fields";
import { actorId, ROLES, type Actor } from "./roles";
import { requireRole } from "./session";
import { setUserRole } from "./roles-admin";

export const changeRoleRequest = z.object({
  userId: recordId,
  role: z.enum(ROLES),
  reason: optional(paragraphs(500)),
});

export async function changeUserRole(actor: Actor | null, input: unknown) {
  const admin = requireRole(actor, "admin");
  const parsed = changeRoleRequest.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION", "Some fields need attention.", { fields: fieldErrors(parsed.error) });
  return setUserRole(db(), { ...parsed.data, actorId: actorId(admin), via: "ui" });
}

export async function usersForAdmin(actor: Actor | null, query = "") {
  requireRole(actor, "admin");
  const q = query.trim().slice(0, 100);
  return db().user.findMany({
    where: q ? { OR: [{ email: { contains: q, mode: "insensitive" } }, { name: { contains: q, mode: "insensitive" } }] } : {},
    orderBy: [{ role: "desc" }, { createdAt: "asc" }],
    take: 200,
    select: { id: true, email: true, name: true, role: true, createdAt: true, _count: { select: { submissions: true } } },
  });
}
