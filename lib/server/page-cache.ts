// The in-process cache of rendered public pages (what anonymous visitors see of the catalogue).
// Pure, no Next.js and no node:http: the production web server (lib/server/cached-pages.ts) reads
// and fills it; code that changes the published catalogue calls invalidatePages() after its
// transaction commits. Kept on globalThis, like the badge cache, because Next.js loads the app's
// modules as separate instances from the web server's in the same process.
//
// Freshness: publishing, editing or archiving an entry through the app drops every page at once in
// this process (a list, a count or an organisation's figures can change with any entry), and in
// the instance's other web server workers (catalogueChanged(), lib/server/peers.ts). A change made
// anywhere else (another instance, a script such as db:seed or db:rescore) raises the database's
// catalogue version, which the web server reads every second (lib/server/catalogue-watch.ts) and
// which drops every page too. While that watch answers, a page is kept for PAGE_KEPT_MS; when it
// does not (the database unreachable, a process without the watch), for PAGE_FRESH_MS at most.
//
// A page is stored split at its CSP nonce, so that every answer gets a nonce of its own.

export const PAGE_FRESH_MS = 60_000;
/** how long a page is kept while the catalogue version is watched: until the catalogue changes, within reason */
export const PAGE_KEPT_MS = 15 * 60_000;
/** Pages bigger than this are not kept: one page must not push out hundreds. */
export const MAX_PAGE_BYTES = 2 * 1024 * 1024;

export type CachedPage = {
  status: number;
  /** the response's headers, less the per-connection and per-visitor ones, nonce included */
  headers: ReadonlyArray<readonly [string, string]>;
  /** the body split at every occurrence of `nonce` */
  segments: readonly Buffer[];
  nonce: string;
  bytes: number;
  storedAt: number;
};

type Store = {
  pages: Map<string, CachedPage>;
  bytes: number;
  generation: number;
  maxBytes: number;
  /** until when the catalogue version is known to be watched (catalogueWatchedUntil) */
  watchedUntil: number;
};

const STORE_KEY = Symbol.for("libre-atlas.page-cache");

function store(): Store {
  const holder = globalThis as { [STORE_KEY]?: Store };
  return (holder[STORE_KEY] ??= { pages: new Map(), bytes: 0, generation: 0, maxBytes: 0, watchedUntil: 0 });
}

/** Sets the memory the pages may take (0 turns the cache off); drops what no longer fits. */
export function configurePageCache(maxBytes: number): void {
  const current = store();
  current.maxBytes = Math.max(0, maxBytes);
  evict(current);
}

export function pageCacheEnabled(): boolean {
  return store().maxBytes > 0;
}

/** Changes on every invalidation: a render that started before one must not be stored. */
export function pageCacheGeneration(): number {
  return store().generation;
}

/** The page stored under `key` while it is fresh; a hit makes it the most recently used. */
export function freshPage(key: string, now = Date.now()): CachedPage | undefined {
  const { pages } = store();
  const page = pages.get(key);
  if (!page) return undefined;
  const age = now - page.storedAt;
  const watched = now < store().watchedUntil;
  if (age >= (watched ? PAGE_KEPT_MS : PAGE_FRESH_MS)) {
    forget(key);
    return undefined;
  }
  pages.delete(key);
  pages.set(key, page);
  return page;
}

/** Splits a rendered page at its nonce and keeps it, unless the catalogue changed since `generation`. */
export function rememberPage(
  key: string,
  page: { status: number; headers: ReadonlyArray<readonly [string, string]>; body: Buffer; nonce: string },
  generation: number,
  now = Date.now(),
): boolean {
  const current = store();
  if (current.generation !== generation || current.maxBytes === 0) return false;
  if (page.nonce.length < 16 || page.body.byteLength > MAX_PAGE_BYTES) return false;
  const segments = splitAt(page.body, Buffer.from(page.nonce));
  const bytes = page.body.byteLength + key.length;
  if (bytes > current.maxBytes) return false;
  forget(key);
  current.pages.set(key, { status: page.status, headers: page.headers, segments, nonce: page.nonce, bytes, storedAt: now });
  current.bytes += bytes;
  evict(current);
  return true;
}

/** The stored page with `nonce` in place of the one it was rendered with: body and headers. */
export function pageWithNonce(page: CachedPage, nonce: string): { headers: [string, string][]; body: Buffer } {
  const nonceBytes = Buffer.from(nonce);
  const parts: Buffer[] = [];
  page.segments.forEach((segment, index) => {
    if (index > 0) parts.push(nonceBytes);
    parts.push(segment);
  });
  const headers = page.headers.map(([name, value]): [string, string] => [name, value.split(page.nonce).join(nonce)]);
  return { headers, body: Buffer.concat(parts) };
}

/**
 * The catalogue version watch read the database and will again before `until`: pages may be kept
 * past PAGE_FRESH_MS until then, since any change would have dropped them.
 */
export function catalogueWatchedUntil(until: number): void {
  store().watchedUntil = until;
}

/** Drops every page (the catalogue changed). */
export function invalidatePages(): void {
  const current = store();
  current.generation += 1;
  current.pages.clear();
  current.bytes = 0;
}

export function pageCacheSize(): { pages: number; bytes: number } {
  const { pages, bytes } = store();
  return { pages: pages.size, bytes };
}

function forget(key: string): void {
  const current = store();
  const page = current.pages.get(key);
  if (!page) return;
  current.pages.delete(key);
  current.bytes -= page.bytes;
}

/** Least recently used first, until the pages fit. */
function evict(current: Store): void {
  for (const key of current.pages.keys()) {
    if (current.bytes <= current.maxBytes) return;
    forget(key);
  }
}

function splitAt(body: Buffer, separator: Buffer): Buffer[] {
  const segments: Buffer[] = [];
  let start = 0;
  for (let at = body.indexOf(separator, start); at !== -1; at = body.indexOf(separator, start)) {
    segments.push(body.subarray(start, at));
    start = at + separator.length;
  }
  segments.push(body.subarray(start));
  return segments;
}
