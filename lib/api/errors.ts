// The one JSON error body of every HTTP route, { error: { code, message, details } }, and ApiError:
// the one error type (AppError) made with the API's public code and the offending parameters.
import { z } from "zod";
import { AppError } from "../errors";

export const API_ERROR_CODES = [
  "INVALID_PARAMETER",
  "UNKNOWN_PARAMETER",
  "INVALID_BODY",
  "UNAUTHORIZED",
  "FORBIDDEN",
  "NOT_FOUND",
  "METHOD_NOT_ALLOWED",
  "CONFLICT",
  "PAYLOAD_TOO_LARGE",
  "UNSUPPORTED_MEDIA_TYPE",
  "RATE_LIMITED",
  "UNAVAILABLE",
  "INTERNAL_ERROR",
  "HUB_REFUSED",
  "HUB_UNREACHABLE",
  "HUB_BAD_RESPONSE",
  "HUB_TIMEOUT",
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export type ApiErrorDetail = { field: string; message: string; code?: string };

export const apiErrorSchema = z
  .object({
    error: z.object({
      code: z.enum(API_ERROR_CODES).meta({ description: "Stable code, for programs." }),
      message: z.string().meta({ description: "What went wrong, for people." }),
      details: z
        .array(
          z.object({
            field: z.string().meta({ description: "The offending parameter, or the dotted path of the offending field of a request body (`payload.answers.use.evidenceUrl`)." }),
            message: z.string(),
            code: z.string().optional().meta({ description: "For a request body's field: a stable code of the problem (`required`, `httpUrl`, `duplicate`…)." }),
          }),
        )
        .meta({ description: "One entry per offending parameter or field; empty when none is at fault." }),
    }),
  })
  .meta({ id: "Error" });
export type ApiErrorBody = z.infer<typeof apiErrorSchema>;

export class ApiError extends AppError {
  declare readonly code: ApiErrorCode;
  constructor(
    status: number,
    code: ApiErrorCode,
    message: string,
    /** one per offending parameter or field */
    readonly issues: ApiErrorDetail[] = [],
    /** headers the answer must carry (WWW-Authenticate on a 401, Retry-After on a 429, Allow on a 405) */
    headers: Record<string, string> = {},
  ) {
    super(code, message, {}, headers, status);
    this.name = "ApiError";
  }

  body(): ApiErrorBody {
    return { error: { code: this.code, message: this.message, details: this.issues } };
  }
}

export const notFound = (what: string) => new ApiError(404, "NOT_FOUND", `${what} is not in the catalogue.`);

/** Zod issues as error details, one per issue, named by the parameter they concern. */
export function detailsFromZod(error: z.ZodError): ApiErrorDetail[] {
  return error.issues.map((issue) => {
    const [field, ...rest] = issue.path.map(String);
    // a comma list's item: "type", "item 2: Invalid option…"
    const where = rest.length && /^\d+$/.test(rest[0]!) ? `item ${Number(rest[0]) + 1}: ` : "";
    return { field: field ?? "query", message: `${where}${issue.message}` };
  });
}
