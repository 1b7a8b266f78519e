import "server-only";
import { BADGE_MAX_AGE_SECONDS } from "./http";
import { shieldsEndpointJson, type BadgeKind } from "./render";
import { badgeFace } from "./serve";

/** shields.io endpoint JSON for an entry's badge; 404 (with the same JSON, isError) for a missing entry. */
export async function shieldsBadgeResponse(request: Request, kind: BadgeKind, slug: string): Promise<Response> {
  const face = await badgeFace(kind, slug);
  const label = new URL(request.url).searchParams.get("label") ?? undefined;
  const body = JSON.stringify(shieldsEndpointJson(face, BADGE_MAX_AGE_SECONDS, { label }));
  return new Response(request.method === "HEAD" ? null : body, {
    status: face.found ? 200 : 404,
    headers: { "content-type": "application/json; charset=utf-8" },
  });
}
