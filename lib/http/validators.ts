// HTTP validators (RFC 9110, 8.8 and 13): the ETag and Last-Modified of an answer, and the 304 a
// client that already holds it gets. One implementation for the API, badges, exports, feed and sitemap.
import { createHash } from "node:crypto";

/**
 * A weak entity tag for a representation built from `parts`. Weak, because the production web
 * server compresses answers after they are made (lib/server/web-server.ts): a strong tag would then
 * name both the gzip and the identity bytes, which RFC 9110 forbids; a weak one promises only the
 * same content, which is what clients revalidating a badge or a page of results need.
 */
export function weakEtag(...parts: string[]): string {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part).update("\0");
  return `W/"${hash.digest("base64url").slice(0, 32)}"`;
}

const opaque = (tag: string) => tag.trim().replace(/^W\//, "");

/** Whether If-None-Match names this ETag: `*`, or any listed tag by weak comparison (RFC 9110, 13.1.2). */
export function etagMatches(ifNoneMatch: string | null | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === "*") return true;
  const wanted = opaque(etag);
  return ifNoneMatch.split(",").some((candidate) => opaque(candidate) === wanted);
}

export type Validators = { etag: string; lastModified?: Date };

/** The ETag and Last-Modified headers of an answer (Last-Modified to the second, as HTTP dates are). */
export function validatorHeaders({ etag, lastModified }: Validators): Record<string, string> {
  return { etag, ...(lastModified ? { "last-modified": lastModified.toUTCString() } : {}) };
}

/**
 * Whether a GET or HEAD may be answered 304: If-None-Match when the client sent one (it takes
 * precedence), else If-Modified-Since against Last-Modified (RFC 9110, 13.2.2).
 */
export function isNotModified(request: Pick<Request, "method" | "headers">, { etag, lastModified }: Validators): boolean {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  const ifNoneMatch = request.headers.get("if-none-match");
  if (ifNoneMatch !== null) return etagMatches(ifNoneMatch, etag);
  const since = Date.parse(request.headers.get("if-modified-since") ?? "");
  if (!lastModified || Number.isNaN(since)) return false;
  return Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
}

/** 304 with the validators and `headers` (Cache-Control, CORS...), as RFC 9110 asks a 304 to repeat them. */
export function notModifiedResponse(validators: Validators, headers: Record<string, string> = {}): Response {
  return new Response(null, { status: 304, headers: { ...headers, ...validatorHeaders(validators) } });
}
