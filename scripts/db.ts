// npm run db:migrate | db:migration -- <name> | db:seed | db:reset [-- --force]
// Uses DATABASE_URL, or the embedded database under ATLAS_DATA_DIR (default .data/).
// `scripts/db.ts prepare`: what `npm start` runs in a process of its own before serving (lib/db/prepare.ts).
import path from "node:path";
import { parseEnv } from "../lib/env";
import { withScriptDatabase } from "../lib/db/script-database";
import { applyMigrations, writeMigration } from "../lib/db/migrations";
import { isLocalDatabase } from "../lib/db/database-url";
import { createPrismaClient } from "../lib/db/prisma";
import { seedCatalogue } from "../prisma/seed/seed";
import { resetDatabase } from "../lib/db/reset";
import { rescoreModels } from "../lib/catalogue/rescore";
import { prepareDatabase } from "../lib/db/prepare";
import { isDatabaseRefusal, isDatabaseUnavailable } from "../lib/db/errors";

const [command, ...args] = process.argv.slice(2);
const env = parseEnv();

const withDatabase = <T>(run: (url: string) => Promise<T>) => withScriptDatabase(env, run);

async function main() {
  switch (command) {
    case "prepare":
      await withDatabase((url) => prepareDatabase(url, (message) => console.log(`[atlas] ${message}`)));
      return;
    case "migrate":
      await withDatabase(async (url) => {
        const applied = await applyMigrations(url);
        console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : "Database is up to date.");
      });
      return;
    case "migration": {
      const name = args[0];
      if (!name) throw new Error("usage: npm run db:migration -- <snake_case_name>");
      // Computed from the files alone, on a scratch embedded database: no server is touched.
      const file = await writeMigration(name);
      console.log(file ? `Wrote ${path.relative(process.cwd(), file)}: review it, then npm run db:migrate.` : "No schema change: nothing written.");
      return;
    }
    case "seed":
      await withDatabase(async (url) => {
        await applyMigrations(url);
        const prisma = createPrismaClient(url, 2);
        try {
          const { report, ...counts } = await seedCatalogue(prisma);
          console.log(
            `Catalogue files loaded: ${report.models.added} model(s) and ${report.organisations.added} organisation(s) added, ` +
              `${report.models.proposed + report.organisations.proposed} edit(s) proposed for review; ` +
              `the database holds ${counts.licences} licences, ${counts.organisations} organisations, ${counts.models} models.`,
          );
        } finally {
          await prisma.$disconnect();
        }
      });
      return;
    case "rescore":
      await withDatabase(async (url) => {
        const prisma = createPrismaClient(url, 2);
        try {
          console.log(`Re-scored ${await rescoreModels(prisma)} model(s) under the current methodology.`);
        } finally {
          await prisma.$disconnect();
        }
      });
      return;
    case "reset": {
      const force = args.includes("--force");
      await withDatabase(async (url) => {
        if (!isLocalDatabase(url) && !force) {
          throw new Error("Refusing to reset a database that is not on this machine; pass --force if you mean it.");
        }
        await resetDatabase(url);
        const applied = await applyMigrations(url);
        const prisma = createPrismaClient(url, 2);
        try {
          const counts = await seedCatalogue(prisma);
          console.log(`Reset: ${applied.length} migration(s) applied, ${counts.models} models seeded.`);
        } finally {
          await prisma.$disconnect();
        }
      });
      return;
    }
    default:
      throw new Error("usage: scripts/db.ts migrate | migration <name> | seed | rescore | reset [--force] | prepare");
  }
}

main().catch((error: unknown) => {
  // a database that cannot be used says so, without a stack trace (the migration engine's is
  // WebAssembly, of no use to an operator)
  if (isDatabaseUnavailable(error) || isDatabaseRefusal(error)) console.error(`[atlas] ${(error as Error).message.trim()}\n(check DATABASE_URL)`);
  else console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
