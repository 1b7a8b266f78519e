// The catalogue version (migration catalogue_version) against a real database: every write to the
// catalogue's tables moves it, once committed; nothing else does.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { randomUUID } from "node:crypto";
import type pg from "pg";
import { createPrismaClient, type PrismaClient } from "../db/prisma";
import { seedCatalogue } from "../../prisma/seed/seed";
import { readCatalogueVersion } from "./changes";
import { webServerPool } from "../server/web-server-db";

let prisma: PrismaClient;
let pool: pg.Pool;
beforeAll(async () => {
  prisma = createPrismaClient(inject("databaseUrl"), 2);
  pool = webServerPool(inject("databaseUrl"));
  await seedCatalogue(prisma);
}, 120_000);
afterAll(async () => {
  await pool.end();
  await prisma.$disconnect();
});

async function moves(write: () => Promise<unknown>): Promise<boolean> {
  const before = await readCatalogueVersion(pool);
  await write();
  return (await readCatalogueVersion(pool)) !== before;
}

describe("the catalogue version", () => {
  it("moves with every write to a table the public pages are made of", async () => {
    const model = await prisma.model.findFirstOrThrow({
      where: { status: "published", licences: { some: {} } },
      include: { assessments: { include: { answers: true } }, organisations: true, licences: { include: { licence: true } } },
    });
    const [assessment, link] = [model.assessments[0]!, model.organisations[0]!];
    const answer = assessment.answers[0]!;
    const writes: [string, () => Promise<unknown>][] = [
      ["Model", () => prisma.model.update({ where: { id: model.id }, data: { description: `${model.description} ` } })],
      ["Organisation", () => prisma.organisation.updateMany({ where: { id: model.organisations[0]!.organisationId }, data: { website: "https://example.eu/" } })],
      ["ModelOrganisation", () => prisma.modelOrganisation.updateMany({ where: { modelId: model.id, organisationId: link.organisationId }, data: { position: link.position } })],
      ["Licence", () => prisma.licence.update({ where: { id: model.licences[0]!.licenceId }, data: { name: model.licences[0]!.licence.name } })],
      ["ModelLicence", () => prisma.modelLicence.updateMany({ where: { modelId: model.id, licenceId: model.licences[0]!.licenceId }, data: { position: model.licences[0]!.position } })],
      ["Assessment", () => prisma.assessment.update({ where: { id: assessment.id }, data: { complete: assessment.complete } })],
      ["CriterionAnswer", () => prisma.criterionAnswer.updateMany({ where: { assessmentId: answer.assessmentId, criterion: answer.criterion }, data: { note: answer.note } })],
    ];
    for (const [table, write] of writes) expect(await moves(write), table).toBe(true);
  });

  it("does not move for other tables, nor for a transaction rolled back", async () => {
    expect(await moves(() => prisma.user.create({ data: { email: `${randomUUID()}@example.eu` } }))).toBe(false);
    const model = await prisma.model.findFirstOrThrow({ where: { status: "published" } });
    expect(
      await moves(() =>
        prisma
          .$transaction(async (tx) => {
            await tx.model.update({ where: { id: model.id }, data: { name: "Never published" } });
            throw new Error("rolled back");
          })
          .catch(() => undefined),
      ),
    ).toBe(false);
  });
});
