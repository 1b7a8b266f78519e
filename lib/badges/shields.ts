import "server-only";
import { jsonResponse } from "../api/route";
import { BADGE_CACHE_CONTROL, BADGE_MAX_AGE_SECONDS, NOT_FOUND_CACHE_CONTROL } from "./http";
import { shieldsEndpointJson, type BadgeKind } from "./render";
import { badgeFace } from "./serve";

/**
 * shields.io endpoint JSON for an entry's badge, with a weak ETag (304 on If-None-Match); 404 (with
 * the same JSON, isError) for a missing entry, cached briefly like the SVG's.
 */
export async function shieldsBadgeResponse(request: Request, kind: BadgeKind, slug: string): Promise<Response> {
  const face = await badgeFace(kind, slug);
  const label = new URL(request.url).searchParams.get("label") ?? undefined;
  const cacheControl = face.found ? BADGE_CACHE_CONTROL : NOT_FOUND_CACHE_CONTROL;
  return jsonResponse(request, shieldsEndpointJson(face, BADGE_MAX_AGE_SECONDS, { label }), { "cache-control": cacheControl }, face.found ? 200 : 404);
}
