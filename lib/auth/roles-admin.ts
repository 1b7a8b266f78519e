// Changing a person's role: one function for the admin page and `npm run user:role`, each change
// audited (who, from what, to what, why). Refuses to leave the site without an admin.
import { AppError } from "../errors";
import type { PrismaClient } from "../db/prisma";
import { recordRoleChange } from "./audit";
import type { Role } from "./roles";

type Db = Pick<PrismaClient, "$transaction">;

export async function setUserRole(
  prisma: Db,
  change: { userId: string; role: Role; actorId: string | null; reason: string | null; via: "ui" | "cli" },
): Promise<{ from: Role; to: Role; changed: boolean }> {
  return prisma.$transaction(async (tx) => {
    // lock the admins while counting them, so two demotions at once cannot remove the last one
    await tx.$queryRaw`SELECT id FROM "User" WHERE role = 'admin' FOR UPDATE`;
    const user = await tx.user.findUnique({ where: { id: change.userId }, select: { role: true } });
    if (!user) throw new AppError("NOT_FOUND", "No such user.");
    if (user.role === change.role) return { from: user.role, to: change.role, changed: false };
    if (user.role === "admin") {
      const admins = await tx.user.count({ where: { role: "admin" } });
      if (admins <= 1) throw new AppError("CONFLICT", "This is the last admin: make someone else admin first.", { reason: "lastAdmin" });
    }
    await tx.user.update({ where: { id: change.userId }, data: { role: change.role } });
    await recordRoleChange(tx, { actorId: change.actorId, userId: change.userId, from: user.role, to: change.role, reason: change.reason, via: change.via });
    return { from: user.role, to: change.role, changed: true };
  });
}
