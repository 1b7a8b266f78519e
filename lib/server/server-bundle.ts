// The production web server runs compiled: `npm start` bundles scripts/serve.ts and the lib/ code
// it imports into one ES module (dependencies stay in node_modules) and runs it with plain Node.js.
// Under tsx, its loader thread, the source maps it turns on and its esbuild service stayed resident
// for the server's life: about 60 MB of a 300 MB budget (issue 22). Bundling takes a fraction of a
// second, so it is done at every start and can never be stale.
import path from "node:path";

export async function bundleWebServer(root: string): Promise<string> {
  const esbuild = await import("esbuild");
  const outfile = path.join(root, ".next", "atlas-server", "serve.mjs");
  try {
    await esbuild.build({
      entryPoints: [path.join(root, "scripts/serve.ts")],
      outfile,
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      packages: "external",
      tsconfig: path.join(root, "tsconfig.json"),
      logLevel: "warning",
    });
  } finally {
    // the service process esbuild started would otherwise stay beside the supervisor
    await esbuild.stop();
  }
  return outfile;
}

/**
 * The heap the web server may use. Its live heap after a minute of rendering every kind of page is
 * about 140–150 MB (10 pages rendering at once); by default V8 lets it grow to a quarter of the
 * machine's memory before collecting in earnest (500–700 MB resident seen on a 24 GB machine).
 * 192 MB cost 5–30 % more CPU per rendered page than 1 GB in one run, 256 MB within 5 % of 192 MB
 * and leaves room for bursts: a heap that runs out stops the process. Pages kept in memory are
 * Buffers, outside this heap (PAGE_CACHE_MB). An operator's own --max-old-space-size in
 * NODE_OPTIONS wins.
 */
export const WEB_SERVER_HEAP_MB = 256;

export function webServerNodeOptions(env: NodeJS.ProcessEnv): string[] {
  return /--max-old-space-size/.test(env.NODE_OPTIONS ?? "") ? [] : [`--max-old-space-size=${WEB_SERVER_HEAP_MB}`];
}
