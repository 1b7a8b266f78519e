// Run by Next.js once when a server process starts (next start, next dev, and the production web
// server, lib/server/web-server.ts, which runs Next.js in its own process): the watch on the
// catalogue version that every cache obeys (lib/catalogue/changes.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build" || !process.env.DATABASE_URL) return;
  const { startCatalogueWatch } = await import("./lib/server/catalogue-watch");
  startCatalogueWatch(process.env.DATABASE_URL);
}
