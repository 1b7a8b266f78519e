import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "./prisma";

let prisma: PrismaClient;
beforeAll(() => {
  prisma = createPrismaClient(inject("databaseUrl"), 2);
});
afterAll(async () => {
  await prisma.$disconnect();
});

describe("the audit log", () => {
  it("accepts new entries but refuses to change or delete them, even in raw SQL", async () => {
    const entry = await prisma.auditLog.create({
      data: { action: "test.append", entityType: "test", entityId: "1", details: { why: "append-only check" } },
    });
    await expect(prisma.auditLog.update({ where: { id: entry.id }, data: { action: "tampered" } })).rejects.toThrow(/append-only/);
    await expect(prisma.auditLog.delete({ where: { id: entry.id } })).rejects.toThrow(/append-only/);
    await expect(prisma.$executeRawUnsafe(`TRUNCATE "AuditLog"`)).rejects.toThrow(/append-only/);
    const kept = await prisma.auditLog.findUniqueOrThrow({ where: { id: entry.id } });
    expect(kept.action).toBe("test.append");
  });
});
