// One API operation: its path, parameters, answer and policies, read by the route that serves it
// (lib/api/route.ts) and by the OpenAPI document (lib/api/openapi.ts), so they cannot disagree.
import type { z } from "zod";
import type { QuerySchema } from "./query";
import type { RateLimitPolicy } from "./rate-limit";

export type ApiOperation = {
  operationId: string;
  method: "get";
  /** OpenAPI path template, e.g. /api/v1/models/{slug} */
  path: string;
  tag: "Catalogue" | "Methodology" | "Badges" | "Open data" | "Meta";
  summary: string;
  description?: string;
  pathParams?: QuerySchema;
  query?: QuerySchema;
  response: {
    description: string;
    contentType: "application/json" | "text/csv; charset=utf-8" | "image/svg+xml";
    schema: z.ZodType;
  };
  /** error statuses this operation answers with, besides 429 when rate-limited */
  errors: readonly (400 | 404)[];
  rateLimit: RateLimitPolicy | null;
  cacheControl: string;
};

export function defineOperation<const T extends ApiOperation>(operation: T): T {
  return operation;
}
