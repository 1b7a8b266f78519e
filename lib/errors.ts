// The one error type for expected failures: services throw it, the action client turns it into a
// result, and every HTTP route (API, sign-in, health) into the one JSON error body
// (lib/api/error-response.ts). Anything else is a bug (500), or the database out of reach (503).

export const ERROR_STATUS = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  ALREADY_EXISTS: 409,
  PAYLOAD_TOO_LARGE: 413,
  VALIDATION: 422,
  RATE_LIMITED: 429,
  // the HTTP routes' own: bad parameters and bodies, methods, media types, the database out of reach
  UNAUTHORIZED: 401,
  INVALID_PARAMETER: 400,
  UNKNOWN_PARAMETER: 400,
  INVALID_BODY: 400,
  METHOD_NOT_ALLOWED: 405,
  UNSUPPORTED_MEDIA_TYPE: 415,
  INTERNAL_ERROR: 500,
  UNAVAILABLE: 503,
  // the Hugging Face Hub, asked for a pre-fill: it refused (gated, private), was out of reach or too slow, or answered nonsense
  HUB_REFUSED: 403,
  HUB_UNREACHABLE: 502,
  HUB_BAD_RESPONSE: 502,
  HUB_TIMEOUT: 504,
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
    /** headers its answer must carry (WWW-Authenticate on a 401, Allow on a 405...) */
    readonly headers: Record<string, string> = {},
    status: number = ERROR_STATUS[code],
  ) {
    super(message);
    this.name = "AppError";
    this.status = status;
  }
}

export const unauthenticated = () => new AppError("UNAUTHENTICATED", "Sign in first.");
export const forbidden = (reason?: string) => new AppError("FORBIDDEN", "You may not do this.", reason ? { reason } : {});
export const notFound = () => new AppError("NOT_FOUND", "Not found.");

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
