// One app for the whole e2e run, on this run's own fresh database: a new database on the server
// at DATABASE_URL (CI: PostgreSQL), or the embedded one in a temporary data directory. A real SMTP
// server (e2e/support/mailbox.ts) receives the app's e-mail.
import path from "node:path";
import { createServerDatabase, type TestDatabase } from "../lib/testing/test-database";
import { startAtlas, tempDataDir, removeDir, freePort } from "./support/server";
import { startMailbox } from "./support/mailbox";
import { chromiumPath } from "./support/chromium";
import { startFakeHub } from "../lib/testing/fake-hub/server";

/** Signs in as an admin through ADMIN_EMAILS (the bootstrap path), like a site's first admin. */
export const E2E_ADMIN_EMAIL = "admin@e2e.example";

export default async function globalSetup() {
  chromiumPath(); // fail first, with the install hint, when there is no browser
  const dataDir = tempDataDir();
  const smtpPort = Number(process.env.E2E_SMTP_PORT) || (await freePort());
  const mailboxDir = path.join(dataDir, "mailbox");
  const mailbox = await startMailbox({ port: smtpPort, dir: mailboxDir });
  process.env.E2E_MAILBOX = mailboxDir;

  // the Hugging Face Hub the app asks for pre-fills: a fake one, serving the tests' fixtures
  const hub = await startFakeHub(Number(process.env.E2E_HUB_PORT) || 0);

  let database: TestDatabase | undefined;
  if (process.env.DATABASE_URL) database = await createServerDatabase(process.env.DATABASE_URL);
  const port = Number(process.env.E2E_PORT);
  const server = await startAtlas({
    dataDir,
    databaseUrl: database?.url,
    port,
    env: {
      SMTP_HOST: "127.0.0.1",
      SMTP_PORT: String(smtpPort),
      SMTP_SECURE: "false",
      EMAIL_FROM: "Libre Atlas <atlas@e2e.example>",
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      ADMIN_EMAILS: E2E_ADMIN_EMAIL,
      HF_ENDPOINT: hub.url,
    },
  });
  process.env.E2E_DATABASE = database ? "postgresql" : "embedded";
  // for the command-line tools the tests run (npm run user:role)
  process.env.E2E_DATABASE_URL = database?.url ?? embeddedUrl(server.output());
  return async () => {
    await server.stop();
    await mailbox.stop();
    await hub.stop();
    await database?.dispose();
    removeDir(dataDir);
  };
}

function embeddedUrl(output: string): string {
  const match = /on 127\.0\.0\.1:(\d+)/.exec(output);
  if (!match) throw new Error(`no embedded database port in the start log:\n${output}`);
  return `postgresql://postgres:postgres@127.0.0.1:${match[1]}/postgres?sslmode=disable`;
}
