import "server-only";
import { badgeCacheVersion, freshBadgeFace, rememberBadgeFace, renderedBadge } from "./cache";
import { loadBadgeFace } from "./facts";
import { badgeErrorResponse, badgeResponse, parseBadgeTarget } from "./http";
import type { BadgeFace, BadgeKind } from "./render";

// Concurrent misses for one badge share one database read (a README on a busy page, a cache expiry).
const inflight = new Map<string, Promise<BadgeFace>>();

/** The face of an entry's badge: from the in-process cache while fresh, else from the database. */
export async function badgeFace(kind: BadgeKind, slug: string): Promise<BadgeFace> {
  const fresh = freshBadgeFace(kind, slug);
  if (fresh) return fresh;
  const key = `${kind}/${slug}`;
  let pending = inflight.get(key);
  if (!pending) {
    const version = badgeCacheVersion();
    pending = loadBadgeFace(kind, slug)
      .then((face) => {
        rememberBadgeFace(kind, slug, face, version);
        return face;
      })
      .finally(() => inflight.delete(key));
    inflight.set(key, pending);
  }
  return pending;
}

/** GET/HEAD /badge/<kind>/<slug>.svg when the proxy's fast path had no fresh answer. */
export async function serveBadge(request: Request, kind: string, file: string): Promise<Response> {
  const target = parseBadgeTarget(kind, file, new URL(request.url).searchParams);
  if (!target.ok) return badgeErrorResponse(target.status, target.message, request.method);
  let face: BadgeFace;
  try {
    face = await badgeFace(target.kind, target.slug);
  } catch (error) {
    console.error("badge: the catalogue could not be read:", error instanceof Error ? error.message : error);
    return badgeErrorResponse(503, "unavailable", request.method);
  }
  return badgeResponse(renderedBadge(target.kind, target.slug, face, target.query), {
    status: face.found ? 200 : 404,
    method: request.method,
    ifNoneMatch: request.headers.get("if-none-match"),
  });
}
