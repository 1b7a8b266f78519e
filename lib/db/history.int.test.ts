import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { randomUUID } from "node:crypto";
import { createPrismaClient, type PrismaClient } from "./prisma";

let prisma: PrismaClient;
beforeAll(() => {
  prisma = createPrismaClient(inject("databaseUrl"), 2);
});
afterAll(async () => {
  await prisma.$disconnect();
});

describe("nothing is ever hard-deleted", () => {
  it("refuses to delete a submission, even in raw SQL", async () => {
    const user = await prisma.user.create({ data: { email: `${randomUUID()}@example.eu` } });
    const submission = await prisma.submission.create({ data: { kind: "new_organisation", payload: {}, submitterId: user.id, status: "withdrawn" } });
    await expect(prisma.submission.delete({ where: { id: submission.id } })).rejects.toThrow(/kept forever/);
    await expect(prisma.$executeRawUnsafe(`TRUNCATE "Submission" CASCADE`)).rejects.toThrow(/kept forever/);
    expect(await prisma.submission.findUnique({ where: { id: submission.id } })).not.toBeNull();
  });

  it("keeps entry versions as they were written", async () => {
    const version = await prisma.entryVersion.create({ data: { entityType: "model", entityId: randomUUID(), version: 1, snapshot: { name: "x" } } });
    await expect(prisma.entryVersion.update({ where: { id: version.id }, data: { snapshot: { name: "y" } } })).rejects.toThrow(/kept forever/);
    await expect(prisma.entryVersion.delete({ where: { id: version.id } })).rejects.toThrow(/kept forever/);
  });
});
