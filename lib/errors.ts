// The one error type for expected failures: services throw it, the action client and the API turn
// it into a result or a JSON response with the matching HTTP status. Anything else is a bug (500).

export const ERROR_STATUS = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  ALREADY_EXISTS: 409,
  PAYLOAD_TOO_LARGE: 413,
  VALIDATION: 422,
  RATE_LIMITED: 429,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** One field's problem: a message key under `forms.errors` and its values, so each locale words it. */
export type FieldError = { key: string; values?: Record<string, string | number> };
export type FieldErrors = Record<string, FieldError>;

export type ErrorDetails = {
  /** per field, keyed by the field's dotted path ("answers.use.evidenceUrl") */
  fields?: FieldErrors;
  /** seconds until a rate-limited request may be tried again */
  retryAfter?: number;
  /** a message key under `forms.errors` that says more than the code */
  reason?: string;
  [key: string]: unknown;
};

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetails = {},
  ) {
    super(message);
    this.name = "AppError";
    this.status = ERROR_STATUS[code];
  }
}

export const unauthenticated = () => new AppError("UNAUTHENTICATED", "Sign in first.");
export const forbidden = (reason?: string) => new AppError("FORBIDDEN", "You may not do this.", reason ? { reason } : {});
export const notFound = () => new AppError("NOT_FOUND", "Not found.");

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** The JSON body every API error has: `{ error: { code, message, details } }`. */
export function errorResponse(error: AppError): Response {
  const headers = new Headers({ "content-type": "application/json", "cache-control": "no-store" });
  if (error.details.retryAfter !== undefined) headers.set("retry-after", String(error.details.retryAfter));
  return new Response(JSON.stringify({ error: { code: error.code, message: error.message, details: error.details } }), {
    status: error.status,
    headers,
  });
}
