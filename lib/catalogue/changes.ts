// The one signal that the published catalogue changed: the database's catalogue version (table
// CatalogueVersion, raised at commit by a statement trigger on every catalogue table, whoever writes:
// this app, another instance, db:seed, an operator's SQL). Every cache of catalogue data (pages,
// badges, the total of /models, the filter choices) keeps what it made under the version it read
// and serves it only while that is still the version: nothing else empties them, so nothing can be
// forgotten. A process that serves the site reads the version every second (watchCatalogueVersion,
// started by instrumentation.ts); code that has just committed a change calls catalogueChanged() so
// that its own process reads it at once rather than within the second.
//
// No Next.js and no server-only import: the production web server (lib/server/web-server.ts) reads
// the same state, kept on globalThis because Next.js loads the app's modules as separate instances.
import type pg from "pg";

export const WATCH_INTERVAL_MS = 1_000;
/** a version read is trusted until the watch is two reads late */
const TRUSTED_MS = 3 * WATCH_INTERVAL_MS;
/** while the database cannot be read, what was kept under the last version read stays valid this long */
export const OUTAGE_GRACE_MS = 60_000;

type State = {
  version: string | undefined;
  /** until when `version` may be served from */
  validUntil: number;
  lastRead: number;
  listeners: Set<() => void>;
  /** reads the version now (the running watch's), when one runs in this process */
  check: (() => Promise<void>) | undefined;
};

const STATE_KEY = Symbol.for("libre-atlas.catalogue-version");

function state(): State {
  const holder = globalThis as { [STATE_KEY]?: State };
  return (holder[STATE_KEY] ??= { version: undefined, validUntil: 0, lastRead: 0, listeners: new Set(), check: undefined });
}

/** The catalogue version caches may serve under now; undefined when it is not known (no watch, or it stopped answering). */
export function currentCatalogueVersion(now = Date.now()): string | undefined {
  const current = state();
  return current.version !== undefined && now < current.validUntil ? current.version : undefined;
}

/** Calls `listener` each time the version moves (to free what was kept under the old one); returns the unsubscribe. */
export function onCatalogueChange(listener: () => void): () => void {
  state().listeners.add(listener);
  return () => state().listeners.delete(listener);
}

/**
 * Call after a transaction that changes the published catalogue commits: this process reads the
 * version now, so its own caches let go before the next request. Other processes see the same
 * version within a second. Never throws.
 */
export async function catalogueChanged(): Promise<void> {
  await state()
    .check?.()
    .catch(() => undefined);
}

/** Records a read of the version (the watch's); tells the listeners when it moved. */
export function versionRead(version: string, now = Date.now()): void {
  const current = state();
  const moved = current.version !== undefined && current.version !== version;
  current.version = version;
  current.lastRead = now;
  current.validUntil = now + TRUSTED_MS;
  if (moved) for (const listener of current.listeners) listener();
}

/** Records a failed read: what was kept stays valid for OUTAGE_GRACE_MS after the last good read. */
export function versionUnreadable(): void {
  const current = state();
  current.validUntil = Math.max(current.validUntil, current.lastRead + OUTAGE_GRACE_MS);
}

export async function readCatalogueVersion(pool: Pick<pg.Pool, "query">): Promise<string> {
  const { rows } = await pool.query<{ version: string }>(`SELECT "version"::text AS "version" FROM "CatalogueVersion" WHERE "id" = 1`);
  return rows[0]?.version ?? "none";
}

/** Reads the version now and every `intervalMs`, one read at a time. */
export function watchCatalogueVersion(options: { read: () => Promise<string>; intervalMs?: number }): { stop: () => void; settled: () => Promise<void> } {
  const intervalMs = options.intervalMs ?? WATCH_INTERVAL_MS;
  let failing = false;
  let running: Promise<void> = Promise.resolve();
  const tick = async () => {
    try {
      versionRead(await options.read());
      failing = false;
    } catch (error) {
      if (!failing) console.warn(`[atlas] cannot read the catalogue version, cached pages are kept a minute at most: ${(error as Error).message}`);
      failing = true;
      versionUnreadable();
    }
  };
  const check = () => (running = running.then(tick));
  state().check = check;
  void check();
  const timer = setInterval(check, intervalMs);
  timer.unref();
  return {
    stop: () => {
      clearInterval(timer);
      const current = state();
      if (current.check === check) current.check = undefined;
      current.version = undefined;
      current.validUntil = 0;
    },
    settled: () => running,
  };
}

/**
 * `load`'s value, kept while the catalogue version it was loaded under is current (loaded again
 * when it moves, and every time while it is unknown). A failed load is not kept.
 */
export function keptWhileCatalogueUnchanged<T>(load: () => Promise<T>): () => Promise<T> {
  let kept: { version: string; value: Promise<T> } | undefined;
  return () => {
    const version = currentCatalogueVersion();
    if (version === undefined) return load();
    if (kept?.version === version) return kept.value;
    const value = load();
    const entry = { version, value };
    kept = entry;
    value.catch(() => {
      if (kept === entry) kept = undefined;
    });
    return value;
  };
}
