// npm run user:role -- <email> <role> ["reason"]
// Sets a person's role (contributor, maintainer, admin), creating the account when the address has
// never signed in (it is theirs the first time they do). Audited like a change made in the UI.
// Uses DATABASE_URL, or the embedded database under ATLAS_DATA_DIR (stop `npm start` first: the
// embedded database has one owner at a time).
import { z } from "zod";
import { parseEnv } from "../lib/env";
import { withScriptDatabase } from "../lib/db/script-database";
import { createPrismaClient } from "../lib/db/prisma";
import { isRole, ROLES } from "../lib/auth/roles";
import { setUserRole } from "../lib/auth/roles-admin";
import { isAppError } from "../lib/errors";

async function main() {
  const [emailArg, role, ...reasonWords] = process.argv.slice(2);
  const email = z.email().safeParse(emailArg?.trim().toLowerCase());
  if (!email.success || !isRole(role)) {
    console.error(`usage: npm run user:role -- <email> <${ROLES.join("|")}> ["reason"]`);
    process.exit(2);
  }
  await withScriptDatabase(parseEnv(), async (url) => {
    const prisma = createPrismaClient(url, 2);
    try {
      const user = await prisma.user.upsert({ where: { email: email.data }, create: { email: email.data }, update: {}, select: { id: true } });
      const result = await setUserRole(prisma, {
        userId: user.id,
        role,
        actorId: null,
        reason: reasonWords.join(" ").slice(0, 500) || "command line",
        via: "cli",
      });
      console.log(result.changed ? `${email.data}: ${result.from} → ${result.to}` : `${email.data} is already ${result.to}`);
    } catch (error) {
      console.error(isAppError(error) ? error.message : error);
      process.exitCode = 1;
    } finally {
      await prisma.$disconnect();
    }
  });
}

void main();
