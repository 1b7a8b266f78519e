// Audit entries for account events. The AuditLog table is append-only (a database trigger).
import type { PrismaClient } from "../db/prisma";
import type { Role } from "./roles";

type Tx = Pick<PrismaClient, "auditLog">;

export async function recordRoleChange(
  tx: Tx,
  change: { actorId: string | null; userId: string; from: Role; to: Role; reason: string | null; via: "ui" | "cli" | "bootstrap" },
) {
  await tx.auditLog.create({
    data: {
      actorId: change.actorId,
      action: "user.role",
      entityType: "user",
      entityId: change.userId,
      reason: change.reason,
      details: { from: change.from, to: change.to, via: change.via },
    },
  });
}
