// One API operation: its path, parameters, answer and policies, read by the route that serves it
// (lib/api/route.ts) and by the OpenAPI document (lib/api/openapi.ts), so they cannot disagree.
import type { z } from "zod";
import type { QuerySchema } from "./query";
import type { RateLimitPolicy } from "../security/rate-limit";

export type ApiErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 502 | 504;

export type ApiOperation = {
  operationId: string;
  method: "get" | "post";
  /** OpenAPI path template, e.g. /api/v1/models/{slug} */
  path: string;
  tag: "Catalogue" | "Submissions" | "Methodology" | "Badges" | "Open data" | "Meta";
  summary: string;
  description?: string;
  pathParams?: QuerySchema;
  query?: QuerySchema;
  /** a POST's JSON body: the schema documents it (the handler validates it), and the size it may have */
  requestBody?: { description: string; schema: z.ZodType; maxBytes: number; example?: unknown };
  /** "bearer": a personal API token in `Authorization: Bearer …`, else 401 */
  security?: "bearer";
  response: {
    /** 200 unless said otherwise (201 for a POST that creates something) */
    status?: 200 | 201;
    description: string;
    contentType: "application/json" | "text/csv; charset=utf-8" | "image/svg+xml";
    schema: z.ZodType;
  };
  /**
   * error statuses this operation answers with, besides 429 when rate-limited and, for a GET, the
   * 400 every unknown parameter gets (see answeredErrors)
   */
  errors: readonly ApiErrorStatus[];
  /**
   * Unknown query parameters are ignored instead of refused with 400: for URLs pasted in READMEs,
   * where authors add cache-busters (`?v=2`) that shields.io then passes on.
   */
  ignoresUnknownParameters?: true;
  /** The body of its 404, when not the API's Error (the shields endpoint answers its own JSON, isError: true). */
  notFoundBody?: z.ZodType;
  /** A cursor-paginated list: `page.nextCursor` in the body, and the next page's URL in a `Link: <…>; rel="next"` header. */
  paginated?: true;
  rateLimit: (RateLimitPolicy & { name: string }) | null;
  cacheControl: string;
};

/** Every error status the operation answers with: its own, 400 for a GET's unknown parameters, 429 when rate-limited. */
export function answeredErrors(operation: ApiOperation): (ApiErrorStatus | 429)[] {
  const statuses = new Set<ApiErrorStatus | 429>(operation.errors);
  if (operation.method === "get" && !operation.ignoresUnknownParameters) statuses.add(400);
  if (operation.rateLimit) statuses.add(429);
  return [...statuses].sort((a, b) => a - b);
}

export function defineOperation<const T extends ApiOperation>(operation: T): T {
  return operation;
}
