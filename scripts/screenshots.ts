// Screenshots of the map, the language matrix, the models' table view, the filters' sheet on a
// phone and a model's page in German and Polish, on the seeded catalogue, for docs/ and the README:
//   node --import tsx scripts/screenshots.ts [file.png ...]   (only those files when named)
// Starts the app on a fresh embedded database (as the e2e tests do) and drives Debian's Chromium.
import path from "node:path";
import { chromium, type Page } from "@playwright/test";
import { chromiumPath } from "../e2e/support/chromium";
import { removeDir, startAtlas, tempDataDir } from "../e2e/support/server";

const docs = path.resolve(import.meta.dirname, "..", "docs");
type Shot = {
  path: string;
  file: string;
  selector: string;
  height?: number;
  viewport?: { width: number; height: number };
  /** what to do on the page before the picture (open a menu...) */
  prepare?: (page: Page) => Promise<void>;
};
const shots: Shot[] = [
  { path: "/map", file: "map.png", selector: "figure" },
  { path: "/languages", file: "languages.png", selector: "main", height: 1900 },
  { path: "/models?view=table", file: "models-table.png", selector: "main", height: 1150, viewport: { width: 1366, height: 900 } },
  {
    path: "/models?grade=B",
    file: "phone-filters.png",
    selector: "[data-testid=filter-drawer]",
    viewport: { width: 390, height: 844 },
    prepare: async (page) => {
      await page.getByTestId("filters-open").click();
      await page.getByTestId("filter-drawer").locator("summary", { hasText: "Languages" }).click();
    },
  },
  { path: "/models?grade=B", file: "phone-results.png", selector: "body", height: 844, viewport: { width: 390, height: 844 } },
  // a model's page in two of the site's languages (README, "Languages")
  { path: "/de/models/lucie-7b", file: "model-de.png", selector: "body", height: 1500, viewport: { width: 1280, height: 900 } },
  { path: "/pl/models/lucie-7b", file: "model-pl.png", selector: "body", height: 1500, viewport: { width: 1280, height: 900 } },
];
const only = process.argv.slice(2);

const dataDir = tempDataDir();
const server = await startAtlas({ dataDir, port: process.env.PORT ? Number(process.env.PORT) : undefined });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: ["--no-sandbox"] });
try {
  for (const shot of shots.filter((s) => only.length === 0 || only.includes(s.file))) {
    const page = await browser.newPage({ viewport: shot.viewport ?? { width: 1100, height: 900 }, deviceScaleFactor: 1 });
    await page.goto(`${server.url}${shot.path}`, { waitUntil: "networkidle" });
    await shot.prepare?.(page);
    const box = await page.locator(shot.selector).boundingBox();
    if (!box) throw new Error(`nothing to capture at ${shot.path}`);
    const clip = { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, shot.height ?? box.height) };
    await page.screenshot({ path: path.join(docs, shot.file), clip, fullPage: true });
    console.log(`wrote docs/${shot.file}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.stop();
  removeDir(dataDir);
}
