// Public pages served from memory to anonymous visitors, by the production web server
// (lib/server/web-server.ts), in front of Next.js. A catalogue page renders in 30–50 ms of one
// core's time, so ten visitors at once queue behind each other; the same page from memory is a
// copy and a compression. What may be served from memory, and how it stays what Next.js would
// have answered:
//
// - only GET and HEAD of the public pages (catalogue, organisations, compare, methodology,
//   insights...). A public page differs between visitors only by the header's account links, which
//   depend on the role alone (components/auth/user-menu.tsx): signed-in people get the page kept
//   for their role, which the server reads from their session (`roleOf`, one indexed read, so a
//   sign-out or a role change applies at once). A session cookie nobody can vouch for (unknown,
//   expired, or not the one the app reads) gets a page rendered for it;
// - as documents, or as the client router's navigations (`RSC: 1`, what a click on a link asks
//   for): their answer depends on the router's state (the page the click came from, sent in
//   Next-Router-State-Tree) and on Next-Url, which are in the key. Prefetches, server actions and
//   anything else the router sends are rendered;
// - the key is the exact URL with the host it was asked for (absolute links use it); the locale is
//   decided as next-intl's middleware decides it (prefix, then NEXT_LOCALE cookie, then
//   Accept-Language): a request that Next.js would redirect to /fr is left to Next.js, and the
//   locale cookie is set on exactly the answers where the middleware would set it;
// - only complete 200 answers (HTML that ends, or an RSC payload without an error row) with no
//   cookie of their own are kept, split at their CSP nonce:
//   every answer from memory carries a fresh nonce, in the body and in the headers;
// - concurrent requests for a page being rendered wait for that render rather than start another.
//
// Invalidation and expiry: lib/server/page-cache.ts.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { match } from "@formatjs/intl-localematcher";
import Negotiator from "negotiator";
import { LOCALES, routing } from "../i18n/routing";
import { newNonce } from "../security/csp";
import { MAX_PAGE_BYTES, freshPage, pageCacheEnabled, pageCacheVersion, pageWithNonce, rememberPage } from "./page-cache";

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
/** headers that belong to one connection or one visitor, never stored */
const UNSTORED_HEADERS = new Set(["content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive", "date", "set-cookie", CACHE_STATUS_HEADER]);

export type CacheTarget = {
  key: string;
  locale: string;
  localeCookie: string | undefined;
  rsc: boolean;
  /** the session token of a signed-in visitor, whose role completes the key */
  session?: string;
};

/** the client router's headers that a navigation's answer depends on, and that are in its key */
const ROUTER_KEY_HEADERS = ["next-router-state-tree", "next-url"] as const;

/**
 * Where a request stands: a page that may come from memory (with its key), or one for Next.js.
 * `sessionCookie`: the name of the session cookie the app reads; without it, any session renders.
 */
export function cacheTarget(request: Pick<IncomingMessage, "method" | "url" | "headers">, sessionCookie?: string): CacheTarget | undefined {
  if (request.method !== "GET" && request.method !== "HEAD") return undefined;
  const url = request.url ?? "";
  if (url.length > MAX_URL_LENGTH || !url.startsWith("/")) return undefined;
  const headers = request.headers;
  // a navigation of the client router, keyed by the headers it varies by; any other router request
  // (prefetches, server actions...) is rendered
  const rsc = headers.rsc !== undefined;
  if (rsc && headers.rsc !== "1") return undefined;
  for (const name of Object.keys(headers)) {
    if (rsc && (ROUTER_KEY_HEADERS as readonly string[]).includes(name)) continue;
    if (name.startsWith("next-") || name.startsWith("x-nextjs-") || name.startsWith("x-middleware-")) return undefined;
  }
  const queryStart = url.indexOf("?");
  const pathname = queryStart === -1 ? url : url.slice(0, queryStart);
  if (!CACHEABLE_PATH.test(pathname)) return undefined;
  if (!rsc && queryStart !== -1 && new URLSearchParams(url.slice(queryStart + 1)).has("_rsc")) return undefined;
  const cookie = headers.cookie ?? "";
  let session: string | undefined;
  if (SESSION_COOKIE.test(cookie)) {
    session = sessionCookie ? cookieValue(cookie, sessionCookie) : undefined;
    if (!session) return undefined;
  }
  const decision = decideLocale(pathname, cookieValue(cookie, LOCALE_COOKIE), headers["accept-language"], headerValue(headers["sec-fetch-dest"]));
  if (!decision) return undefined;
  // a JSON array, so that no URL or header can spell another request's key
  const host = [headers.host, headers["x-forwarded-host"], headers["x-forwarded-proto"]].map((value) => headerValue(value) ?? null);
  const router = rsc ? ["rsc", ...ROUTER_KEY_HEADERS.map((name) => headerValue(headers[name]) ?? null)] : [];
  const key = JSON.stringify([...host, url, ...router]);
  return { key, locale: decision.locale, localeCookie: decision.setCookie, rsc, ...(session ? { session } : {}) };
}

/**
 * The locale next-intl's middleware gives this request, and the cookie it would set; undefined when
 * it would redirect (an unprefixed path for a visitor who reads French). Mirrors next-intl 4's
 * resolveLocale and syncCookie for our routing (as-needed prefix, detection on, default cookie).
 */
export function decideLocale(
  pathname: string,
  cookieLocale: string | undefined,
  acceptLanguage: string | undefined,
  secFetchDest: string | undefined,
): { locale: string; setCookie: string | undefined } | undefined {
  const prefixed = pathname === "/fr" || pathname.startsWith("/fr/") ? "fr" : undefined;
  const fromCookie = cookieLocale !== undefined && (LOCALES as readonly string[]).includes(cookieLocale) ? cookieLocale : undefined;
  const fromHeader = acceptLanguageLocale(acceptLanguage);
  const locale = prefixed ?? fromCookie ?? fromHeader ?? routing.defaultLocale;
  if (!prefixed && locale !== routing.defaultLocale) return undefined;
  let setCookie: string | undefined;
  const documentRequest = secFetchDest === undefined || secFetchDest === "document";
  if (documentRequest && (cookieLocale !== undefined ? cookieLocale !== locale : fromHeader !== locale)) {
    setCookie = `${LOCALE_COOKIE}=${locale}; Path=/; SameSite=lax`;
  }
  return { locale, setCookie };
}

function acceptLanguageLocale(acceptLanguage: string | undefined): string | undefined {
  try {
    const languages = new Negotiator({ headers: { "accept-language": acceptLanguage || undefined } }).languages();
    // longest first, as next-intl does (formatjs/formatjs#4469)
    const ordered = [...LOCALES].sort((a, b) => b.length - a.length);
    const matched = match(languages, ordered, routing.defaultLocale);
    return LOCALES.find((locale) => locale.toLowerCase() === matched.toLowerCase());
  } catch {
    return undefined; // an Accept-Language that is no language list
  }
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
    const pending = rendering.get(target.key);
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
    rendering.set(target.key, done);
    void done.then(() => rendering.delete(target.key));
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
  const page = freshPage(target.key);
  if (!page || response.headersSent) return false;
  const { headers, body } = pageWithNonce(page, newNonce());
  const grouped: OutgoingHttpHeaders = {};
  for (const [name, value] of headers) {
    const previous = grouped[name];
    grouped[name] = previous === undefined ? value : [...(Array.isArray(previous) ? previous : [String(previous)]), value];
  }
  for (const [name, value] of Object.entries(grouped)) if (value !== undefined) response.setHeader(name, value);
  if (target.localeCookie) response.setHeader("set-cookie", target.localeCookie);
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
        if (keep) store(target, response, Buffer.concat(chunks), version);
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

function store(target: CacheTarget, response: ServerResponse, body: Buffer, version: string | undefined): void {
  if (response.statusCode !== 200) return;
  const contentType = headerValue(response.getHeader("content-type"));
  if (!contentType?.startsWith(target.rsc ? "text/x-component" : "text/html")) return;
  // a cookie of the page's own (other than the locale one, decided per request) means a visitor's page
  const cookies = response.getHeader("set-cookie");
  for (const cookie of cookies === undefined ? [] : Array.isArray(cookies) ? cookies : [String(cookies)]) {
    if (!cookie.startsWith(`${LOCALE_COOKIE}=`)) return;
  }
  const nonce = /'nonce-([^']+)'/.exec(headerValue(response.getHeader("content-security-policy")) ?? "")?.[1];
  if (!nonce) return;
  // a page that ends (an error after the first bytes cuts it short); an RSC payload with no error row
  if (target.rsc ? RSC_ERROR_ROW.test(body.toString("utf8")) : !body.subarray(-64).toString("utf8").trimEnd().endsWith("</html>")) return;
  const headers: [string, string][] = [];
  for (const [name, value] of Object.entries(response.getHeaders())) {
    if (UNSTORED_HEADERS.has(name) || value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) headers.push([name, String(one)]);
  }
  rememberPage(target.key, { status: 200, headers, body, nonce }, version);
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
