import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "../../lib/db/prisma";
import { assess, isEuropeanCountry, licenceById } from "../../lib/openness";
import { CRITERION_KEYS } from "../../lib/openness/types";
import { licenceFacts } from "../../lib/catalogue/assessments";
import { seedCatalogue } from "./seed";
import { SEED_MODELS } from "./models";
import { SEED_ORGANISATIONS } from "./organisations";

let prisma: PrismaClient;
beforeAll(async () => {
  prisma = createPrismaClient(inject("databaseUrl"), 2);
  await seedCatalogue(prisma);
});
afterAll(async () => {
  await prisma.$disconnect();
});

// Other integration tests publish entries through submissions in the same database: count the
// seed's own entries.
const seededModel = { slug: { in: SEED_MODELS.map((m) => m.slug) } };
const seededOrganisation = { slug: { in: SEED_ORGANISATIONS.map((o) => o.slug) } };

async function snapshot() {
  return {
    licences: await prisma.licence.count({ where: { reviewed: true } }),
    organisations: await prisma.organisation.count({ where: seededOrganisation }),
    models: await prisma.model.count({ where: seededModel }),
    links: await prisma.modelOrganisation.count({ where: { model: seededModel } }),
    assessments: await prisma.assessment.count({ where: { model: seededModel } }),
    answers: await prisma.criterionAnswer.count({ where: { assessment: { model: seededModel } } }),
    grades: await prisma.model.findMany({ where: seededModel, select: { slug: true, grade: true, score: true }, orderBy: { slug: "asc" } }),
  };
}

describe("the seed catalogue", () => {
  it("writes every organisation and model of the catalogue, with links and one assessment each", async () => {
    const counts = await snapshot();
    expect(counts.organisations).toBe(SEED_ORGANISATIONS.length);
    expect(counts.models).toBe(SEED_MODELS.length);
    expect(counts.assessments).toBe(SEED_MODELS.length);
    expect(counts.answers).toBe(SEED_MODELS.length * CRITERION_KEYS.length);
    expect(counts.links).toBe(SEED_MODELS.reduce((n, m) => n + m.organisations.length, 0));
  });

  it("is idempotent: seeding again changes nothing", async () => {
    const before = await snapshot();
    await seedCatalogue(prisma);
    expect(await snapshot()).toEqual(before);
  });

  it("keeps the facts of the sources: licences, organisations, languages", async () => {
    for (const seed of SEED_MODELS) {
      const model = await prisma.model.findUniqueOrThrow({
        where: { slug: seed.slug },
        include: { organisations: { orderBy: { position: "asc" }, include: { organisation: true } } },
      });
      expect(model.weightsLicenceId).toBe(seed.weightsLicence);
      expect(model.languages).toEqual(seed.languages);
      expect(model.organisations.map((o) => o.organisation.slug)).toEqual(seed.organisations);
    }
  });

  it("only lists European organisations, and every model has at least one", async () => {
    for (const org of SEED_ORGANISATIONS) expect(isEuropeanCountry(org.country), `${org.slug} ${org.country}`).toBe(true);
    for (const seed of SEED_MODELS) expect(seed.organisations.length).toBeGreaterThan(0);
  });

  it("names only licences of the knowledge base", () => {
    for (const seed of SEED_MODELS) {
      for (const id of [seed.weightsLicence, seed.codeLicence, seed.dataLicence]) {
        if (id) expect(licenceById(id)?.id, `${seed.slug}: ${id}`).toBe(id);
      }
    }
  });

  it("stores for every model exactly what a fresh assess() of its answers gives (no drift)", async () => {
    const models = await prisma.model.findMany({
      where: seededModel,
      include: { weightsLicence: true, codeLicence: true, dataLicence: true, assessments: { include: { answers: true } } },
    });
    for (const model of models) {
      const seed = SEED_MODELS.find((s) => s.slug === model.slug)!;
      const fresh = assess(
        CRITERION_KEYS.map((criterion) => ({ criterion, ...seed.answers[criterion] })),
        {
          weights: model.weightsLicence ? licenceFacts(model.weightsLicence) : null,
          code: model.codeLicence ? licenceFacts(model.codeLicence) : null,
          data: model.dataLicence ? licenceFacts(model.dataLicence) : null,
        },
      );
      const stored = model.assessments[0]!;
      expect(stored.score).toBeCloseTo(fresh.score, 10);
      expect(stored.grade).toBe(fresh.grade);
      expect(stored.complete).toBe(fresh.complete);
      expect(model.grade).toBe(fresh.grade);
      for (const answer of stored.answers) {
        expect(answer.grade, `${model.slug}.${answer.criterion}`).toBe(fresh.answers[answer.criterion as keyof typeof fresh.answers].grade);
      }
    }
  });
});
