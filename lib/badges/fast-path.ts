// The badge hot path, run by the production web server (lib/server/web-server.ts) before a request
// reaches Next.js: when this process already holds a fresh answer, the SVG (or a 304) is written
// straight to the socket, without Next's router, proxy, renderer or the database. Anything else
// (first request, expired entry, bad parameter, another path) returns false and Next.js answers
// through app/badge/[kind]/[file]/route.ts, which reads the database and fills the cache.
import type { IncomingMessage, ServerResponse } from "node:http";
import { freshBadgeFace, renderedBadge } from "./cache";
import { badgeHeaders, etagMatches, parseBadgeTarget } from "./http";

const BADGE_PATH = /^\/badge\/([^/?]+)\/([^/?]+)$/;

export function serveCachedBadge(request: IncomingMessage, response: ServerResponse): boolean {
  const method = request.method;
  if (method !== "GET" && method !== "HEAD") return false;
  const url = request.url ?? "";
  if (!url.startsWith("/badge/")) return false;
  const queryStart = url.indexOf("?");
  const match = BADGE_PATH.exec(queryStart === -1 ? url : url.slice(0, queryStart));
  if (!match) return false;
  const target = parseBadgeTarget(match[1]!, match[2]!, new URLSearchParams(queryStart === -1 ? "" : url.slice(queryStart + 1)));
  if (!target.ok) return false;
  const face = freshBadgeFace(target.kind, target.slug);
  if (!face) return false;
  const rendered = renderedBadge(target.kind, target.slug, face, target.query);
  const status = face.found ? 200 : 404;
  const headers = badgeHeaders(status, rendered.etag);
  if (status === 200 && etagMatches(request.headers["if-none-match"] ?? null, rendered.etag)) {
    response.writeHead(304, headers).end();
  } else {
    response.writeHead(status, { ...headers, "content-length": String(rendered.bytes) }).end(method === "HEAD" ? undefined : rendered.body);
  }
  return true;
}
