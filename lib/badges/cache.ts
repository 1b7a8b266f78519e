// The in-process badge cache: each entry's face (what the catalogue says) and its rendered variants
// (SVG + strong ETag per style and label). Pure, no database: proxy.ts reads it on the hot path, the
// badge route fills it. Kept on globalThis so that the proxy's bundle and the routes' bundles, which
// Next.js loads as separate module instances in the same process, share one cache.
//
// Freshness: an entry is trusted for BADGE_FRESH_MS without asking the database. Publishing, editing,
// archiving or re-scoring code calls invalidateBadges() after its transaction commits, which drops the
// entries at once in this process (catalogueChanged() in lib/server/peers.ts also tells the instance's
// other web server workers). A change made anywhere else (another instance, db:seed, a re-score
// command) moves the database's catalogue version, which the production web server reads every
// second (lib/server/catalogue-watch.ts) and which drops every badge; without that watch (`next
// dev`), BADGE_FRESH_MS bounds it. The HTTP caches' max-age applies on top either way.
import { weakEtag } from "../http/validators";
import type { BadgeFace, BadgeKind, BadgeQuery } from "./render";
import { renderBadgeSvg } from "./render";

export const BADGE_FRESH_MS = 60_000;
/** Bounds memory whatever slugs and labels are asked for: unknown slugs are cached too (as not found). */
const MAX_ENTRIES = 5_000;
const MAX_VARIANTS_PER_ENTRY = 8;

export type RenderedBadge = { body: string; etag: string; bytes: number };
type Entry = { face: BadgeFace; expiresAt: number; variants: Map<string, RenderedBadge> };
type Store = { entries: Map<string, Entry>; generation: number };

const STORE_KEY = Symbol.for("libre-atlas.badge-cache");

function store(): Store {
  const holder = globalThis as { [STORE_KEY]?: Store };
  return (holder[STORE_KEY] ??= { entries: new Map(), generation: 0 });
}

const keyOf = (kind: BadgeKind, slug: string) => `${kind}/${slug}`;

/** The cached face, when it is still fresh. */
export function freshBadgeFace(kind: BadgeKind, slug: string, now = Date.now()): BadgeFace | undefined {
  const entry = store().entries.get(keyOf(kind, slug));
  return entry && entry.expiresAt > now ? entry.face : undefined;
}

/** Changes on every invalidation: a load that started before one must not store what it read. */
export function badgeCacheGeneration(): number {
  return store().generation;
}

/** Stores a face read from the database, unless an invalidation happened since the read began. */
export function rememberBadgeFace(kind: BadgeKind, slug: string, face: BadgeFace, generation: number, now = Date.now()): void {
  const { entries } = store();
  if (store().generation !== generation) return;
  const key = keyOf(kind, slug);
  const previous = entries.get(key);
  // Same face: keep the rendered variants (and so their ETags) and only extend the freshness.
  const variants = previous && sameFace(previous.face, face) ? previous.variants : new Map<string, RenderedBadge>();
  entries.delete(key);
  if (entries.size >= MAX_ENTRIES) {
    const oldest = entries.keys().next().value;
    if (oldest !== undefined) entries.delete(oldest);
  }
  entries.set(key, { face, expiresAt: now + BADGE_FRESH_MS, variants });
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

export type BadgeTargets = { models?: readonly string[]; organisations?: readonly string[] };

/**
 * Forgets cached badges, at once, in this process. Call it after a transaction that publishes,
 * edits, archives or re-scores an entry commits (with the old slug too when a slug changes).
 * Without targets, forgets every badge. A model's change also forgets every organisation's badge,
 * since an organisation's badge sums up its models.
 */
export function invalidateBadges(targets?: BadgeTargets): void {
  const s = store();
  s.generation += 1;
  if (!targets) {
    s.entries.clear();
    return;
  }
  for (const slug of targets.models ?? []) s.entries.delete(keyOf("models", slug));
  for (const slug of targets.organisations ?? []) s.entries.delete(keyOf("organisations", slug));
  if (targets.models?.length) {
    for (const key of [...s.entries.keys()]) if (key.startsWith("organisations/")) s.entries.delete(key);
  }
}

function sameFace(a: BadgeFace, b: BadgeFace): boolean {
  return a.found === b.found && a.message === b.message && a.colour === b.colour && a.g7?.message === b.g7?.message && a.g7?.colour === b.g7?.colour;
}
