// The services' expected errors (AppError, shared with the server actions) as the API's errors:
// the same conditions, with the API's codes and statuses, and each field's problem worded in
// English from the message catalogue the forms use, plus its stable key as `code`.
import { createTranslator } from "use-intl/core";
import { ERROR_STATUS, type AppError, type FieldErrors } from "../errors";
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

/** the services' codes the API words otherwise; the others are the API's own */
const PUBLIC_CODE: Partial<Record<AppError["code"], ApiErrorCode>> = {
  UNAUTHENTICATED: "UNAUTHORIZED",
  ALREADY_EXISTS: "CONFLICT",
  // the API answers bad input with 400, as it does for bad parameters
  VALIDATION: "INVALID_BODY",
};

export function apiErrorFromAppError(error: AppError, fieldPrefix = ""): ApiError {
  if (error instanceof ApiError) return error;
  const code = PUBLIC_CODE[error.code] ?? (error.code as ApiErrorCode);
  const { fields, retryAfter, reason } = error.details;
  const message = reason && failureWords.has(reason as "honeypot") ? failureWords(reason as "honeypot") : error.message;
  const headers: Record<string, string> = { ...error.headers, ...(retryAfter !== undefined ? { "retry-after": String(retryAfter) } : {}) };
  if (code === "UNAUTHORIZED") headers["www-authenticate"] ??= 'Bearer realm="Libre Atlas API"';
  return new ApiError(ERROR_STATUS[code], code, message, fields ? detailsFromFields(fields, fieldPrefix) : [], headers);
}
