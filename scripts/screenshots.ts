// Screenshots of the map and the language matrix on the seeded catalogue, for docs/ and the README:
//   node --import tsx scripts/screenshots.ts
// Starts the app on a fresh embedded database (as the e2e tests do) and drives Debian's Chromium.
import path from "node:path";
import { chromium } from "@playwright/test";
import { chromiumPath } from "../e2e/support/chromium";
import { removeDir, startAtlas, tempDataDir } from "../e2e/support/server";

const docs = path.resolve(import.meta.dirname, "..", "docs");
const shots = [
  { path: "/map", file: "map.png", selector: "figure", height: undefined },
  { path: "/languages", file: "languages.png", selector: "main", height: 1900 },
];

const dataDir = tempDataDir();
const server = await startAtlas({ dataDir, port: process.env.PORT ? Number(process.env.PORT) : undefined });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: ["--no-sandbox"] });
try {
  for (const shot of shots) {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 }, deviceScaleFactor: 1 });
    await page.goto(`${server.url}${shot.path}`, { waitUntil: "networkidle" });
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
