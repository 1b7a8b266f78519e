// The in-process cache of rendered public pages (what anonymous visitors see of the catalogue).
// Pure, no Next.js and no node:http: the production web server (lib/server/cached-pages.ts) reads
// and fills it. Kept on globalThis, like the badge cache, because Next.js loads the app's
// modules as separate instances from the web server's in the same process.
//
// Freshness: a page is kept under the catalogue version it was rendered under and served while
// that is still the version (lib/catalogue/changes.ts: a change made anywhere moves it, and every
// web server reads it every second), for PAGE_KEPT_MS at most. No version known (no watch, or the
// database unreadable for over a minute): nothing is served from memory.
//
// A page is stored split at its CSP nonce, so that every answer gets a nonce of its own.

import { currentCatalogueVersion, onCatalogueChange } from "../catalogue/changes";

/** how long a page is kept: until the catalogue changes, within reason */
export const PAGE_KEPT_MS = 15 * 60_000;
/** memory for the Vary of at most this many page keys (each a few header names) */
const MAX_VARY_KEYS = 50_000;
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
  /** the catalogue version it was rendered under */
  version: string;
};

type Store = {
  pages: Map<string, CachedPage>;
  /** per page key, the request headers its answers vary by (their `Vary`) */
  vary: Map<string, readonly string[]>;
  bytes: number;
  maxBytes: number;
};

const STORE_KEY = Symbol.for("libre-atlas.page-cache");

function store(): Store {
  const holder = globalThis as { [STORE_KEY]?: Store };
  if (!holder[STORE_KEY]) {
    holder[STORE_KEY] = { pages: new Map(), vary: new Map(), bytes: 0, maxBytes: 0 };
    onCatalogueChange(invalidatePages); // frees the memory; the version check alone keeps them unserved
  }
  return holder[STORE_KEY];
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

/** The catalogue version a render starting now is made under (undefined: it must not be kept). */
export function pageCacheVersion(now = Date.now()): string | undefined {
  return currentCatalogueVersion(now);
}

/** The page stored under `key` while it is fresh; a hit makes it the most recently used. */
export function freshPage(key: string, now = Date.now()): CachedPage | undefined {
  const { pages } = store();
  const page = pages.get(key);
  if (!page) return undefined;
  if (page.version !== currentCatalogueVersion(now) || now - page.storedAt >= PAGE_KEPT_MS) {
    forget(key);
    return undefined;
  }
  pages.delete(key);
  pages.set(key, page);
  return page;
}

/** Splits a rendered page at its nonce and keeps it, unless the catalogue changed since `version` was read. */
export function rememberPage(
  key: string,
  page: { status: number; headers: ReadonlyArray<readonly [string, string]>; body: Buffer; nonce: string },
  version: string | undefined,
  now = Date.now(),
): boolean {
  const current = store();
  if (version === undefined || currentCatalogueVersion(now) !== version || current.maxBytes === 0) return false;
  if (page.nonce.length < 16 || page.body.byteLength > MAX_PAGE_BYTES) return false;
  const segments = splitAt(page.body, Buffer.from(page.nonce));
  const bytes = page.body.byteLength + key.length;
  if (bytes > current.maxBytes) return false;
  forget(key);
  current.pages.set(key, { status: page.status, headers: page.headers, segments, nonce: page.nonce, bytes, storedAt: now, version });
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

/** The request headers the answers under this page key vary by, as the last one kept said. */
export function varyOf(key: string): readonly string[] {
  return store().vary.get(key) ?? [];
}

export function rememberVary(key: string, names: readonly string[]): void {
  const { vary } = store();
  if (vary.size >= MAX_VARY_KEYS) vary.clear();
  vary.set(key, names);
}

/** Drops every page (the catalogue changed). */
export function invalidatePages(): void {
  const current = store();
  current.pages.clear();
  current.vary.clear();
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
