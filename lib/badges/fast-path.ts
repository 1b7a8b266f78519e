// The badge hot path, run by the production web server (lib/server/web-server.ts) before a request
// reaches Next.js: when this process already holds a fresh answer, the SVG (or a 304) is written
// straight to the socket, without Next's router, proxy, renderer or the database. Anything else
// (first request, expired entry, bad parameter, another path) returns false and Next.js answers
// through app/badge/[kind]/[file]/route.ts, which reads the database and fills the cache.
//
// Answers are prepared once per exact URL (bytes, headers, ETag) and reused while the cache still
// holds the same face for the entry: a hit allocates next to nothing, which keeps p99 low under load.
import type { IncomingMessage, ServerResponse } from "node:http";
import { freshBadgeFace, renderedBadge } from "./cache";
import { etagMatches } from "../http/validators";
import { badgeHeaders, parseBadgeTarget } from "./http";
import type { BadgeFace, BadgeKind } from "./render";
import { securityHeaders } from "../security/headers";

const BADGE_PATH = /^\/badge\/([^/?]+)\/([^/?]+)$/;
const MAX_PREPARED = 10_000;

type Prepared = {
  kind: BadgeKind;
  slug: string;
  face: BadgeFace;
  status: 200 | 404;
  etag: string;
  body: Buffer;
  headers: Record<string, string>;
  notModifiedHeaders: Record<string, string>;
};

const prepared = new Map<string, Prepared>();
/** what Next.js adds to every answer (next.config.ts), which this path answers without */
const SITE_HEADERS = Object.fromEntries(Object.entries(securityHeaders()).map(([name, value]) => [name.toLowerCase(), value]));

function prepare(url: string): Prepared | undefined {
  const queryStart = url.indexOf("?");
  const match = BADGE_PATH.exec(queryStart === -1 ? url : url.slice(0, queryStart));
  if (!match) return undefined;
  const target = parseBadgeTarget(match[1]!, match[2]!, new URLSearchParams(queryStart === -1 ? "" : url.slice(queryStart + 1)));
  if (!target.ok) return undefined;
  const face = freshBadgeFace(target.kind, target.slug);
  if (!face) return undefined;
  const rendered = renderedBadge(target.kind, target.slug, face, target.query);
  const status = face.found ? 200 : 404;
  const notModifiedHeaders = { ...SITE_HEADERS, ...badgeHeaders(status, rendered.etag) };
  const body = Buffer.from(rendered.body);
  const answer = {
    kind: target.kind,
    slug: target.slug,
    face,
    status,
    etag: rendered.etag,
    body,
    headers: { ...notModifiedHeaders, "content-length": String(body.byteLength) },
    notModifiedHeaders,
  } as const;
  if (prepared.size >= MAX_PREPARED) prepared.clear();
  prepared.set(url, answer);
  return answer;
}

export function serveCachedBadge(request: IncomingMessage, response: ServerResponse): boolean {
  const method = request.method;
  if (method !== "GET" && method !== "HEAD") return false;
  const url = request.url ?? "";
  if (!url.startsWith("/badge/")) return false;
  let answer = prepared.get(url);
  // still the face the cache holds? (an invalidation or an expiry replaces or drops it)
  if (!answer || freshBadgeFace(answer.kind, answer.slug) !== answer.face) answer = prepare(url);
  if (!answer) return false;
  const ifNoneMatch = request.headers["if-none-match"];
  if (answer.status === 200 && ifNoneMatch !== undefined && (ifNoneMatch === answer.etag || etagMatches(ifNoneMatch, answer.etag))) {
    response.writeHead(304, answer.notModifiedHeaders).end();
  } else {
    response.writeHead(answer.status, answer.headers).end(method === "HEAD" ? undefined : answer.body);
  }
  return true;
}
