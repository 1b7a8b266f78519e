// Public pages served from memory, by the production web server (lib/server/web-server.ts), in
// front of Next.js. A catalogue page renders in 30–50 ms of one core's time, so ten visitors at
// once queue behind each other; the same page from memory is a copy and a compression. It is an
// HTTP cache in front of Next.js that keys answers by what they depend on, as the answers say,
// with no knowledge of Next.js's internal headers:
//
// - only GET and HEAD of the public pages (catalogue, organisations, compare, methodology,
//   insights...). A public page differs between visitors only by the header's account links, which
//   depend on the role alone (components/auth/user-menu.tsx): signed-in people get the page kept
//   for their role, which the server reads from their session (`roleOf`, one indexed read, so a
//   sign-out or a role change applies at once). A session cookie nobody can vouch for (unknown,
//   expired, or not the one the app reads) gets a page rendered for it;
// - the key is the exact URL with the host it was asked for (absolute links use it), and what
//   next-intl's middleware reads to choose the locale and whether to set its cookie (its
//   NEXT_LOCALE cookie, Accept-Language, Sec-Fetch-Dest): the answer for the same inputs is the
//   same, redirect or page, so the middleware's rules need not be known here;
// - then, as any HTTP cache, the request headers the answer's `Vary` names: the client router's
//   requests (what a click asks for) get answers apart from documents and from each other;
// - only complete 200 answers (HTML that ends, or an RSC payload without an error row) are kept,
//   with no cookie but the locale one (the same for the same inputs), split at their CSP nonce:
//   every answer from memory carries a fresh nonce, in the body and in the headers;
// - concurrent requests for a page being rendered wait for that render rather than start another.
//
// Invalidation and expiry: lib/server/page-cache.ts.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { newNonce } from "../security/csp";
import { MAX_PAGE_BYTES, freshPage, pageCacheEnabled, pageCacheVersion, pageWithNonce, rememberPage, rememberVary, varyOf } from "./page-cache";

export const CACHE_STATUS_HEADER = "x-atlas-cache";
const LOCALE_COOKIE = "NEXT_LOCALE";
const MAX_URL_LENGTH = 2048;
/** how long a request waits for the same page's render before rendering it itself */
const RENDER_WAIT_MS = 5_000;
const PAGE = "(?:/models(?:/[^/]+)?|/organisations(?:/[^/]+)?|/compare|/methodology|/map|/languages|/insights|/open-data|/api)";
const CACHEABLE_PATH = new RegExp(`^(?:/|/fr|(?:/fr)?${PAGE})$`);
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?next-auth\.session-token/;
/** a row of React's RSC payload that carries an error thrown while rendering ("1f:E{…}") */
const RSC_ERROR_ROW = /(?:^|\n)[0-9a-f]+:E\{/;
/** headers that belong to one connection, never stored */
const UNSTORED_HEADERS = new Set(["content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive", "date", CACHE_STATUS_HEADER]);

export type CacheTarget = {
  /** the page's key, before the headers its answer varies by */
  key: string;
  /** the session token of a signed-in visitor, whose role completes the key */
  session?: string;
};

/**
 * Where a request stands: a page that may come from memory (with its key), or one for Next.js.
 * `sessionCookie`: the name of the session cookie the app reads; without it, any session renders.
 */
export function cacheTarget(request: Pick<IncomingMessage, "method" | "url" | "headers">, sessionCookie?: string): CacheTarget | undefined {
  if (request.method !== "GET" && request.method !== "HEAD") return undefined;
  const url = request.url ?? "";
  if (url.length > MAX_URL_LENGTH || !url.startsWith("/")) return undefined;
  const queryStart = url.indexOf("?");
  if (!CACHEABLE_PATH.test(queryStart === -1 ? url : url.slice(0, queryStart))) return undefined;
  const headers = request.headers;
  const cookie = headers.cookie ?? "";
  let session: string | undefined;
  if (SESSION_COOKIE.test(cookie)) {
    session = sessionCookie ? cookieValue(cookie, sessionCookie) : undefined;
    if (!session) return undefined;
  }
  // a JSON array, so that no URL or header can spell another request's key
  const host = [headers.host, headers["x-forwarded-host"], headers["x-forwarded-proto"]].map((value) => headerValue(value) ?? null);
  const locale = [cookieValue(cookie, LOCALE_COOKIE) ?? null, headerValue(headers["accept-language"]) ?? null, headerValue(headers["sec-fetch-dest"]) ?? null];
  return { key: JSON.stringify([...host, url, ...locale]), ...(session ? { session } : {}) };
}

/** The key of one answer: the page's, and the request's values of the headers its answers vary by. */
export function variantKey(key: string, vary: readonly string[], headers: IncomingMessage["headers"]): string {
  return vary.length === 0 ? key : JSON.stringify([key, ...vary.map((name) => headerValue(headers[name]) ?? null)]);
}

/** The key of a page as a signed-in visitor with this role gets it: never an anonymous page's key (those start with the host). */
export function signedInKey(key: string, role: string): string {
  return JSON.stringify(["role", role, key]);
}

export type PageCacheOptions = {
  waitMs?: number;
  /** the session cookie the app reads (sessionCookieNameFor, lib/auth/config.ts) */
  sessionCookie?: string;
  /** the role of a session, or null when it is unknown or expired (lib/auth/session-role.ts) */
  roleOf?: (sessionToken: string) => Promise<string | null>;
};

/**
 * Serves public pages from memory when it can, else lets `render` (Next.js) answer, keeping what
 * it renders. `render` must handle its own errors.
 */
export function pageCacheLayer(render: (request: IncomingMessage, response: ServerResponse) => void, options: PageCacheOptions = {}) {
  const waitMs = options.waitMs ?? RENDER_WAIT_MS;
  const rendering = new Map<string, Promise<void>>();
  const { roleOf, sessionCookie } = options;

  function serveTarget(target: CacheTarget, request: IncomingMessage, response: ServerResponse): void {
    if (serveFromMemory(target, request, response)) return;
    const renderKey = variantKey(target.key, varyOf(target.key), request.headers);
    const pending = rendering.get(renderKey);
    if (pending) {
      // a render that takes too long is not waited for: this request renders too
      let timer: NodeJS.Timeout | undefined;
      const waited = new Promise<void>((resolve) => (timer = setTimeout(resolve, waitMs)));
      void Promise.race([pending, waited]).then(() => {
        clearTimeout(timer);
        outsideTheRequest(request, response, () => {
          if (!serveFromMemory(target, request, response)) render(request, response);
        });
      });
      return;
    }
    if (request.method !== "GET") return render(request, response);
    const done = keepWhatIsRendered(target, request, response);
    rendering.set(renderKey, done);
    void done.then(() => rendering.delete(renderKey));
    response.setHeader(CACHE_STATUS_HEADER, "miss");
    render(request, response);
  }

  // (outside the request's own call stack: nothing thrown there may become an unhandled rejection)
  function outsideTheRequest(request: IncomingMessage, response: ServerResponse, serve: () => void): void {
    try {
      serve();
    } catch (error) {
      console.error("page cache failed:", error);
      if (!response.headersSent) render(request, response);
    }
  }

  return function servePage(request: IncomingMessage, response: ServerResponse): void {
    const target = pageCacheEnabled() ? cacheTarget(request, roleOf ? sessionCookie : undefined) : undefined;
    if (!target) return render(request, response);
    if (target.session === undefined || !roleOf) return serveTarget(target, request, response);
    roleOf(target.session).then(
      (role) =>
        outsideTheRequest(request, response, () => {
          if (role === null) render(request, response);
          else serveTarget({ ...target, key: signedInKey(target.key, role) }, request, response);
        }),
      (error: unknown) =>
        outsideTheRequest(request, response, () => {
          console.error("page cache could not read a session:", error);
          render(request, response);
        }),
    );
  };
}

function serveFromMemory(target: CacheTarget, request: IncomingMessage, response: ServerResponse): boolean {
  const page = freshPage(variantKey(target.key, varyOf(target.key), request.headers));
  if (!page || response.headersSent) return false;
  const { headers, body } = pageWithNonce(page, newNonce());
  const grouped: OutgoingHttpHeaders = {};
  for (const [name, value] of headers) {
    const previous = grouped[name];
    grouped[name] = previous === undefined ? value : [...(Array.isArray(previous) ? previous : [String(previous)]), value];
  }
  for (const [name, value] of Object.entries(grouped)) if (value !== undefined) response.setHeader(name, value);
  response.setHeader("content-length", body.byteLength);
  response.setHeader(CACHE_STATUS_HEADER, "hit");
  response.writeHead(page.status);
  response.end(request.method === "HEAD" ? undefined : body);
  return true;
}

/** Watches what Next.js writes to `response` and keeps it when it is a complete, anonymous 200 page. */
function keepWhatIsRendered(target: CacheTarget, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const version = pageCacheVersion();
  const chunks: Buffer[] = [];
  let size = 0;
  let keep = true;
  const collect = (chunk: unknown, encoding: unknown) => {
    if (!keep || chunk === undefined || chunk === null || typeof chunk === "function") return;
    const buffer =
      typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8") : Buffer.from(chunk as Uint8Array);
    size += buffer.byteLength;
    if (size > MAX_PAGE_BYTES) {
      keep = false;
      chunks.length = 0;
    } else chunks.push(buffer);
  };
  const write = response.write;
  const end = response.end;
  response.write = function (this: ServerResponse, ...args: unknown[]) {
    collect(args[0], args[1]);
    return (write as (...a: unknown[]) => boolean).apply(this, args);
  } as ServerResponse["write"];
  response.end = function (this: ServerResponse, ...args: unknown[]) {
    collect(args[0], args[1]);
    return (end as (...a: unknown[]) => ServerResponse).apply(this, args);
  } as ServerResponse["end"];

  return new Promise<void>((resolve) => {
    response.once("finish", () => {
      try {
        if (keep) store(target, request, response, Buffer.concat(chunks), version);
      } catch (error) {
        console.error("page cache could not keep a page:", error); // the visitor has their answer already
      }
      resolve();
    });
    // an aborted answer closes without finishing: nothing is kept, the waiting requests render
    response.once("close", () => resolve());
    request.once("error", () => resolve());
  });
}

function store(target: CacheTarget, request: IncomingMessage, response: ServerResponse, body: Buffer, version: string | undefined): void {
  if (response.statusCode !== 200) return;
  const contentType = headerValue(response.getHeader("content-type")) ?? "";
  const html = contentType.startsWith("text/html");
  if (!html && !contentType.startsWith("text/x-component")) return;
  // a cookie of the page's own (other than the locale one, the same for the same key) means a visitor's page
  const cookies = response.getHeader("set-cookie");
  for (const cookie of cookies === undefined ? [] : Array.isArray(cookies) ? cookies : [String(cookies)]) {
    if (!cookie.startsWith(`${LOCALE_COOKIE}=`)) return;
  }
  const vary = [
    ...new Set(
      String(response.getHeader("vary") ?? "")
        .split(",")
        .map((name) => name.trim().toLowerCase())
        // compression happens after this cache, on every answer
        .filter((name) => name && name !== "accept-encoding"),
    ),
  ].sort();
  if (vary.includes("*")) return;
  const nonce = /'nonce-([^']+)'/.exec(headerValue(response.getHeader("content-security-policy")) ?? "")?.[1];
  if (!nonce) return;
  // a page that ends (an error after the first bytes cuts it short); an RSC payload with no error row
  if (html ? !body.subarray(-64).toString("utf8").trimEnd().endsWith("</html>") : RSC_ERROR_ROW.test(body.toString("utf8"))) return;
  const headers: [string, string][] = [];
  for (const [name, value] of Object.entries(response.getHeaders())) {
    if (UNSTORED_HEADERS.has(name) || value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) headers.push([name, String(one)]);
  }
  rememberVary(target.key, vary);
  rememberPage(variantKey(target.key, vary, request.headers), { status: 200, headers, body, nonce }, version);
}

function headerValue(value: string | string[] | number | undefined): string | undefined {
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value[0] : String(value);
}

function cookieValue(header: string, name: string): string | undefined {
  for (const part of header.split(";")) {
    const at = part.indexOf("=");
    if (at === -1 || part.slice(0, at).trim() !== name) continue;
    const value = part.slice(at + 1).trim();
    try {
      return decodeURIComponent(value);
    } catch {
      return value; // a malformed escape is a value like any other (next-intl would not match it either)
    }
  }
  return undefined;
}
