import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

// Integration tests (*.int.test.ts) run against a real database: DATABASE_URL's server (a fresh
// database per run) or an embedded one in a temporary directory. See lib/testing/.
export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL(".", import.meta.url)),
      "server-only": fileURLToPath(new URL("./lib/testing/server-only-stub.ts", import.meta.url)),
    },
  },
  test: {
    include: ["{lib,prisma,app,scripts}/**/*.int.test.ts"],
    environment: "node",
    // next-intl's ESM imports "next/navigation" without an extension, which only a bundler resolves
    server: { deps: { inline: ["next-intl"] } },
    globalSetup: ["./lib/testing/global-setup.ts"],
    setupFiles: ["./lib/testing/setup-env.ts"],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
