// npm run import:hf -- <owner or ids…> [--organisation <slug>] [--dry-run]
// Models on the Hugging Face Hub (HF_ENDPOINT) as proposals for the maintainers: pending submissions
// for models the catalogue does not hold, proposed edits (only what differs) for those it does;
// idempotent (lib/imports/huggingface.ts). Uses DATABASE_URL, or the embedded database.
import { parseArgs } from "node:util";
import { parseEnv } from "../lib/env";
import { createPrismaClient } from "../lib/db/prisma";
import { withScriptDatabase } from "../lib/db/script-database";
import { importFromHub } from "../lib/imports/huggingface";
import { formatReport } from "../lib/imports/propose-model";

async function main() {
  const { values, positionals } = parseArgs({ options: { "dry-run": { type: "boolean", default: false }, organisation: { type: "string" } }, allowPositionals: true });
  if (positionals.length === 0) {
    console.error("usage: npm run import:hf -- <owner or owner/name or https://huggingface.co/owner/name …> [--organisation <slug>] [--dry-run]");
    process.exit(2);
  }
  const env = parseEnv();
  await withScriptDatabase(env, async (url) => {
    const prisma = createPrismaClient(url, 2);
    try {
      const report = await importFromHub(prisma, positionals, { dryRun: values["dry-run"], organisation: values.organisation, endpoint: env.HF_ENDPOINT });
      console.log(formatReport(`Hugging Face (${env.HF_ENDPOINT}) → Libre Atlas`, report));
    } finally {
      await prisma.$disconnect();
    }
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
