// The one way an HTTP route answers an error (API, sign-in, health, unknown API paths): the JSON
// body { error: { code, message, details } } with the matching status, whatever was thrown.
// Expected errors (AppError) keep their code; a unique violation is a conflict; the database out
// of reach, or a connection that broke, is 503 with Retry-After; anything else is a bug (500).
import { isAppError } from "../errors";
import { isDatabaseUnavailable, isUniqueViolation } from "../db/errors";
import { apiErrorFromAppError } from "./app-errors";
import { ApiError } from "./errors";

/** seconds a client is asked to wait while the database is out of reach (a restart takes a few) */
export const UNAVAILABLE_RETRY_SECONDS = 5;

export function toApiError(error: unknown, context = "request"): ApiError {
  if (isAppError(error)) return apiErrorFromAppError(error);
  if (isUniqueViolation(error)) return new ApiError(409, "CONFLICT", "Someone else changed the same entry at the same time; try again.");
  if (isDatabaseUnavailable(error)) {
    console.warn(`${context}: the database is out of reach: ${error instanceof Error ? error.message : String(error)}`);
    return new ApiError(503, "UNAVAILABLE", "The database cannot be reached right now; please try again in a few seconds.", [], {
      "retry-after": String(UNAVAILABLE_RETRY_SECONDS),
    });
  }
  console.error(`${context} failed:`, error);
  return new ApiError(500, "INTERNAL_ERROR", "Something went wrong on our side; please try again later.");
}

export function errorResponse(error: unknown, headers: Record<string, string> = {}, context?: string): Response {
  const apiError = toApiError(error, context);
  return new Response(JSON.stringify(apiError.body()), {
    status: apiError.status,
    headers: { ...headers, ...apiError.headers, "content-type": "application/json; charset=utf-8", "cache-control": "no-store" },
  });
}
