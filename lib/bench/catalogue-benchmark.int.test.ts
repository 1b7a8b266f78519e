// The benchmark at small scale, so it cannot rot: a separate database with a synthetic catalogue,
// every query case measured, plans explained. (The page cases need the production build; CI runs
// them with `npm run bench:catalogue -- --scale small`, see .ci/run.)
import { describe, expect, inject, it } from "vitest";
import { markdown, runCatalogueBenchmark } from "./catalogue-benchmark";

describe("the catalogue benchmark at small scale", () => {
  it("loads a skewed synthetic catalogue and measures every query case", async () => {
    const engine = inject("databaseKind");
    const report = await runCatalogueBenchmark({
      engine,
      serverUrl: inject("serverUrl") || undefined,
      models: engine === "postgresql" ? 2_000 : 500,
      requests: 5,
      concurrency: 2,
      pages: false,
      explain: 2,
    });
    const byName = new Map(report.results.map((result) => [result.name, result]));
    expect(report.results.length).toBeGreaterThanOrEqual(15);
    for (const result of report.results) expect(result.stats.n, result.name).toBe(5);
    // the whole catalogue: the seed plus the synthetic models that were published
    expect(byName.get("no filter, by score")?.rows).toBe(report.counts.publishedModels);
    expect(byName.get("search with a typo (q=salamandre, fuzzy fallback)")?.rows).toBeGreaterThan(0);
    expect(byName.get("biggest organisation, recently updated")?.rows).toBeGreaterThan(report.counts.models / 50);
    // the two slowest cases' statements: a filtered search's `matches` (and `items` past the count
    // limit), the unfiltered catalogue's `count` and `items`, an organisation search's `count` and `items`
    expect(new Set(report.plans.map((plan) => plan.name)).size).toBe(2);
    for (const plan of report.plans) expect(["matches", "items", "count"]).toContain(plan.statement);
    expect(report.plans.every((plan) => /Scan/.test(plan.plan))).toBe(true);
    expect(markdown([report], { requests: 5, concurrency: 2 })).toContain("| no filter, by score |");
  }, 300_000);
});
