import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

// Unit tests sit beside the code as *.test.ts; integration tests (real database) as *.int.test.ts.
export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    include: ["{lib,prisma,components,scripts}/**/*.test.ts"],
    exclude: ["**/*.int.test.ts", "node_modules/**"],
    environment: "node",
    // next-intl's ESM imports "next/server" without an extension, which only a bundler resolves
    server: { deps: { inline: ["next-intl"] } },
  },
});
