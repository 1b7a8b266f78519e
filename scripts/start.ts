// `npm start` (production) and `npm run dev`: build when the sources changed, start the embedded
// database unless DATABASE_URL is set, migrate, seed an empty catalogue, then serve the site.
// SIGINT/SIGTERM stop the web server first, then close the database cleanly.
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
// Only what supervising needs is imported here: this process stays resident for as long as the site
// runs. The database is prepared (migrations, re-scoring, seed) by `scripts/db.ts prepare` in a
// process that exits, and the embedded database is loaded only when it is used.
import { EnvError, parseEnv } from "../lib/env";
import type { EmbeddedDatabase } from "../lib/db/embedded";
import { buildIsCurrent, recordBuild, sourceStamp } from "../lib/server/build-stamp";
import { bundleWebServer, webServerNodeOptions } from "../lib/server/server-bundle";
import { resolveAuthSecret } from "../lib/auth/secret";
import { authOrigin, externalProviders, isLoopback, mailDelivery, secureCookies } from "../lib/auth/config";

const root = path.resolve(import.meta.dirname, "..");
const dev = process.argv.includes("--dev");
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
const log = (message: string) => console.log(`[atlas] ${message}`);

let embedded: EmbeddedDatabase | undefined;
let web: ChildProcess | undefined;
let stopping = false;

function run(args: string[], env: NodeJS.ProcessEnv, what = `next ${args[0]}`): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args[0] === "build" ? [nextBin, ...args] : args, { cwd: root, env, stdio: "inherit" });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new PrepareError(`${what} exited with ${code}`))));
  });
}

/** A step run in a child process failed: it has said why in the log. */
class PrepareError extends Error {}

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

  // Migrations, re-scoring and the catalogue files, in a process that exits when done. On the
  // embedded database that process opens the data directory itself, before this one does: the
  // WebAssembly PostgreSQL's memory only grows, and what initdb, migrations and index builds took
  // (600 MB on a first start) would otherwise stay for the site's life.
  const dataDir = path.resolve(root, env.ATLAS_DATA_DIR, "pglite");
  await run(
    ["--experimental-wasm-modules", "--disable-warning=ExperimentalWarning", "--import", "tsx", path.join(root, "scripts/db.ts"), "prepare"],
    { ...process.env, ATLAS_DATA_DIR: path.resolve(root, env.ATLAS_DATA_DIR) },
    "preparing the database",
  );
  if (stopping) return;

  let databaseUrl = env.DATABASE_URL;
  if (!databaseUrl) {
    const { startEmbeddedDatabase } = await import("../lib/db/embedded");
    embedded = await startEmbeddedDatabase({ dataDir });
    databaseUrl = embedded.url;
    log(`embedded PostgreSQL (PGlite) in ${path.relative(root, dataDir) || dataDir}, on 127.0.0.1:${embedded.port}`);
  } else {
    log("using the PostgreSQL at DATABASE_URL");
  }
  if (stopping) return;

  const auth = signInSettings(env);

  web = spawn(
    process.execPath,
    // No --hostname: Next.js compares rewrite targets with "localhost", and binding 127.0.0.1
    // would make its own locale rewrites look external (a redirect loop on "/").
    // Production runs Next.js behind scripts/serve.ts, which answers cached badges itself.
    // It runs compiled (lib/server/server-bundle.ts): tsx's loader, its source maps and its esbuild
    // service would stay resident for the server's life (about 60 MB).
    dev
      ? [nextBin, "dev", "--port", String(env.PORT)]
      : [...webServerNodeOptions(process.env), await bundleWebServer(root), "--dir", root, "--port", String(env.PORT)],
    {
      cwd: root,
      stdio: ["ignore", "inherit", "inherit"],
      env: {
        ...process.env,
        ...auth,
        DATABASE_URL: databaseUrl,
        NEXT_TELEMETRY_DISABLED: "1",
        NODE_ENV: dev ? "development" : "production",
        // glibc's per-thread malloc arenas held 60–80 MB of a rendering server; two suffice
        MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? "2",
      },
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
  else if (error instanceof PrepareError) console.error(`[atlas] ${error.message}`);
  else console.error(error);
  await stop(1);
});
