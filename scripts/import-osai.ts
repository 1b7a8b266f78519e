// npm run import:osai -- <folder of the index's YAML files> [--dry-run]
// The European Open Source AI Index's systems as proposals for the maintainers: pending submissions
// for European models the catalogue lacks, proposed edits (each difference listed) for those it
// holds, credited to the index (CC-BY-4.0); idempotent (lib/imports/osai/import.ts). Uses
// DATABASE_URL, or the embedded database.
import { existsSync, statSync } from "node:fs";
import { parseArgs } from "node:util";
import { parseEnv } from "../lib/env";
import { createPrismaClient } from "../lib/db/prisma";
import { withScriptDatabase } from "../lib/db/script-database";
import { importOsaiIndex } from "../lib/imports/osai/import";
import { formatReport } from "../lib/imports/propose-model";

async function main() {
  const { values, positionals } = parseArgs({ options: { "dry-run": { type: "boolean", default: false } }, allowPositionals: true });
  const dir = positionals[0];
  if (positionals.length !== 1 || !dir || !existsSync(dir) || !statSync(dir).isDirectory()) {
    console.error("usage: npm run import:osai -- <folder of the index's YAML files> [--dry-run]");
    process.exit(2);
  }
  await withScriptDatabase(parseEnv(), async (url) => {
    const prisma = createPrismaClient(url, 2);
    try {
      const report = await importOsaiIndex(prisma, dir, { dryRun: values["dry-run"] });
      console.log(formatReport(`European Open Source AI Index (${dir}) → Libre Atlas`, report));
      for (const problem of report.problems) console.log(`  ${problem.file}: not read: ${problem.message}`);
    } finally {
      await prisma.$disconnect();
    }
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
