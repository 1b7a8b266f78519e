// The web server's watch on the database's catalogue version (table CatalogueVersion, raised by
// every statement that writes to the catalogue's tables: migration catalogue_version). A change
// made outside this process (another instance, db:seed, db:rescore, an administrator's SQL) moves
// it; when it moves, the server drops the pages and badges it keeps (`onChange`). While the watch
// answers, pages may be kept past PAGE_FRESH_MS (lib/server/page-cache.ts): any change would have
// dropped them within about `intervalMs`.
import type pg from "pg";
import { catalogueWatchedUntil } from "./page-cache";

export const WATCH_INTERVAL_MS = 1_000;

export async function readCatalogueVersion(pool: pg.Pool): Promise<string> {
  const { rows } = await pool.query<{ version: string }>(`SELECT "version"::text AS "version" FROM "CatalogueVersion" WHERE "id" = 1`);
  return rows[0]?.version ?? "none";
}

/** Reads the version now and every `intervalMs`; calls `onChange` each time it has moved since the last read. */
export function watchCatalogue(options: {
  read: () => Promise<string>;
  onChange: () => void;
  intervalMs?: number;
  now?: () => number;
}): { stop: () => void; settled: () => Promise<void> } {
  const intervalMs = options.intervalMs ?? WATCH_INTERVAL_MS;
  const now = options.now ?? Date.now;
  let last: string | undefined;
  let failing = false;
  let running: Promise<void> = Promise.resolve();
  const tick = async () => {
    try {
      const version = await options.read();
      if (last !== undefined && version !== last) options.onChange();
      last = version;
      failing = false;
      // trusted until a read is two intervals late
      catalogueWatchedUntil(now() + 3 * intervalMs);
    } catch (error) {
      if (!failing) console.warn(`[atlas] cannot read the catalogue version, pages are kept a minute at most: ${(error as Error).message}`);
      failing = true;
    }
  };
  running = tick();
  const timer = setInterval(() => {
    running = running.then(tick);
  }, intervalMs);
  timer.unref();
  return {
    stop: () => {
      clearInterval(timer);
      catalogueWatchedUntil(0);
    },
    settled: () => running,
  };
}
