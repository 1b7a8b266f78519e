// The catalogue benchmark (npm run bench:catalogue): a separate database filled with a synthetic
// catalogue, then the queries behind /models, a model page and an organisation page measured with
// 10 concurrent connections, and the pages themselves against the production build.
import { loadavg, cpus } from "node:os";
import { randomBytes } from "node:crypto";
import { sessionCookieNameFor } from "../auth/config";
import { Prisma } from "../db/generated/client";
import { createPrismaClient } from "../db/prisma";
import { applyMigrations } from "../db/migrations";
import { createEmbeddedDatabase, createServerDatabase, type TestDatabase } from "../testing/test-database";
import { seedCatalogue } from "../../prisma/seed/seed";
import { EMPTY_MODEL_QUERY, organisationQuerySchema, type ModelQuery } from "../validation/catalogue";
import { modelsQueryString } from "../validation/catalogue-url";
import { loadSyntheticCatalogue, type SyntheticCounts } from "./synthetic-catalogue";
import { cpuMs, processTree, residentMemory, type ProcessMemory } from "./process-tree";

export type Engine = "postgresql" | "embedded";

export type BenchOptions = {
  engine: Engine;
  models: number;
  /** PostgreSQL server to create the benchmark database on (postgresql engine) */
  serverUrl?: string;
  /** measured calls per case */
  requests: number;
  concurrency: number;
  /** also measure page responses against the production build (starts the app) */
  pages: boolean;
  port?: number;
  /** web server processes for the page cases (WEB_CONCURRENCY; default 1) */
  webWorkers?: number;
  /** how many of the slowest query cases to EXPLAIN ANALYZE */
  explain: number;
  keep?: boolean;
  /** measure a database an earlier run kept (--keep) instead of creating and loading one */
  reuseUrl?: string;
  log?: (message: string) => void;
  /** only the cases whose name matches (query and page cases alike) */
  cases?: RegExp;
  /** skip the query cases (pages only) */
  queries?: boolean;
};

export type Stats = { n: number; p50: number; p95: number; mean: number; max: number };
export type CaseResult = {
  name: string;
  kind: "query" | "page";
  target: string;
  stats: Stats;
  rows?: number;
  /** the database's own time for the case's statements (EXPLAIN ANALYZE), query cases */
  databaseMs?: number;
  /** database time / p50: EXPLAIN ANALYZE time for queries, the query layer's p50 for pages */
  dbShare?: number;
  /** pages: the web server processes' CPU time (user + system) per page over the case's run */
  cpuMsPerPage?: number;
  /** pages: the HTML's size (uncompressed), and of it the inline RSC payload (self.__next_f.push scripts) */
  bytes?: number;
  flightBytes?: number;
};
export type Plan = { name: string; statement: string; plan: string };
export type BenchReport = {
  engine: Engine;
  counts: SyntheticCounts & { publishedModels: number };
  loadSeconds: number;
  /** the machine's 1-minute load average when measuring started and ended, and its cores */
  machine: { cores: number; loadBefore: number; loadAfter: number; webWorkers?: number };
  results: CaseResult[];
  plans: Plan[];
  databaseUrl?: string;
  /** what `npm start`'s processes hold resident after the page cases (Linux), the supervisor first */
  memory?: ProcessMemory[];
};

export function stats(samples: readonly number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
  return {
    n: sorted.length,
    p50: at(0.5),
    p95: at(0.95),
    mean: sorted.reduce((sum, value) => sum + value, 0) / Math.max(1, sorted.length),
    max: sorted.at(-1) ?? 0,
  };
}

/** Runs `task` `requests` times over `concurrency` workers; returns each call's duration in ms. */
export async function measure(task: () => Promise<unknown>, requests: number, concurrency: number, warmup = 3, onStart?: () => void): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await task();
  onStart?.();
  const durations: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, requests) }, async () => {
      while (next < requests) {
        next++;
        const started = performance.now();
        await task();
        durations.push(performance.now() - started);
      }
    }),
  );
  return durations;
}

/** The statements one search runs, by name ("matches", "items", "count"), in order. */
type Statements = Record<string, Prisma.Sql>;
/** `sql`: the statements of every search a call runs (the exact search, then the fuzzy one when it falls back) */
type QueryCase = { name: string; run: () => Promise<unknown>; rows: () => Promise<number>; sql?: Statements[] };
type PageCase = { name: string; path: string; db: () => Promise<unknown> };

export async function runCatalogueBenchmark(options: BenchOptions): Promise<BenchReport> {
  const log = options.log ?? (() => {});
  log(`[${options.engine}] ${options.reuseUrl ? "reusing a kept database" : "creating a separate database"}`);
  const database: TestDatabase = options.reuseUrl
    ? { url: options.reuseUrl, kind: options.engine === "postgresql" ? "postgresql" : "embedded", dispose: async () => {} }
    : options.engine === "postgresql"
      ? await createServerDatabase(requireUrl(options.serverUrl))
      : await createEmbeddedDatabase();
  let stopApp: (() => Promise<unknown>) | undefined;
  try {
    let counts: SyntheticCounts;
    let loadSeconds = 0;
    if (options.reuseUrl) {
      await applyMigrations(database.url);
      counts = await existingCounts(database.url);
    } else {
      await applyMigrations(database.url);
      const seeding = createPrismaClient(database.url, 2);
      try {
        await seedCatalogue(seeding);
      } finally {
        await seeding.$disconnect();
      }
      log(`[${options.engine}] generating ${options.models} models and ${Math.round(options.models / 5)} organisations`);
      const loadStarted = performance.now();
      counts = await loadSyntheticCatalogue(database.url, { models: options.models, log });
      loadSeconds = (performance.now() - loadStarted) / 1000;
      log(`[${options.engine}] loaded in ${loadSeconds.toFixed(1)} s`);
    }

    // The app's own query layer, on this database (lib/db/client reads DATABASE_URL on first use).
    process.env.DATABASE_URL = database.url;
    (globalThis as { prisma?: unknown }).prisma = undefined;
    const { db } = await import("../db/client");
    const search = await import("../catalogue/search");
    const organisations = await import("../catalogue/organisations");
    const models = await import("../catalogue/models");

    const publishedModels = Number((await db().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Model" WHERE "status" = 'published' AND "scope" = 'europe'`)[0]?.n ?? 0);
    const samples = await db().$queryRaw<{ slug: string }[]>`SELECT "slug" FROM "Model" WHERE "status" = 'published' ORDER BY md5("id") LIMIT 50`;
    const smallOrg = (await db().$queryRaw<{ slug: string }[]>`
      SELECT o."slug" FROM "Organisation" o JOIN "ModelOrganisation" mo ON mo."organisationId" = o."id"
      WHERE o."status" = 'published' GROUP BY o."slug" HAVING count(*) BETWEEN 2 AND 5 ORDER BY o."slug" LIMIT 1`)[0]?.slug ?? "mistral-ai";
    const biggest = counts.biggestOrganisation;
    let sampleIndex = 0;
    const nextSlug = () => samples[sampleIndex++ % samples.length]!.slug;
    // model pages: more models than requests, so that no page is asked for twice
    const pageSamples = await db().$queryRaw<{ slug: string }[]>`SELECT "slug" FROM "Model" WHERE "status" = 'published' ORDER BY md5("slug") LIMIT ${options.requests * 3 + 10}`;
    let pageSampleIndex = 0;
    const nextPageSlug = () => pageSamples[pageSampleIndex++ % pageSamples.length]!.slug;
    const firstPage = await search.searchModels(EMPTY_MODEL_QUERY, { cursor: null });

    const q = (query: Partial<ModelQuery>): ModelQuery => ({ ...EMPTY_MODEL_QUERY, ...query });
    const modelCase = async (name: string, query: ModelQuery, paging: Parameters<typeof search.searchModels>[1] = { page: query.page }): Promise<QueryCase> => {
      const probe = await search.searchModels(query, paging);
      const exact = search.modelSearchSql(query, paging ?? { page: 1 });
      // the statements the answer came from: the corrected search, or the trigram fallback
      const fallback = probe.correctedQuery
        ? search.modelSearchSql({ ...query, q: probe.correctedQuery }, paging ?? { page: 1 })
        : search.modelSearchSql(query, paging ?? { page: 1 }, true);
      return {
        name,
        run: () => search.searchModels(query, paging),
        rows: async () => (await search.searchModels(query, paging)).total,
        sql: probe.fuzzy
          ? [search.statementsRun(exact), { correction: search.correctionSql(search.searchTerms(query.q)) }, search.statementsRun(fallback)]
          : [search.statementsRun(exact)],
      };
    };
    const queryCases: QueryCase[] = await Promise.all([
      modelCase("no filter, by score", q({})),
      modelCase("search a common word (q=mistral)", q({ q: "mistral" })),
      modelCase("search with a typo (q=salamandre, fuzzy fallback)", q({ q: "salamandre" })),
      modelCase("search without accents + language (q=zephyr&lang=fr)", q({ q: "zephyr", lang: ["fr"] })),
      modelCase("grade A,B + French", q({ grade: ["A", "B"], lang: ["fr"] })),
      modelCase("Finnish organisations, newest first", q({ country: ["FI"], sort: "release" })),
      modelCase("research labs and SMEs, SME only", q({ orgType: ["research", "startup_sme"], sme: true })),
      modelCase("use=open, data=partial, commercial", q({ use: "open", data: "partial", commercial: true })),
      modelCase("licence + modality + at most 10B", q({ licence: ["Apache-2.0", "MIT"], modality: ["text"], paramsMax: 10 })),
      modelCase("task + from 2024, by name", q({ task: ["text-generation"], yearMin: 2024, sort: "name" })),
      modelCase("biggest organisation, recently updated", q({ org: [biggest], sort: "updated" })),
      modelCase("speaks Finnish and Swedish", q({ lang: ["fi", "sv"] })),
      modelCase("everything at once", q({ q: "instruct", grade: ["C", "D"], country: ["DE", "FR"], modality: ["text"], paramsMin: 1, paramsMax: 100, yearMin: 2022 })),
      modelCase("deep page (page 50)", q({ page: 50 })),
      modelCase("keyset cursor (second page)", q({}), { cursor: firstPage.nextCursor }),
      {
        name: "organisations: search + country",
        run: () => organisations.searchOrganisations(organisationQuerySchema.parse({ q: "labs", country: "FR" })),
        rows: async () => (await organisations.searchOrganisations(organisationQuerySchema.parse({ q: "labs", country: "FR" }))).total,
        sql: [organisations.organisationSearchSql(organisationQuerySchema.parse({ q: "labs", country: "FR" }), 1)],
      },
      { name: "model page data (random model)", run: () => models.modelBySlug(nextSlug()), rows: async () => 1 },
      {
        name: "organisation page data (biggest)",
        run: () => Promise.all([organisations.organisationBySlug(biggest), search.searchModels(q({ org: [biggest] }), { page: 1 })]),
        rows: async () => (await organisations.organisationBySlug(biggest))!.modelCount,
      },
    ].map((queryCase) => Promise.resolve(queryCase)));
    const wanted = (name: string) => !options.cases || options.cases.test(name);

    // The time the database itself spends on a case's statements (EXPLAIN ANALYZE: planning and
    // execution, median of three), against which the client-side p50 is compared.
    const databaseTime = async (sql: Statements[]) => {
      const once = async () => {
        let total = 0;
        for (const statement of sql.flatMap((search) => Object.values(search))) {
          const [row] = await db().$queryRaw<{ "QUERY PLAN": [{ "Planning Time": number; "Execution Time": number }] }[]>(
            Prisma.sql`EXPLAIN (ANALYZE, FORMAT JSON) ${statement}`,
          );
          const plan = row!["QUERY PLAN"][0];
          total += plan["Planning Time"] + plan["Execution Time"];
        }
        return total;
      };
      const runs = [await once(), await once(), await once()].sort((a, b) => a - b);
      return runs[1]!;
    };

    const loadBefore = loadavg()[0]!;
    let memory: ProcessMemory[] | undefined;
    const results: CaseResult[] = [];
    // The floor: the same client and pool answering the smallest query there is, at the same concurrency.
    const floor: CaseResult = {
      name: "SELECT 1 (client, pool and machine floor)",
      kind: "query",
      target: "query layer",
      stats: stats(await measure(() => db().$queryRaw`SELECT 1`, options.requests, options.concurrency)),
    };
    results.push(floor);
    log(`  ${format(floor)}`);
    for (const queryCase of options.queries === false ? [] : queryCases.filter((queryCase) => wanted(queryCase.name))) {
      const durations = await measure(queryCase.run, options.requests, options.concurrency);
      const result: CaseResult = { name: queryCase.name, kind: "query", target: "query layer", stats: stats(durations), rows: await queryCase.rows() };
      if (queryCase.sql) {
        result.databaseMs = await databaseTime(queryCase.sql);
        result.dbShare = Math.min(1, result.databaseMs / result.stats.p50);
      }
      results.push(result);
      log(`  ${format(result)}`);
    }

    const plans: Plan[] = [];
    const slowest = queryCases
      .filter((queryCase) => queryCase.sql && results.some((r) => r.name === queryCase.name))
      .sort((a, b) => results.find((r) => r.name === b.name)!.stats.p95 - results.find((r) => r.name === a.name)!.stats.p95)
      .slice(0, options.explain);
    for (const queryCase of slowest) {
      // the statements that decide the answer: the fuzzy ones when the search falls back
      const sql = queryCase.sql!.at(-1)!;
      for (const [statement, text] of Object.entries(sql)) {
        const rows = await db().$queryRaw<Record<string, string>[]>(Prisma.sql`EXPLAIN (ANALYZE, BUFFERS) ${text}`);
        plans.push({ name: queryCase.name, statement, plan: rows.map((row) => Object.values(row)[0]).join("\n") });
      }
    }

    if (options.pages) {
      log(`[${options.engine}] starting the production build against this database`);
      const { startAtlas, tempDataDir, removeDir } = await import("../../e2e/support/server");
      const dataDir = tempDataDir();
      const app = await startAtlas({ dataDir, databaseUrl: database.url, port: options.port, timeoutMs: 900_000, env: { WEB_CONCURRENCY: String(options.webWorkers ?? 1) } });
      stopApp = async () => {
        await app.stop();
        removeDir(dataDir);
      };
      const pageCases: PageCase[] = [
        { name: "/models", path: "/models", db: () => search.searchModels(q({})) },
        { name: "/models?q=mistral", path: "/models?q=mistral", db: () => search.searchModels(q({ q: "mistral" })) },
        { name: "/models?grade=A,B&lang=fr", path: `/models${modelsQueryString({ grade: ["A", "B"], lang: ["fr"] })}`, db: () => search.searchModels(q({ grade: ["A", "B"], lang: ["fr"] })) },
        { name: "/models?country=FI&sort=release", path: "/models?country=FI&sort=release", db: () => search.searchModels(q({ country: ["FI"], sort: "release" })) },
        { name: "/fr/models?q=zephyr&lang=fr", path: "/fr/models?q=zephyr&lang=fr", db: () => search.searchModels(q({ q: "zephyr", lang: ["fr"] })) },
        { name: "/models?org=<biggest>&sort=updated", path: `/models?org=${biggest}&sort=updated`, db: () => search.searchModels(q({ org: [biggest], sort: "updated" })) },
        { name: "/models/<a different model each time>", path: "", db: () => models.modelBySlug(nextSlug()) },
        { name: "/models/lucie-7b", path: "/models/lucie-7b", db: () => models.modelBySlug("lucie-7b") },
        {
          name: "/organisations/<biggest>",
          path: `/organisations/${biggest}`,
          db: () => Promise.all([organisations.organisationBySlug(biggest), search.searchModels(q({ org: [biggest] }), { page: 1 })]),
        },
        {
          name: "/organisations/<small>",
          path: `/organisations/${smallOrg}`,
          db: () => Promise.all([organisations.organisationBySlug(smallOrg), search.searchModels(q({ org: [smallOrg] }), { page: 1 })]),
        },
        { name: "/organisations?q=labs&country=FR", path: "/organisations?q=labs&country=FR", db: () => organisations.searchOrganisations(organisationQuerySchema.parse({ q: "labs", country: "FR" })) },
      ];
      // Each page three times. As an anonymous visitor, and as a signed-in maintainer: the server
      // keeps each public page it rendered until the catalogue changes, one copy per role (lib/server/cached-pages.ts).
      // Then rendered for every request, as for a session nobody can vouch for (a session cookie
      // the app does not know: it is rendered, as signed out, after the same session lookup): the
      // cost of a page nobody asked for since the catalogue changed. Random model pages are a different
      // model each time: misses whoever asks.
      const maintainer = await db().user.create({ data: { email: `benchmark-${Date.now()}@example.eu`, role: "maintainer" } });
      const sessionToken = randomBytes(24).toString("hex");
      await db().session.create({ data: { sessionToken, userId: maintainer.id, expires: new Date(Date.now() + 24 * 3_600_000) } });
      const sessionCookie = sessionCookieNameFor(new URL(app.url));
      const visitors = [
        { label: "anonymous", headers: {} as Record<string, string> },
        { label: "signed in", headers: { cookie: `${sessionCookie}=${sessionToken}` } },
        { label: "rendered each time", headers: { cookie: `${sessionCookie}=not-a-session` } },
      ];
      // The web server's processes: everything under the supervisor (scripts/start.ts), which on the
      // embedded engine also hosts the database, whose CPU is not the page's.
      const webServer = () => processTree(app.process.pid!).slice(1);
      for (const pageCase of pageCases.filter((pageCase) => wanted(pageCase.name))) {
        const dbTime = stats(await measure(pageCase.db, options.requests, options.concurrency));
        for (const visitor of visitors) {
          const served = { hit: 0, all: 0, bytes: 0, flightBytes: undefined as number | undefined };
          const fetchPage = async () => {
            const path = pageCase.path || `/models/${nextPageSlug()}`;
            const response = await fetch(`${app.url}${path}`, { redirect: "manual", headers: { "accept-encoding": "identity", ...visitor.headers } });
            const body = await response.text();
            if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
            served.all += 1;
            served.bytes += Buffer.byteLength(body);
            served.flightBytes ??= flightBytes(body);
            if (response.headers.get("x-atlas-cache") === "hit") served.hit += 1;
          };
          let cpuBefore = 0;
          const page = stats(
            await measure(fetchPage, options.requests, options.concurrency, 3, () => {
              served.all = served.bytes = served.hit = 0;
              cpuBefore = cpuMs(webServer());
            }),
          );
          const cpuMsPerPage = (cpuMs(webServer()) - cpuBefore) / Math.max(1, served.all);
          const fromMemory = visitor.label === "rendered each time" ? "" : `, ${Math.round((100 * served.hit) / Math.max(1, served.all))}% from memory`;
          const result: CaseResult = {
            name: `${pageCase.name} (${visitor.label}${fromMemory})`,
            kind: "page",
            target: "HTTP, production build",
            stats: page,
            // an answer from memory reads nothing from the database
            dbShare: served.hit > served.all / 2 ? undefined : Math.min(1, dbTime.p50 / page.p50),
            cpuMsPerPage: process.platform === "linux" ? cpuMsPerPage : undefined,
            bytes: served.bytes / Math.max(1, served.all),
            flightBytes: served.flightBytes,
          };
          results.push(result);
          log(`  ${format(result)}`);
        }
      }
      memory = residentMemory(processTree(app.process.pid!));
      log(`  ${formatMemory(memory)}${EMBEDDED_NOTE[options.engine]}`);
    }

    await db().$disconnect();
    (globalThis as { prisma?: unknown }).prisma = undefined;
    const machine = { cores: cpus().length, loadBefore, loadAfter: loadavg()[0]!, webWorkers: options.pages ? (options.webWorkers ?? 1) : undefined };
    return { engine: options.engine, counts: { ...counts, publishedModels }, loadSeconds, machine, results, plans, databaseUrl: options.keep ? database.url : undefined, memory };
  } finally {
    await stopApp?.();
    if (!options.keep) await database.dispose();
  }
}

async function existingCounts(url: string): Promise<SyntheticCounts> {
  const prisma = createPrismaClient(url, 1);
  try {
    const [row] = await prisma.$queryRaw<{ organisations: number; models: number; links: number; answers: number; biggest: string }[]>`
      SELECT (SELECT count(*)::int FROM "Organisation") AS "organisations", (SELECT count(*)::int FROM "Model") AS "models",
        (SELECT count(*)::int FROM "ModelOrganisation") AS "links", (SELECT count(*)::int FROM "CriterionAnswer") AS "answers",
        (SELECT o."slug" FROM "ModelOrganisation" mo JOIN "Organisation" o ON o."id" = mo."organisationId" GROUP BY o."slug" ORDER BY count(*) DESC LIMIT 1) AS "biggest"`;
    return { organisations: row!.organisations, models: row!.models, links: row!.links, answers: row!.answers, biggestOrganisation: row!.biggest };
  } finally {
    await prisma.$disconnect();
  }
}

function requireUrl(url: string | undefined): string {
  if (!url) throw new Error("The postgresql engine needs DATABASE_URL (a server the benchmark may create a database on).");
  return url;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

/** The inline RSC payload's size: the scripts Next.js writes as self.__next_f.push(…). */
export function flightBytes(html: string): number {
  let total = 0;
  for (const match of html.matchAll(/<script[^>]*>(self\.__next_f\.push\([\s\S]*?)<\/script>/g)) total += Buffer.byteLength(match[1]!);
  return total;
}

/** npm start is given the benchmark's database: an embedded one lives in the benchmark's process, not in npm start's. */
export const EMBEDDED_NOTE: Record<Engine, string> = { postgresql: "", embedded: "; the embedded database runs in the benchmark's own process and is not counted" };

/** The memory line: resident memory summed over `npm start`'s processes, and each one's. */
export function formatMemory(memory: readonly ProcessMemory[]): string {
  const total = memory.reduce((sum, entry) => sum + entry.rssMb, 0);
  return `memory: ${total.toFixed(0)} MB resident in all (${memory.map((entry) => `${entry.command} ${entry.rssMb.toFixed(0)} MB`).join(", ")})`;
}

/** CPU per page and size, for page cases. */
function pageCost(result: CaseResult): string {
  const cpu = result.cpuMsPerPage === undefined ? "" : `  cpu ${ms(result.cpuMsPerPage)}/page`;
  const size = result.bytes === undefined ? "" : `  ${kb(result.bytes)}${result.flightBytes ? ` (RSC ${kb(result.flightBytes)})` : ""}`;
  return cpu + size;
}

export function format(result: CaseResult): string {
  const share =
    result.dbShare === undefined ? "" : `  db ${result.databaseMs === undefined ? "" : `${ms(result.databaseMs)}, `}${Math.round(result.dbShare * 100)}%`;
  const rows = result.rows === undefined ? "" : `  (${result.rows} rows)`;
  return `${result.kind.padEnd(5)} ${result.name.padEnd(72)} p50 ${ms(result.stats.p50).padStart(9)}  p95 ${ms(result.stats.p95).padStart(9)}${share}${rows}${pageCost(result)}`;
}

/** The report as Markdown: a table per engine, then the plans. */
export function markdown(reports: readonly BenchReport[], options: { requests: number; concurrency: number }): string {
  const lines: string[] = [];
  for (const report of reports) {
    lines.push(
      `### ${report.engine === "postgresql" ? "PostgreSQL" : "Embedded (PGlite)"}: ${report.counts.models.toLocaleString("en")} synthetic models, ${report.counts.organisations.toLocaleString("en")} organisations`,
      "",
      `${report.counts.publishedModels.toLocaleString("en")} published models, ${report.counts.links.toLocaleString("en")} model-organisation links, ${report.counts.answers.toLocaleString("en")} criterion answers; loaded in ${report.loadSeconds.toFixed(0)} s. ${options.requests} calls per case, ${options.concurrency} at a time, on ${report.machine.cores} cores with a load average of ${report.machine.loadBefore.toFixed(1)} when measuring began and ${report.machine.loadAfter.toFixed(1)} when it ended.${report.machine.webWorkers ? ` Pages from ${report.machine.webWorkers} web server worker${report.machine.webWorkers > 1 ? "s" : ""} (WEB_CONCURRENCY).` : ""}`,
      "",
      "| case | measured | rows | p50 | p95 | database time | database share | server CPU per page | HTML (RSC payload) |",
      "|---|---|---:|---:|---:|---:|---:|---:|---:|",
      ...report.results.map(
        (r) =>
          `| ${r.name.replace(/\|/g, "\\|")} | ${r.target} | ${r.rows ?? ""} | ${ms(r.stats.p50)} | ${ms(r.stats.p95)} | ${r.databaseMs === undefined ? "" : ms(r.databaseMs)} | ${r.dbShare === undefined ? "" : `${Math.round(r.dbShare * 100)}%`} | ${r.cpuMsPerPage === undefined ? "" : ms(r.cpuMsPerPage)} | ${r.bytes === undefined ? "" : `${kb(r.bytes)}${r.flightBytes ? ` (${kb(r.flightBytes)})` : ""}`} |`,
      ),
      "",
    );
    if (report.memory) lines.push(`Memory after the page cases, ${formatMemory(report.memory)}${EMBEDDED_NOTE[report.engine]}.`, "");
    if (report.plans.length) {
      lines.push(`#### Query plans of the slowest cases (${report.engine})`, "");
      for (const plan of report.plans) lines.push(`**${plan.name}** (${plan.statement})`, "", "```", plan.plan, "```", "");
    }
  }
  return lines.join("\n");
}
