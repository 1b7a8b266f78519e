// The services' expected errors (AppError, shared with the server actions) as the API's errors:
// the same conditions, with the API's codes and statuses, and each field's problem worded in
// English from the message catalogue the forms use, plus its stable key as `code`.
import { createTranslator } from "next-intl";
import type { AppError, FieldErrors } from "../errors";
import { messagesFor } from "../i18n/messages";
import { ApiError, type ApiErrorCode, type ApiErrorDetail } from "./errors";

const fieldWords = createTranslator({ locale: "en", messages: messagesFor("en"), namespace: "submit.errors" });
const failureWords = createTranslator({ locale: "en", messages: messagesFor("en"), namespace: "submit.failure" });

/** Field problems as error details; `prefix` places them in the request body ("payload."). */
export function detailsFromFields(fields: FieldErrors, prefix = ""): ApiErrorDetail[] {
  return Object.entries(fields).map(([path, problem]) => {
    const key = problem.key as "required";
    const values = Object.fromEntries(Object.entries(problem.values ?? {}).map(([name, value]) => [name, String(value)]));
    const message = fieldWords.has(key) ? fieldWords(key, values) : problem.key;
    const field = path === "_form" ? prefix.replace(/\.$/, "") || "body" : `${prefix}${path}`;
    return { field, message, code: problem.key };
  });
}

const MAPPING: Record<AppError["code"], { status: number; code: ApiErrorCode }> = {
  UNAUTHENTICATED: { status: 401, code: "UNAUTHORIZED" },
  FORBIDDEN: { status: 403, code: "FORBIDDEN" },
  NOT_FOUND: { status: 404, code: "NOT_FOUND" },
  CONFLICT: { status: 409, code: "CONFLICT" },
  ALREADY_EXISTS: { status: 409, code: "CONFLICT" },
  PAYLOAD_TOO_LARGE: { status: 413, code: "PAYLOAD_TOO_LARGE" },
  // the API answers bad input with 400, as it does for bad parameters
  VALIDATION: { status: 400, code: "INVALID_BODY" },
  RATE_LIMITED: { status: 429, code: "RATE_LIMITED" },
};

export function apiErrorFromAppError(error: AppError, fieldPrefix = ""): ApiError {
  const { status, code } = MAPPING[error.code];
  const { fields, retryAfter, reason } = error.details;
  const message = reason && failureWords.has(reason as "honeypot") ? failureWords(reason as "honeypot") : error.message;
  const headers: Record<string, string> = retryAfter !== undefined ? { "retry-after": String(retryAfter) } : {};
  if (status === 401) headers["www-authenticate"] = 'Bearer realm="Libre Atlas API"';
  return new ApiError(status, code, message, fields ? detailsFromFields(fields, fieldPrefix) : [], headers);
}
