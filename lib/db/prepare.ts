// What `npm start` does to a database before serving it: migrate, re-score under the current
// methodology, add the catalogue files' new entries. Run by `scripts/db.ts prepare` in a process of
// its own that exits when done, so that the migration engine (WebAssembly), Prisma and the seed's
// files are not kept resident by the process that supervises the web server (issue 22: 320 MB).
import { applyMigrations } from "./migrations";
import { createPrismaClient } from "./prisma";
import { seedCatalogue } from "../../prisma/seed/seed";
import { rescoreModels } from "../catalogue/rescore";

export async function prepareDatabase(databaseUrl: string, log: (message: string) => void): Promise<void> {
  const applied = await applyMigrations(databaseUrl);
  log(applied.length ? `applied migrations: ${applied.join(", ")}` : "database schema is up to date");
  const prisma = createPrismaClient(databaseUrl, 2);
  try {
    // After a methodology version change, published models get an assessment under the new one.
    const rescored = await rescoreModels(prisma);
    if (rescored) log(`re-scored ${rescored} model(s) under the current methodology`);
    // The catalogue's files (data/): new entries are added; a published entry the files describe
    // differently gets a proposed edit for the maintainers, never an overwrite.
    const started = performance.now();
    const { report } = await seedCatalogue(prisma);
    const { organisations: o, models: m } = report;
    if (o.added || m.added || o.proposed || m.proposed) {
      log(`catalogue files: added ${m.added} model(s) and ${o.added} organisation(s), proposed ${m.proposed + o.proposed} edit(s) for review (${Math.round(performance.now() - started)} ms)`);
    }
  } finally {
    await prisma.$disconnect();
  }
}
