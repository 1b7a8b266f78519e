// One API operation: its path, parameters, answer and policies, read by the route that serves it
// (lib/api/route.ts) and by the OpenAPI document (lib/api/openapi.ts), so they cannot disagree.
import type { z } from "zod";
import type { QuerySchema } from "./query";
import type { RateLimitPolicy } from "../security/rate-limit";

export type ApiErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415;

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
  /** error statuses this operation answers with, besides 429 when rate-limited */
  errors: readonly ApiErrorStatus[];
  rateLimit: (RateLimitPolicy & { name: string }) | null;
  cacheControl: string;
};

export function defineOperation<const T extends ApiOperation>(operation: T): T {
  return operation;
}
