// Every API route goes through apiRoute() (reads) or apiPostRoute() (writes): CORS, the
// per-address rate limit, JSON errors (405 for the other methods); for reads, strict parameters
// (unknown ones and bad values are 400s naming the field), a `Link` to a list's next page, and for
// JSON answers a weak ETag with 304 on If-None-Match; for
// writes, the bearer token, then the body's type, size and JSON. A route file is one line of wiring:
//   export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute(getModel, async ({ params, query }) => ...);
import { z } from "zod";
import { isNotModified, notModifiedResponse, weakEtag } from "../http/validators";
import type { Actor } from "../auth/roles";
import { readTextWithLimit } from "../security/body";
import { errorResponse } from "./error-response";
import { bearerActor } from "./bearer";
import { clientIp } from "../security/client-ip";
import { rateLimitHeaders, takeRateLimit } from "../security/rate-limit";
import { db } from "../db/client";
import { CORS_HEADERS, preflightResponse } from "./cors";
import { ApiError } from "./errors";
import type { ApiOperation } from "./operation";
import { parsePathParams, parseQuery, type QuerySchema } from "./query";
import { siteOrigin } from "./data/site";

type Output<S> = S extends QuerySchema ? z.output<S> : Record<string, never>;

export type ApiInput<O extends ApiOperation> = {
  request: Request;
  url: URL;
  params: Output<O["pathParams"]>;
  query: Output<O["query"]>;
};

/** What a handler returns: a value of the operation's response schema (sent as JSON), or a Response. */
export type ApiOutput<O extends ApiOperation> = z.input<O["response"]["schema"]> | Response;

const EMPTY_QUERY = z.object({});

const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"] as const;
type Method = (typeof METHODS)[number];

/**
 * Handlers for the methods a route does not answer: 405 in the one error format, with `Allow` and
 * CORS (Next.js would answer an empty 405). Spread into the route's exports.
 */
export function otherMethods(allowed: readonly Method[]): Record<Method, () => Promise<Response>> {
  const allow = [...allowed, "OPTIONS"].join(", ");
  const refuse = async () => errorResponse(new ApiError(405, "METHOD_NOT_ALLOWED", `This endpoint answers ${allow}.`, [], { allow }), CORS_HEADERS);
  return Object.fromEntries(METHODS.map((method) => [method, refuse])) as Record<Method, () => Promise<Response>>;
}

type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

/** Counts the request against the operation's per-address limit, adding the RateLimit headers to `limitHeaders`; 429 past it. */
async function limitRequest(operation: ApiOperation, request: Request, limitHeaders: Record<string, string>) {
  if (!operation.rateLimit) return;
  const policy = operation.rateLimit;
  const decision = await takeRateLimit(db(), { ...policy, key: `${policy.name}:ip:${clientIp(request.headers)}` });
  Object.assign(limitHeaders, rateLimitHeaders(decision));
  if (!decision.allowed) {
    throw new ApiError(429, "RATE_LIMITED", `Too many requests: ${decision.max} per ${decision.windowSeconds} s. Retry in ${decision.resetSeconds} s.`);
  }
}

export function apiRoute<O extends ApiOperation & { method: "get" }>(operation: O, handler: (input: ApiInput<O>) => Promise<ApiOutput<O>>) {
  async function GET(request: Request, context: RouteContext): Promise<Response> {
    const limitHeaders: Record<string, string> = {};
    try {
      await limitRequest(operation, request, limitHeaders);
      const url = new URL(request.url);
      const params = (operation.pathParams ? parsePathParams(operation.pathParams, await context.params, "This entry") : {}) as Output<O["pathParams"]>;
      const query = parseQuery(operation.query ?? EMPTY_QUERY, url.searchParams, { ignoreUnknown: operation.ignoresUnknownParameters }) as Output<O["query"]>;
      const result = await handler({ request, url, params, query });
      const headers: Record<string, string> = { ...CORS_HEADERS, ...limitHeaders, "cache-control": operation.cacheControl };
      if (result instanceof Response) {
        for (const [name, value] of Object.entries(headers)) if (!result.headers.has(name)) result.headers.set(name, value);
        return result;
      }
      if (operation.paginated) Object.assign(headers, nextPageLink(request, url, result));
      return jsonResponse(request, result, headers);
    } catch (error) {
      return errorResponse(error, { ...CORS_HEADERS, ...limitHeaders }, operation.operationId);
    }
  }
  const OPTIONS = async () => preflightResponse(["GET", "HEAD"]);
  return { ...otherMethods(["GET", "HEAD"]), GET, HEAD: GET, OPTIONS };
}

export type ApiPostInput = {
  request: Request;
  url: URL;
  /** the person whose token authorised the request (operations with `security: "bearer"`); null for public ones */
  actor: Actor | null;
  /** the body, parsed as JSON but not validated: the handler validates it with its schema */
  body: unknown;
};

/** What a POST handler returns: a value of the operation's response schema, sent with its status. */
export type ApiPostOutput<O extends ApiOperation> = { value: z.input<O["response"]["schema"]>; headers?: Record<string, string> };

const JSON_MEDIA_TYPE = /^application\/json\s*(?:;.*)?$/i;

/**
 * A POST: the rate limit first (cheapest), then the token when the operation needs one (401 before
 * a byte of the body is read), then the body: JSON only (415), at most `requestBody.maxBytes`
 * (413), well-formed (400). The service the handler calls validates the body and authorises the
 * actor, as it does for the forms.
 */
export function apiPostRoute<O extends ApiOperation & { method: "post"; requestBody: object }>(
  operation: O,
  handler: (input: ApiPostInput) => Promise<ApiPostOutput<O>>,
) {
  async function POST(request: Request): Promise<Response> {
    const limitHeaders: Record<string, string> = {};
    try {
      await limitRequest(operation, request, limitHeaders);
      const actor = operation.security === "bearer" ? await bearerActor(request.headers.get("authorization")) : null;
      const type = request.headers.get("content-type") ?? "";
      if (!JSON_MEDIA_TYPE.test(type.trim())) {
        throw new ApiError(415, "UNSUPPORTED_MEDIA_TYPE", `Send the body as JSON, with Content-Type: application/json${type ? ` (not ${type.slice(0, 100)})` : ""}.`);
      }
      const text = await readTextWithLimit(request, operation.requestBody.maxBytes);
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        throw new ApiError(400, "INVALID_BODY", "The body is not well-formed JSON.", [{ field: "body", message: "not well-formed JSON", code: "json" }]);
      }
      const result = await handler({ request, url: new URL(request.url), actor, body });
      const headers = { ...CORS_HEADERS, ...limitHeaders, ...result.headers, "cache-control": operation.cacheControl, "content-type": "application/json; charset=utf-8" };
      return new Response(JSON.stringify(result.value), { status: operation.response.status ?? 200, headers });
    } catch (error) {
      return errorResponse(error, { ...CORS_HEADERS, ...limitHeaders }, operation.operationId);
    }
  }
  const OPTIONS = async () => preflightResponse(["POST"]);
  return { ...otherMethods(["POST"]), POST, OPTIONS };
}

/** `Link: <…>; rel="next"` (RFC 8288) to a list's next page: this request's URL, on the public origin, with the answer's `page.nextCursor`. */
function nextPageLink(request: Request, url: URL, value: unknown): Record<string, string> {
  const cursor = (value as { page?: { nextCursor?: string | null } }).page?.nextCursor;
  if (!cursor) return {};
  const next = new URL(`${url.pathname}${url.search}`, siteOrigin(request));
  next.searchParams.set("cursor", cursor);
  return { link: `<${next.href}>; rel="next"` };
}

/** JSON with a weak ETag; 304 when the client already has it (a 200 only); HEAD without the body. */
export function jsonResponse(request: Request, value: unknown, headers: Record<string, string>, status = 200): Response {
  const body = JSON.stringify(value);
  const validators = { etag: weakEtag(body) };
  const all = { ...headers, "content-type": "application/json; charset=utf-8", etag: validators.etag };
  if (status === 200 && isNotModified(request, validators)) return notModifiedResponse(validators, headers);
  return new Response(request.method === "HEAD" ? null : body, { status, headers: all });
}
