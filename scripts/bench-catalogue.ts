// npm run bench:catalogue [-- --scale small|full] [--engine postgresql|embedded|both]
//   [--models N] [--embedded-models N] [--requests N] [--no-pages] [--no-queries] [--cases REGEX] [--workers N]
//   [--explain N] [--out FILE] [--keep] [--reuse URL]
// Creates a separate database (on the DATABASE_URL server, and/or an embedded one), fills it with a
// synthetic catalogue (full: 100,000 models and 20,000 organisations; small: 2,000 and 400) and
// measures the catalogue's queries and pages with 10 concurrent connections. See docs/bench-catalogue.md.
import { writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import { EMBEDDED_NOTE, format, formatMemory, markdown, runCatalogueBenchmark, type BenchReport, type Engine } from "../lib/bench/catalogue-benchmark";

const { values } = parseArgs({
  options: {
    scale: { type: "string", default: "full" },
    engine: { type: "string", default: "both" },
    models: { type: "string" },
    "embedded-models": { type: "string" },
    requests: { type: "string" },
    concurrency: { type: "string", default: "10" },
    pages: { type: "boolean", default: true },
    "no-pages": { type: "boolean", default: false },
    /** pages only */
    "no-queries": { type: "boolean", default: false },
    /** only the cases whose name matches this regular expression (e.g. "models/|organisations/") */
    cases: { type: "string" },
    /** web server processes for the page cases; default: one per core, as a production deployment */
    workers: { type: "string", default: String(Math.min(4, availableParallelism())) },
    explain: { type: "string", default: "4" },
    out: { type: "string" },
    port: { type: "string" },
    keep: { type: "boolean", default: false },
    reuse: { type: "string" },
  },
});

const SCALES = { full: { models: 100_000, requests: 200 }, small: { models: 2_000, requests: 30 } } as const;

async function main() {
  const scale = SCALES[values.scale as keyof typeof SCALES];
  if (!scale) throw new Error(`--scale must be small or full, not ${values.scale}`);
  const models = Number(values.models ?? scale.models);
  const requests = Number(values.requests ?? scale.requests);
  const concurrency = Number(values.concurrency);
  const serverUrl = process.env.DATABASE_URL;
  const engines: Engine[] =
    values.engine === "both" ? (serverUrl ? ["postgresql", "embedded"] : ["embedded"]) : [values.engine as Engine];
  const reports: BenchReport[] = [];
  for (const engine of engines) {
    const report = await runCatalogueBenchmark({
      engine,
      models: engine === "embedded" && values["embedded-models"] ? Number(values["embedded-models"]) : models,
      serverUrl,
      requests,
      concurrency,
      pages: values.pages && !values["no-pages"],
      port: values.port ? Number(values.port) : undefined,
      webWorkers: Number(values.workers),
      explain: Number(values.explain),
      keep: values.keep || Boolean(values.reuse),
      reuseUrl: values.reuse,
      log: (message) => console.log(message),
      cases: values.cases ? new RegExp(values.cases) : undefined,
      queries: !values["no-queries"],
    });
    reports.push(report);
    if (report.databaseUrl) console.log(`kept the database: ${report.databaseUrl}`);
  }
  console.log("\nResults (p50 / p95 over", requests, "calls,", concurrency, "at a time):");
  for (const report of reports) {
    console.log(`\n${report.engine}: ${report.counts.models} models, ${report.counts.organisations} organisations, loaded in ${report.loadSeconds.toFixed(0)} s; load average ${report.machine.loadBefore.toFixed(1)} → ${report.machine.loadAfter.toFixed(1)} on ${report.machine.cores} cores${report.machine.webWorkers ? `; pages from ${report.machine.webWorkers} web server worker(s)` : ""}`);
    for (const result of report.results) console.log(format(result));
    if (report.memory) console.log(`${formatMemory(report.memory)}${EMBEDDED_NOTE[report.engine]}`);
  }
  const text = markdown(reports, { requests, concurrency });
  if (values.out) {
    writeFileSync(values.out, text);
    console.log(`\nwrote ${values.out}`);
  } else {
    for (const report of reports) for (const plan of report.plans) console.log(`\n--- ${report.engine}: ${plan.name} (${plan.statement})\n${plan.plan}`);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
