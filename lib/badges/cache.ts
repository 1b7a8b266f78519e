// The in-process badge cache: each entry's face (what the catalogue says) and its rendered variants
// (SVG + strong ETag per style and label). Pure, no database: the web server's fast path
// (fast-path.ts) reads it, the badge route fills it. Kept on globalThis so that the web server and
// the routes' bundles, which Next.js loads as separate module instances in one process, share it.
//
// Freshness: an entry is kept under the catalogue version it was read under and served while that
// is still the version (lib/catalogue/changes.ts: a change made anywhere moves it, and every web
// server reads it every second). No version known: every badge is read from the database. The
// HTTP caches' max-age applies on top.
import { weakEtag } from "../http/validators";
import type { BadgeFace, BadgeKind, BadgeQuery } from "./render";
import { renderBadgeSvg } from "./render";
import { currentCatalogueVersion, onCatalogueChange } from "../catalogue/changes";

/** Bounds memory whatever slugs and labels are asked for: unknown slugs are cached too (as not found). */
const MAX_ENTRIES = 5_000;
const MAX_VARIANTS_PER_ENTRY = 8;

export type RenderedBadge = { body: string; etag: string; bytes: number };
type Entry = { face: BadgeFace; version: string; variants: Map<string, RenderedBadge> };
type Store = { entries: Map<string, Entry> };

const STORE_KEY = Symbol.for("libre-atlas.badge-cache");

function store(): Store {
  const holder = globalThis as { [STORE_KEY]?: Store };
  if (!holder[STORE_KEY]) {
    holder[STORE_KEY] = { entries: new Map() };
    onCatalogueChange(forgetBadges); // frees the memory; the version check alone keeps them unserved
  }
  return holder[STORE_KEY];
}

const keyOf = (kind: BadgeKind, slug: string) => `${kind}/${slug}`;

/** The cached face, while the catalogue version it was read under is current. */
export function freshBadgeFace(kind: BadgeKind, slug: string, now = Date.now()): BadgeFace | undefined {
  const entry = store().entries.get(keyOf(kind, slug));
  return entry && entry.version === currentCatalogueVersion(now) ? entry.face : undefined;
}

/** The catalogue version a read starting now is made under (undefined: what it reads must not be kept). */
export function badgeCacheVersion(now = Date.now()): string | undefined {
  return currentCatalogueVersion(now);
}

/** Stores a face read from the database, unless the catalogue changed since the read began. */
export function rememberBadgeFace(kind: BadgeKind, slug: string, face: BadgeFace, version: string | undefined, now = Date.now()): void {
  const { entries } = store();
  if (version === undefined || currentCatalogueVersion(now) !== version) return;
  const key = keyOf(kind, slug);
  const previous = entries.get(key);
  // Same face: keep the rendered variants (and so their ETags) and only extend the freshness.
  const variants = previous && sameFace(previous.face, face) ? previous.variants : new Map<string, RenderedBadge>();
  entries.delete(key);
  if (entries.size >= MAX_ENTRIES) {
    const oldest = entries.keys().next().value;
    if (oldest !== undefined) entries.delete(oldest);
  }
  entries.set(key, { face, version, variants });
}

/** The SVG and ETag of a face for one query, rendered once per style and label. */
export function renderedBadge(kind: BadgeKind, slug: string, face: BadgeFace, query: BadgeQuery): RenderedBadge {
  const entry = store().entries.get(keyOf(kind, slug));
  const variantKey = `${query.style}\n${query.label ?? "\u0000"}`;
  const current = entry !== undefined && sameFace(entry.face, face);
  const cached = current ? entry.variants.get(variantKey) : undefined;
  if (cached) return cached;
  const body = renderBadgeSvg(face, query);
  const rendered = { body, etag: weakEtag(body), bytes: Buffer.byteLength(body) };
  if (current && entry.variants.size < MAX_VARIANTS_PER_ENTRY) entry.variants.set(variantKey, rendered);
  return rendered;
}

/** Forgets every cached badge (the catalogue changed). */
export function forgetBadges(): void {
  store().entries.clear();
}

function sameFace(a: BadgeFace, b: BadgeFace): boolean {
  return a.found === b.found && a.message === b.message && a.colour === b.colour && a.g7?.message === b.g7?.message && a.g7?.colour === b.g7?.colour;
}
