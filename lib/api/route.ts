// Every API route goes through apiRoute(): CORS, the per-address rate limit, strict parameters
// (unknown ones and bad values are 400s naming the field), JSON errors, and for JSON answers a
// strong ETag with 304 on If-None-Match. A route file is then one line of wiring:
//   export const { GET, HEAD, OPTIONS } = apiRoute(getModel, async ({ params, query }) => ...);
import { z } from "zod";
import { strongEtag } from "../badges/cache";
import { etagMatches } from "../badges/http";
import { clientAddress } from "./client-address";
import { CORS_HEADERS, preflightResponse } from "./cors";
import { ApiError } from "./errors";
import type { ApiOperation } from "./operation";
import { parsePathParams, parseQuery, type QuerySchema } from "./query";
import { rateLimitHeaders, takeRateLimit } from "./rate-limit";

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

type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

export function apiRoute<O extends ApiOperation>(operation: O, handler: (input: ApiInput<O>) => Promise<ApiOutput<O>>) {
  async function GET(request: Request, context: RouteContext): Promise<Response> {
    let limitHeaders: Record<string, string> = {};
    try {
      if (operation.rateLimit) {
        const decision = takeRateLimit(operation.rateLimit, clientAddress(request.headers));
        limitHeaders = rateLimitHeaders(decision);
        if (!decision.allowed) {
          throw new ApiError(429, "RATE_LIMITED", `Too many requests: ${decision.limit} per ${decision.policy.windowSeconds} s. Retry in ${decision.resetSeconds} s.`);
        }
      }
      const url = new URL(request.url);
      const params = (operation.pathParams ? parsePathParams(operation.pathParams, await context.params, "This entry") : {}) as Output<O["pathParams"]>;
      const query = (operation.query ? parseQuery(operation.query, url.searchParams) : parseQuery(EMPTY_QUERY, url.searchParams)) as Output<O["query"]>;
      const result = await handler({ request, url, params, query });
      const headers = { ...CORS_HEADERS, ...limitHeaders, "cache-control": operation.cacheControl };
      if (result instanceof Response) {
        for (const [name, value] of Object.entries(headers)) if (!result.headers.has(name)) result.headers.set(name, value);
        return result;
      }
      return jsonResponse(request, result, headers);
    } catch (error) {
      return errorResponse(error, { ...CORS_HEADERS, ...limitHeaders }, operation);
    }
  }
  const OPTIONS = async () => preflightResponse(["GET", "HEAD"]);
  return { GET, HEAD: GET, OPTIONS };
}

/** JSON with a strong ETag; 304 when the client already has it; HEAD without the body. */
export function jsonResponse(request: Request, value: unknown, headers: Record<string, string>, status = 200): Response {
  const body = JSON.stringify(value);
  const etag = strongEtag(body);
  const all = { ...headers, "content-type": "application/json; charset=utf-8", etag };
  if (status === 200 && etagMatches(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers: all });
  return new Response(request.method === "HEAD" ? null : body, { status, headers: all });
}

function errorResponse(error: unknown, headers: Record<string, string>, operation: ApiOperation): Response {
  const apiError =
    error instanceof ApiError
      ? error
      : (console.error(`${operation.operationId} failed:`, error), new ApiError(500, "INTERNAL_ERROR", "Something went wrong on our side; please try again later."));
  return new Response(JSON.stringify(apiError.body()), {
    status: apiError.status,
    headers: { ...headers, "content-type": "application/json; charset=utf-8", "cache-control": "no-store" },
  });
}
