// The reviewed catalogue, from its files (data/: lib/catalogue-data). `npm run db:seed` and every
// start load them: new entries are added, published ones are never overwritten (a difference
// becomes a proposed edit for the maintainers). Running it twice changes nothing.
import type { PrismaClient } from "../../lib/db/prisma";
import { loadCatalogueFiles, type LoadReport } from "../../lib/catalogue-data/load";

export type SeedCounts = { licences: number; organisations: number; models: number; report: LoadReport };

export async function seedCatalogue(prisma: PrismaClient, dir?: string): Promise<SeedCounts> {
  const report = await loadCatalogueFiles(prisma, dir);
  const [licences, organisations, models] = await Promise.all([prisma.licence.count(), prisma.organisation.count(), prisma.model.count()]);
  return { licences, organisations, models, report };
}
