// The in-process cache of rendered public pages (what anonymous visitors see of the catalogue).
// Pure, no Next.js and no node:http: the production web server (lib/server/cached-pages.ts) reads
// and fills it; code that changes the published catalogue calls invalidatePages() after its
// transaction commits. Kept on globalThis, like the badge cache, because Next.js loads the app's
// modules as separate instances from the web server's in the same process.
//
// Freshness: a page is served from memory for PAGE_FRESH_MS at most. Publishing, editing or
// archiving an entry through the app drops every page at once in this process (a list, a count or
// an organisation's figures can change with any entry), and in the instance's other web server
// workers (catalogueChanged(), lib/server/peers.ts). With several app instances, each keeps its
// own pages: the others show the previous catalogue until their pages expire, so a change shows
// everywhere within PAGE_FRESH_MS. A script run in another process (db:seed, db:rescore) cannot
// reach the server's memory either: the same expiry bounds it.
//
// A page is stored split at its CSP nonce, so that every answer gets a nonce of its own.

export const PAGE_FRESH_MS = 60_000;
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
  expiresAt: number;
};

type Store = { pages: Map<string, CachedPage>; bytes: number; generation: number; maxBytes: number };

const STORE_KEY = Symbol.for("libre-atlas.page-cache");

function store(): Store {
  const holder = globalThis as { [STORE_KEY]?: Store };
  return (holder[STORE_KEY] ??= { pages: new Map(), bytes: 0, generation: 0, maxBytes: 0 });
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
  if (page.expiresAt <= now) {
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
  current.pages.set(key, { status: page.status, headers: page.headers, segments, nonce: page.nonce, bytes, expiresAt: now + PAGE_FRESH_MS });
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
