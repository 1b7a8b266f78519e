// `npm run bench:badge`: badge throughput and latency against the production build, with 50
// concurrent clients (autocannon), on the embedded database and, when DATABASE_URL is set, on
// PostgreSQL (a fresh database on that server, dropped afterwards). For reference, the same SVG is
// served as a static file from public/ by the same server. The production server is scripts/serve.ts
// (Next.js behind a lean Node.js server that answers cached badges from memory); for comparison the
// same build is also served by plain `next start`, where the badge route handler answers from its
// in-memory cache: what the design buys. When nginx is installed (Debian's package), the same file
// served by nginx is the reference the issue's target names (issue 22: at least half its throughput,
// p99 under 20 ms).
//
// Environment: BENCH_PORT (default 3723), BENCH_SECONDS per scenario (default 10),
// BENCH_CONNECTIONS (default 50). Prints one table per database, and the ratio badge/static.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import http from "node:http";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { buildIsCurrent, recordBuild, sourceStamp } from "../lib/server/build-stamp";
import { startEmbeddedDatabase } from "../lib/db/embedded";
import { applyMigrations } from "../lib/db/migrations";
import { createPrismaClient } from "../lib/db/prisma";
import { createServerDatabase } from "../lib/testing/test-database";
import { seedCatalogue } from "../prisma/seed/seed";
import { modelBadgeFace, renderBadgeSvg } from "../lib/badges/render";
import { bundleWebServer, webServerNodeOptions } from "../lib/server/server-bundle";

const root = path.resolve(import.meta.dirname, "..");
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
const port = Number(process.env.BENCH_PORT ?? 3723);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const SLUG = "lucie-7b";
const STATIC_NAME = "bench-reference-badge.svg";
const staticFile = path.join(root, "public", STATIC_NAME);
const log = (message: string) => console.log(`[bench] ${message}`);

type Scenario = { name: string; path: string; headers?: Record<string, string>; expect: number };
type Row = { name: string; rps: number; p50: number; p99: number; errors: number };

function ensureBuild() {
  const stamp = sourceStamp(root);
  if (buildIsCurrent(root, stamp)) return;
  log("building the app (sources changed since the last build)…");
  const result = spawnSync(process.execPath, [nextBin, "build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error("next build failed");
  recordBuild(root, stamp);
}

type ServerKind = "atlas" | "next start";

async function startServer(kind: ServerKind, databaseUrl: string): Promise<ChildProcess> {
  // the production web server as npm start runs it: compiled, with its heap limit
  const args =
    kind === "atlas"
      ? [...webServerNodeOptions(process.env), await bundleWebServer(root), "--dir", root, "--port", String(port)]
      : [nextBin, "start", "--port", String(port)];
  const child = spawn(process.execPath, args, {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", MALLOC_ARENA_MAX: "2" },
  });
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    if (await fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.ok, () => false)) return child;
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill("SIGKILL");
  throw new Error("next start did not answer in time");
}

async function stopServer(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

const NGINX = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((candidate) => existsSync(candidate));
const nginxPort = port + 1;

/** nginx serving public/ on nginxPort, as it would serve a static file (its default workers: one per core). */
async function startNginx(): Promise<() => void> {
  const dir = mkdtempSync(path.join(tmpdir(), "atlas-bench-nginx-"));
  const asRoot = process.getuid?.() === 0;
  writeFileSync(
    path.join(dir, "nginx.conf"),
    `daemon off;
${asRoot ? "user root;" : ""}
worker_processes auto;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fastcgi; uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
  types { image/svg+xml svg; }
  server { listen 127.0.0.1:${nginxPort}; root ${path.dirname(staticFile)}; }
}
`,
  );
  const child = spawn(NGINX!, ["-p", dir, "-c", path.join(dir, "nginx.conf")], { stdio: ["ignore", "ignore", "inherit"] });
  for (let i = 0; !(await fetch(`http://127.0.0.1:${nginxPort}/${STATIC_NAME}`).then((r) => r.ok, () => false)); i++) {
    if (child.exitCode !== null || i > 100) throw new Error("nginx did not start");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return () => {
    child.kill("SIGQUIT");
    rmSync(dir, { recursive: true, force: true });
  };
}

async function measure(scenario: Scenario, base = `http://127.0.0.1:${port}`): Promise<Row> {
  const url = `${base}${scenario.path}`;
  // node:http, not fetch: fetch adds Cache-Control: no-cache to conditional requests, defeating them
  const status = await new Promise<number>((resolve, reject) => {
    http.get(url, { headers: scenario.headers }, (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode ?? 0));
    }).on("error", reject);
  });
  if (status !== scenario.expect) throw new Error(`${scenario.name}: expected ${scenario.expect}, got ${status}`);
  // a short warm-up, so that the first requests' compilation and cache filling are not measured
  await autocannon({ url, connections, duration: 2, headers: scenario.headers });
  const result = await autocannon({ url, connections, duration: seconds, headers: scenario.headers });
  const wrong = result.non2xx - (scenario.expect === 304 ? result["3xx"] : 0);
  return {
    name: scenario.name,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + wrong,
  };
}

async function benchDatabase(label: string, databaseUrl: string, expectedSvg: string): Promise<Row[]> {
  await applyMigrations(databaseUrl);
  const prisma = createPrismaClient(databaseUrl, 2);
  await seedCatalogue(prisma);
  await prisma.$disconnect();

  const rows: Row[] = [];
  if (NGINX) {
    const stopNginx = await startNginx();
    try {
      log(`${label}: nginx: static file…`);
      rows.push(await measure({ name: "nginx: static file", path: `/${STATIC_NAME}`, expect: 200 }, `http://127.0.0.1:${nginxPort}`));
    } finally {
      stopNginx();
    }
  }
  for (const kind of ["atlas", "next start"] as const) {
    const server = await startServer(kind, databaseUrl);
    try {
      const badge = await fetch(`http://127.0.0.1:${port}/badge/models/${SLUG}.svg`);
      const svg = await badge.text();
      if (svg !== expectedSvg) throw new Error("the served badge differs from the reference SVG");
      const etag = badge.headers.get("etag") ?? "";
      const staticEtag = (await fetch(`http://127.0.0.1:${port}/${STATIC_NAME}`)).headers.get("etag") ?? "";
      const scenarios: Scenario[] =
        kind === "atlas"
        ? [
            { name: "static file (public/)", path: `/${STATIC_NAME}`, expect: 200 },
            { name: "static file, If-None-Match", path: `/${STATIC_NAME}`, headers: { "if-none-match": staticEtag }, expect: 304 },
            { name: "badge", path: `/badge/models/${SLUG}.svg`, expect: 200 },
            { name: "badge, If-None-Match", path: `/badge/models/${SLUG}.svg`, headers: { "if-none-match": etag }, expect: 304 },
            { name: "badge ?style=for-the-badge", path: `/badge/models/${SLUG}.svg?style=for-the-badge`, expect: 200 },
          ]
        : [
            { name: "next start: static file", path: `/${STATIC_NAME}`, expect: 200 },
            { name: "next start: badge (route handler)", path: `/badge/models/${SLUG}.svg`, expect: 200 },
            { name: "next start: badge, If-None-Match", path: `/badge/models/${SLUG}.svg`, headers: { "if-none-match": etag }, expect: 304 },
          ];
      for (const scenario of scenarios) {
        log(`${label}: ${scenario.name}…`);
        rows.push(await measure(scenario));
      }
    } finally {
      await stopServer(server);
    }
  }
  return rows;
}

function print(label: string, rows: Row[]) {
  // the reference: nginx when installed, else the same server's static file
  const staticRow = rows.find((r) => r.name === "nginx: static file") ?? rows.find((r) => r.name === "static file (public/)")!;
  const width = Math.max(...rows.map((r) => r.name.length));
  console.log(`\n${label}: ${connections} connections, ${seconds} s per scenario`);
  console.log(`${"scenario".padEnd(width)}  ${"req/s".padStart(8)}  ${"p50 ms".padStart(7)}  ${"p99 ms".padStart(7)}  ${`vs ${staticRow.name.startsWith("nginx") ? "nginx" : "static"}`.padStart(9)}  errors`);
  for (const row of rows) {
    const ratio = `${Math.round((100 * row.rps) / staticRow.rps)}%`;
    console.log(
      `${row.name.padEnd(width)}  ${row.rps.toFixed(0).padStart(8)}  ${row.p50.toFixed(1).padStart(7)}  ${row.p99.toFixed(1).padStart(7)}  ${ratio.padStart(9)}  ${row.errors}`,
    );
  }
  const badge = rows.find((r) => r.name === "badge")!;
  const ok = badge.rps >= 0.5 * staticRow.rps && badge.p99 < 20;
  console.log(
    `badge / ${staticRow.name} = ${(badge.rps / staticRow.rps).toFixed(2)}, badge p99 = ${badge.p99} ms: target (≥ 0.50 and < 20 ms) ${ok ? "met" : "NOT met"}`,
  );
}

async function main() {
  ensureBuild();
  const results: [string, Row[]][] = [];
  const embeddedDir = mkdtempSync(path.join(tmpdir(), "atlas-bench-"));
  const embedded = await startEmbeddedDatabase({ dataDir: embeddedDir });
  try {
    // The reference file: the very bytes the badge route serves for SLUG (checked once served).
    await applyMigrations(embedded.url);
    const prisma = createPrismaClient(embedded.url, 2);
    await seedCatalogue(prisma);
    const model = await prisma.model.findUniqueOrThrow({ where: { slug: SLUG } });
    await prisma.$disconnect();
    const svg = renderBadgeSvg(modelBadgeFace({ grade: model.grade, score: model.score, complete: model.gradeComplete }), { style: "flat" });
    // public/ is read when the server starts; the file is removed at the end (a stray one would only
    // make the next `npm start` rebuild).
    mkdirSync(path.dirname(staticFile), { recursive: true });
    writeFileSync(staticFile, svg);
    results.push(["embedded database (PGlite)", await benchDatabase("embedded", embedded.url, svg)]);
    if (process.env.DATABASE_URL) {
      const database = await createServerDatabase(process.env.DATABASE_URL);
      try {
        results.push(["PostgreSQL", await benchDatabase("postgresql", database.url, svg)]);
      } finally {
        await database.dispose();
      }
    } else {
      log("PostgreSQL skipped: set DATABASE_URL to a server (a fresh database is created and dropped)");
    }
  } finally {
    rmSync(staticFile, { force: true });
    await embedded.stop();
    rmSync(embeddedDir, { recursive: true, force: true });
  }
  for (const [label, rows] of results) print(label, rows);
}

main().catch((error: unknown) => {
  rmSync(staticFile, { force: true });
  console.error(error);
  process.exit(1);
});
