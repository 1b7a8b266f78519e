// Writes the reviewed seed catalogue: licences, organisations, models, links and assessments.
// Idempotent: entries are upserted by id/slug, so running it twice changes nothing.
import { LICENCES } from "../../lib/openness/licences";
import { CRITERION_KEYS } from "../../lib/openness/types";
import { storeAssessment } from "../../lib/catalogue/assessments";
import type { PrismaClient } from "../../lib/db/prisma";
import { SEED_ORGANISATIONS } from "./organisations";
import { SEED_MODELS } from "./models";

export type SeedCounts = { licences: number; organisations: number; models: number };

const SEED_PUBLISHED_AT = new Date("2026-11-26T00:00:00Z");

export async function seedCatalogue(prisma: PrismaClient): Promise<SeedCounts> {
  for (const licence of LICENCES) {
    const { id, note, ...facts } = licence;
    const data = { ...facts, note: note ?? null };
    await prisma.licence.upsert({ where: { id }, create: { id, ...data }, update: data });
  }

  const organisationIds = new Map<string, string>();
  for (const { slug, ...org } of SEED_ORGANISATIONS) {
    const data = { ...org, countryNote: org.countryNote ?? null };
    const row = await prisma.organisation.upsert({
      where: { slug },
      create: { slug, ...data, publishedAt: SEED_PUBLISHED_AT },
      update: data,
      select: { id: true },
    });
    organisationIds.set(slug, row.id);
  }

  for (const seed of SEED_MODELS) {
    const { slug, answers, organisations, unverified: _unverified, weightsLicence, codeLicence, dataLicence, releaseDate, ...facts } = seed;
    const data = {
      ...facts,
      activeParameterCount: facts.activeParameterCount ?? null,
      releaseDate: releaseDate ? new Date(`${releaseDate}T00:00:00Z`) : null,
      weightsLicenceId: weightsLicence,
      codeLicenceId: codeLicence,
      dataLicenceId: dataLicence,
    };
    await prisma.$transaction(async (tx) => {
      const model = await tx.model.upsert({
        where: { slug },
        create: { slug, ...data, publishedAt: SEED_PUBLISHED_AT },
        update: data,
      });
      await tx.modelOrganisation.deleteMany({ where: { modelId: model.id } });
      await tx.modelOrganisation.createMany({
        data: organisations.map((orgSlug, position) => {
          const organisationId = organisationIds.get(orgSlug);
          if (!organisationId) throw new Error(`seed model ${slug}: unknown organisation ${orgSlug}`);
          return { modelId: model.id, organisationId, position };
        }),
      });
      await storeAssessment(
        tx,
        model,
        CRITERION_KEYS.map((criterion) => ({ criterion, ...answers[criterion] })),
      );
    });
  }

  return { licences: LICENCES.length, organisations: SEED_ORGANISATIONS.length, models: SEED_MODELS.length };
}

/** Seeds only when the catalogue is empty (first start); returns whether it did. */
export async function seedIfEmpty(prisma: PrismaClient): Promise<boolean> {
  if ((await prisma.organisation.count()) > 0) return false;
  await seedCatalogue(prisma);
  return true;
}
