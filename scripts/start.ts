// `npm start` (production) and `npm run dev`: build when the sources changed, start the embedded
// database unless DATABASE_URL is set, migrate, seed an empty catalogue, then serve the site.
// SIGINT/SIGTERM stop the web server first, then close the database cleanly.
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { EnvError, parseEnv } from "../lib/env";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../lib/db/embedded";
import { applyMigrations } from "../lib/db/migrations";
import { isDatabaseRefusal, isDatabaseUnavailable } from "../lib/db/errors";
import { createPrismaClient } from "../lib/db/prisma";
import { seedCatalogue } from "../prisma/seed/seed";
import { rescoreModels } from "../lib/catalogue/rescore";
import { buildIsCurrent, recordBuild, sourceStamp } from "../lib/server/build-stamp";
import { resolveAuthSecret } from "../lib/auth/secret";
import { authOrigin, externalProviders, isLoopback, mailDelivery, secureCookies } from "../lib/auth/config";

const root = path.resolve(import.meta.dirname, "..");
const dev = process.argv.includes("--dev");
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
const log = (message: string) => console.log(`[atlas] ${message}`);

let embedded: EmbeddedDatabase | undefined;
let web: ChildProcess | undefined;
let stopping = false;

function run(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [nextBin, ...args], { cwd: root, env, stdio: "inherit" });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`next ${args[0]} exited with ${code}`))));
  });
}

async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  if (web && web.exitCode === null) {
    log("stopping the web server…");
    const exited = new Promise((resolve) => web!.once("exit", resolve));
    web.kill("SIGTERM");
    const timer = setTimeout(() => web?.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
  }
  if (embedded) {
    log("closing the embedded database…");
    await embedded.stop();
  }
  process.exit(code);
}

async function main() {
  const env = parseEnv();
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));

  if (!dev) {
    const stamp = sourceStamp(root);
    if (!buildIsCurrent(root, stamp)) {
      log("building the app (sources changed since the last build)…");
      await run(["build"], { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" });
      recordBuild(root, stamp);
    }
  }
  if (stopping) return;

  let databaseUrl = env.DATABASE_URL;
  if (!databaseUrl) {
    const dataDir = path.resolve(root, env.ATLAS_DATA_DIR, "pglite");
    embedded = await startEmbeddedDatabase({ dataDir });
    databaseUrl = embedded.url;
    log(`embedded PostgreSQL (PGlite) in ${path.relative(root, dataDir) || dataDir}, on 127.0.0.1:${embedded.port}`);
  } else {
    log("using the PostgreSQL at DATABASE_URL");
  }

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
  if (stopping) return;

  const auth = signInSettings(env);

  web = spawn(
    process.execPath,
    // No --hostname: Next.js compares rewrite targets with "localhost", and binding 127.0.0.1
    // would make its own locale rewrites look external (a redirect loop on "/").
    // Production runs Next.js behind scripts/serve.ts, which answers cached badges itself.
    dev
      ? [nextBin, "dev", "--port", String(env.PORT)]
      : ["--import", "tsx", path.join(root, "scripts/serve.ts"), "--port", String(env.PORT)],
    {
      cwd: root,
      stdio: ["ignore", "inherit", "inherit"],
      env: { ...process.env, ...auth, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: dev ? "development" : "production" },
    },
  );
  web.on("exit", (code, signal) => {
    if (!stopping) {
      log(`web server exited (${signal ?? code}); shutting down`);
      void stop(code ?? 1);
    }
  });
  const url = `http://localhost:${env.PORT}/`;
  for (let i = 0; i < 600 && !stopping; i++) {
    const ready = await fetch(`${url}api/health`).then((r) => r.ok, () => false);
    if (ready) {
      log(`Libre Atlas is ready at ${url} (Ctrl-C stops it)`);
      return;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The sign-in origin and secret the web server gets, with a line in the log for each choice made. */
function signInSettings(env: ReturnType<typeof parseEnv>): { NEXTAUTH_URL: string; NEXTAUTH_SECRET: string } {
  const origin = authOrigin(env);
  const secret = resolveAuthSecret(env, path.resolve(root, env.ATLAS_DATA_DIR));
  if (secret.source !== "environment") {
    const where = path.relative(root, secret.file!) || secret.file;
    log(`${secret.source === "generated" ? "generated a sign-in secret in" : "using the sign-in secret in"} ${where} (set AUTH_SECRET to choose one; instances of one site must share it)`);
  }
  const mode = mailDelivery({ ...env, NODE_ENV: dev ? "development" : "production" }, origin);
  if (mode === "log") log("no SMTP server configured (SMTP_HOST): sign-in links are written to this log");
  if (mode === "none") log(`no SMTP server configured (SMTP_HOST): e-mail sign-in is off for ${origin.origin}, which is not this machine`);
  if (!secureCookies(origin)) log(`warning: ${origin.origin} is plain http and not this machine: sign-in cookies cannot be Secure; serve it over https`);
  if (!env.NEXTAUTH_URL && !env.SITE_URL && !isLoopback(origin)) log(`sign-in links point to ${origin.origin}`);
  const providers = externalProviders(env).map((p) => p.name);
  if (providers.length) log(`sign-in also with: ${providers.join(", ")}`);
  return { NEXTAUTH_URL: origin.origin, NEXTAUTH_SECRET: secret.value };
}

main().catch(async (error: unknown) => {
  // a configuration or a database that cannot be used says so, without a stack trace (the
  // migration engine's is WebAssembly, of no use to an operator)
  if (error instanceof EnvError) console.error(error.message);
  else if (isDatabaseUnavailable(error) || isDatabaseRefusal(error)) console.error(`[atlas] ${(error as Error).message.trim()}\n(check DATABASE_URL)`);
  else console.error(error);
  await stop(1);
});
