// `npm test`: every test runner in turn (type check, lint, unit, integration, end-to-end), each
// run even when an earlier one failed, then one line that sums them: "N passed, N failed".
// Integration and e2e use DATABASE_URL when given, else an embedded database of their own.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

type Counts = { passed: number; failed: number; skipped: number };
const root = path.resolve(import.meta.dirname, "..");
const reports = mkdtempSync(path.join(tmpdir(), "atlas-test-reports-"));
const only = process.argv.slice(2);

function runBin(bin: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(path.join(root, "node_modules/.bin", bin), args, {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, ...env },
  });
  return result.status ?? 1;
}

function vitestCounts(file: string, status: number): Counts {
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const report = JSON.parse(readFileSync(file, "utf8")) as {
    numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number; numFailedTestSuites: number;
  };
  // A suite that fails to load has no failed test, but it is a failure.
  const failed = report.numFailedTests + report.numFailedTestSuites + (status !== 0 && report.numFailedTests === 0 && report.numFailedTestSuites === 0 ? 1 : 0);
  return { passed: report.numPassedTests, failed, skipped: report.numPendingTests + report.numTodoTests };
}

const wasm = "--experimental-wasm-modules --disable-warning=ExperimentalWarning";
const steps: { name: string; run: () => Counts }[] = [
  { name: "typecheck", run: () => (runBin("tsc", ["--noEmit", "-p", "."]) === 0 ? { passed: 1, failed: 0, skipped: 0 } : { passed: 0, failed: 1, skipped: 0 }) },
  { name: "lint", run: () => (runBin("eslint", ["--max-warnings=0", "."]) === 0 ? { passed: 1, failed: 0, skipped: 0 } : { passed: 0, failed: 1, skipped: 0 }) },
  {
    // the catalogue's files (data/): schemas, licences, bases, the Europe rule, evidence, sources
    name: "data",
    run: () => {
      const status = spawnSync(process.execPath, ["--import", "tsx", "scripts/data-check.ts", "--quiet"], { cwd: root, stdio: "inherit" }).status;
      return status === 0 ? { passed: 1, failed: 0, skipped: 0 } : { passed: 0, failed: 1, skipped: 0 };
    },
  },
  {
    name: "unit",
    run: () => {
      const file = path.join(reports, "unit.json");
      const status = runBin("vitest", ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${file}`]);
      return vitestCounts(file, status);
    },
  },
  {
    name: "integration",
    run: () => {
      const file = path.join(reports, "integration.json");
      const status = runBin("vitest", ["run", "-c", "vitest.integration.config.ts", "--reporter=default", "--reporter=json", `--outputFile.json=${file}`], { NODE_OPTIONS: wasm });
      return vitestCounts(file, status);
    },
  },
  {
    name: "e2e",
    run: () => {
      const file = path.join(reports, "e2e.json");
      const status = runBin("playwright", ["test"], { PLAYWRIGHT_JSON_OUTPUT_NAME: file });
      if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
      const stats = (JSON.parse(readFileSync(file, "utf8")) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } }).stats;
      const failed = stats.unexpected + (status !== 0 && stats.unexpected === 0 ? 1 : 0);
      return { passed: stats.expected + stats.flaky, failed, skipped: stats.skipped };
    },
  },
];

const total: Counts = { passed: 0, failed: 0, skipped: 0 };
const lines: string[] = [];
for (const step of steps.filter((s) => only.length === 0 || only.includes(s.name))) {
  console.log(`\n=== ${step.name} ===`);
  const counts = step.run();
  total.passed += counts.passed;
  total.failed += counts.failed;
  total.skipped += counts.skipped;
  lines.push(`${step.name}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
}
rmSync(reports, { recursive: true, force: true });
console.log(`\n${lines.join("\n")}`);
if (process.env.ATLAS_TEST_SUMMARY) writeFileSync(process.env.ATLAS_TEST_SUMMARY, JSON.stringify(total));
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed > 0 ? 1 : 0);
