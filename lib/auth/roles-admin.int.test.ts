import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { randomUUID } from "node:crypto";
import { createPrismaClient, type PrismaClient } from "../db/prisma";
import { setUserRole } from "./roles-admin";

let prisma: PrismaClient;
beforeAll(() => {
  prisma = createPrismaClient(inject("databaseUrl"), 4);
});
afterAll(async () => {
  await prisma.$disconnect();
});

const person = (role: "contributor" | "maintainer" | "admin" = "contributor") =>
  prisma.user.create({ data: { email: `${randomUUID()}@example.eu`, role } });

describe("changing roles", () => {
  it("changes the role and writes who, from what, to what and why in the audit log", async () => {
    const admin = await person("admin");
    const user = await person();
    const result = await setUserRole(prisma, { userId: user.id, role: "maintainer", actorId: admin.id, reason: "reviews models", via: "ui" });
    expect(result).toEqual({ from: "contributor", to: "maintainer", changed: true });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe("maintainer");
    const entry = await prisma.auditLog.findFirstOrThrow({ where: { entityType: "user", entityId: user.id } });
    expect(entry).toMatchObject({ actorId: admin.id, action: "user.role", reason: "reviews models", details: { from: "contributor", to: "maintainer", via: "ui" } });
  });

  it("does nothing, and audits nothing, when the role is already the one asked for", async () => {
    const user = await person("maintainer");
    expect((await setUserRole(prisma, { userId: user.id, role: "maintainer", actorId: null, reason: null, via: "cli" })).changed).toBe(false);
    expect(await prisma.auditLog.count({ where: { entityType: "user", entityId: user.id } })).toBe(0);
  });

  it("never removes the last admin, even with two demotions at once", async () => {
    await prisma.user.updateMany({ where: { role: "admin" }, data: { role: "contributor" } });
    const [a, b] = [await person("admin"), await person("admin")];
    const results = await Promise.allSettled([
      setUserRole(prisma, { userId: a.id, role: "contributor", actorId: b.id, reason: null, via: "ui" }),
      setUserRole(prisma, { userId: b.id, role: "contributor", actorId: a.id, reason: null, via: "ui" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: "CONFLICT", details: { reason: "lastAdmin" } });
    expect(await prisma.user.count({ where: { role: "admin" } })).toBe(1);
  });

  it("answers NOT_FOUND for an unknown user", async () => {
    await expect(setUserRole(prisma, { userId: "nobody", role: "admin", actorId: null, reason: null, via: "cli" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
