// HTTP for badges: parsing a badge URL and answering it from a rendered SVG, with the caching
// headers fit for thousands of READMEs (browsers and GitHub's image proxy revalidate with the ETag).
import { badgeQuerySchema, BADGE_KINDS, errorBadgeSvg, SLUG_PATTERN, type BadgeKind, type BadgeQuery } from "./render";
import type { RenderedBadge } from "./cache";
import { etagMatches, weakEtag } from "../http/validators";

/** Five minutes in browsers, ten in shared caches, then served stale for a day while revalidating. */
export const BADGE_CACHE_CONTROL = "public, max-age=300, s-maxage=600, stale-while-revalidate=86400, stale-if-error=86400";
/** A missing entry may be published soon: cache it briefly. */
export const NOT_FOUND_CACHE_CONTROL = "public, max-age=60, s-maxage=60";
export const BADGE_MAX_AGE_SECONDS = 300;

const BASE_HEADERS: Readonly<Record<string, string>> = {
  "content-type": "image/svg+xml; charset=utf-8",
  // An SVG opened on its own must not run anything; embedding from any origin is the point.
  "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
  "cross-origin-resource-policy": "cross-origin",
  "access-control-allow-origin": "*",
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
};

export type BadgeRequestTarget =
  | { ok: true; kind: BadgeKind; slug: string; query: BadgeQuery }
  | { ok: false; status: 400 | 404; message: string };

/** Reads `/badge/<kind>/<slug>.svg?style=&label=` (kind and file given separately by the route). */
export function parseBadgeTarget(kind: string, file: string, searchParams: URLSearchParams): BadgeRequestTarget {
  if (!(BADGE_KINDS as readonly string[]).includes(kind) || !file.endsWith(".svg")) {
    return { ok: false, status: 404, message: "not found" };
  }
  const slug = file.slice(0, -".svg".length);
  if (!SLUG_PATTERN.test(slug)) return { ok: false, status: 404, message: "not found" };
  const parsed = badgeQuerySchema.safeParse({
    label: searchParams.get("label") ?? undefined,
    style: searchParams.get("style") ?? undefined,
  });
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? "query");
    return { ok: false, status: 400, message: `invalid ${field}` };
  }
  return { ok: true, kind: kind as BadgeKind, slug, query: parsed.data };
}

/** The headers of a badge answer (and of its 304). */
export function badgeHeaders(status: 200 | 400 | 404 | 503, etag: string): Record<string, string> {
  const cacheControl = status === 200 ? BADGE_CACHE_CONTROL : status === 503 ? "no-store" : NOT_FOUND_CACHE_CONTROL;
  return { ...BASE_HEADERS, "cache-control": cacheControl, etag };
}

/** 200 with the SVG, or 304 when the client already has these bytes. HEAD gets the headers only. */
export function badgeResponse(
  rendered: RenderedBadge,
  options: { status: 200 | 400 | 404 | 503; method: string; ifNoneMatch: string | null },
): Response {
  const headers = badgeHeaders(options.status, rendered.etag);
  // Preconditions apply only to a successful answer (RFC 9110, 13.2.1).
  if (options.status === 200 && etagMatches(options.ifNoneMatch, rendered.etag)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(options.method === "HEAD" ? null : rendered.body, { status: options.status, headers });
}

/** A grey badge that says what is wrong with the request, with its status. */
export function badgeErrorResponse(status: 400 | 404 | 503, message: string, method: string): Response {
  const body = errorBadgeSvg(message);
  return badgeResponse({ body, etag: weakEtag(body), bytes: Buffer.byteLength(body) }, { status, method, ifNoneMatch: null });
}
