import { existsSync } from "node:fs";
import { execFileSync } from "node:child_process";

/** Debian's Chromium (or PLAYWRIGHT_CHROMIUM_PATH): Playwright's own browser download is not possible here. */
export function chromiumPath(): string {
  const candidates = [process.env.PLAYWRIGHT_CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  for (const candidate of candidates) if (candidate && existsSync(candidate)) return candidate;
  try {
    const found = execFileSync("sh", ["-c", "command -v chromium || command -v chromium-browser"], { encoding: "utf8" }).trim();
    if (found) return found;
  } catch {
    // not on PATH either
  }
  throw new Error(
    "No Chromium found for the end-to-end tests. Install one (on Debian: `apt-get install chromium`) " +
      "or set PLAYWRIGHT_CHROMIUM_PATH to a Chromium or Chrome binary.",
  );
}
