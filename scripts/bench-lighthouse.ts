// Lighthouse's scores for the four pages issue 17 names (/, /models, a model's page, /map), as a
// benchmark, not a test: scores move with the machine's load.
//   npm run bench:lighthouse -- [--url http://127.0.0.1:3000] [--runs 3] [--desktop]
// Without --url it starts the app on a fresh embedded database (as the e2e tests do). Lighthouse
// drives Debian's Chromium (nothing is downloaded) with its default mobile profile: a mid-range
// phone, 4x CPU slowdown and a simulated slow 4G, or its desktop profile with --desktop. Each page
// is run --runs times; the median of each category and of the main metrics is printed.
import { parseArgs } from "node:util";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { launch } from "chrome-launcher";
import { chromiumPath } from "../e2e/support/chromium";
import { removeDir, startAtlas, tempDataDir, type AtlasServer } from "../e2e/support/server";

const PAGES = ["/", "/models", "/models/lucie-7b", "/map"];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const METRICS = { "total-blocking-time": "TBT", "largest-contentful-paint": "LCP", "cumulative-layout-shift": "CLS" } as const;

const { values } = parseArgs({ options: { url: { type: "string" }, runs: { type: "string", default: "3" }, desktop: { type: "boolean", default: false } } });
const runs = Math.max(1, Number(values.runs));

// the median of the runs that measured it (a run Lighthouse could not finish reports NaN: left out)
const median = (numbers: number[]) => {
  const sorted = numbers.filter(Number.isFinite).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)]! : NaN;
};

let server: AtlasServer | null = null;
const dataDir = values.url ? null : tempDataDir();
if (dataDir) server = await startAtlas({ dataDir });
const base = values.url ?? server!.url;
const chrome = await launch({ chromePath: chromiumPath(), chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"] });
try {
  console.log(`Lighthouse ${values.desktop ? "desktop" : "mobile"} profile, ${runs} run(s) per page, medians; ${base}`);
  for (const path of PAGES) {
    const scores: Record<string, number[]> = {};
    const metrics: Record<string, number[]> = {};
    let failed = 0;
    for (let run = 0; run < runs; run += 1) {
      const result = await lighthouse(
        `${base}${path}`,
        { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] },
        values.desktop ? desktopConfig : undefined,
      );
      if (!result) throw new Error(`Lighthouse gave no result for ${path}`);
      // a run Lighthouse could not finish (its trace incomplete) scores 0 or nothing: left out, and counted
      if (result.lhr.runtimeError || result.lhr.categories.performance?.score == null) {
        failed += 1;
        continue;
      }
      for (const category of CATEGORIES) (scores[category] ??= []).push(Math.round((result.lhr.categories[category]?.score ?? 0) * 100));
      for (const id of Object.keys(METRICS)) (metrics[id] ??= []).push(result.lhr.audits[id]?.numericValue ?? NaN);
      // the script the page makes the browser download (compressed): unlike the timings, the machine's load does not move it
      const requests = (result.lhr.audits["network-requests"]?.details as { items?: { resourceType?: string; transferSize?: number }[] } | undefined)?.items ?? [];
      (metrics.script ??= []).push(requests.filter((request) => request.resourceType === "Script").reduce((sum, request) => sum + (request.transferSize ?? 0), 0));
    }
    const line = CATEGORIES.map((category) => `${category} ${median(scores[category]!)}`).join("  ");
    const timing = Object.entries(METRICS)
      .map(([id, name]) => (id === "cumulative-layout-shift" ? `${name} ${median(metrics[id]!).toFixed(3)}` : `${name} ${Math.round(median(metrics[id]!))} ms`))
      .join("  ");
    console.log(`${path.padEnd(18)} ${line}  |  ${timing}  script ${Math.round(median(metrics.script ?? []) / 1000)} KB${failed ? `  (${failed} of ${runs} runs failed)` : ""}`);
  }
} finally {
  chrome.kill();
  await server?.stop();
  if (dataDir) removeDir(dataDir);
}
