// The process's watch on the catalogue version (lib/catalogue/changes.ts), on a small pool of its
// own: once per process, whoever asks (instrumentation.ts under Next.js, the web server's tests).
import { readCatalogueVersion, watchCatalogueVersion } from "../catalogue/changes";
import { webServerPool } from "./web-server-db";

const WATCH_KEY = Symbol.for("libre-atlas.catalogue-watch");

export function startCatalogueWatch(databaseUrl: string): void {
  const holder = globalThis as { [WATCH_KEY]?: true };
  if (holder[WATCH_KEY]) return;
  holder[WATCH_KEY] = true;
  const pool = webServerPool(databaseUrl);
  watchCatalogueVersion({ read: () => readCatalogueVersion(pool) });
}
