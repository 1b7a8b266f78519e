import { defineConfig, devices } from "@playwright/test";
import { chromiumPath } from "./e2e/support/chromium";

// The e2e run starts the real app itself (e2e/global-setup.ts) on E2E_PORT.
const port = Number((process.env.E2E_PORT ??= "3917"));

function executablePath(): string | undefined {
  try {
    return chromiumPath();
  } catch (error) {
    // Reported by global setup, which fails the run with the install hint.
    console.error((error as Error).message);
    return undefined;
  }
}

export default defineConfig({
  testDir: "e2e",
  globalSetup: "./e2e/global-setup.ts",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  // npm test asks for a JSON report (PLAYWRIGHT_JSON_OUTPUT_NAME) to sum the runners.
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "off",
    launchOptions: {
      executablePath: executablePath(),
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined } },
  ],
});
