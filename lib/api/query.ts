// Query strings into typed values: unknown parameters and bad values are 400s naming the field.
import type { z } from "zod";
import { ApiError, detailsFromZod } from "./errors";

export type QuerySchema = z.ZodObject<z.ZodRawShape>;

// C0 controls (NUL first: PostgreSQL refuses it in text) have no place in a parameter's value.
const CONTROL_CHARACTERS = /[\u0000-\u001F\u007F]/;

/** `ignoreUnknown`: parameters the schema does not name are dropped instead of refused. */
export function parseQuery<S extends QuerySchema>(schema: S, searchParams: URLSearchParams, options: { ignoreUnknown?: boolean } = {}): z.output<S> {
  const known = new Set(Object.keys(schema.shape));
  const values: Record<string, string> = {};
  const unknown: string[] = [];
  const repeated: string[] = [];
  const controls: string[] = [];
  for (const [name, value] of searchParams) {
    if (!known.has(name)) {
      if (!options.ignoreUnknown) unknown.push(name);
    } else if (name in values) repeated.push(name);
    else if (CONTROL_CHARACTERS.test(value)) controls.push(name);
    else values[name] = value;
  }
  if (unknown.length) {
    throw new ApiError(
      400,
      "UNKNOWN_PARAMETER",
      `Unknown parameter${unknown.length > 1 ? "s" : ""}: ${[...new Set(unknown)].join(", ")}.`,
      [...new Set(unknown)].map((field) => ({ field, message: `not a parameter of this endpoint (known: ${[...known].join(", ") || "none"})` })),
    );
  }
  if (controls.length) {
    throw new ApiError(400, "INVALID_PARAMETER", "A parameter contains control characters.", [...new Set(controls)].map((field) => ({ field, message: "contains control characters (such as NUL)" })));
  }
  if (repeated.length) {
    throw new ApiError(400, "INVALID_PARAMETER", "A parameter is given more than once.", [...new Set(repeated)].map((field) => ({ field, message: "given more than once; use a comma-separated list" })));
  }
  const parsed = schema.safeParse(values);
  if (!parsed.success) {
    const details = detailsFromZod(parsed.error);
    const fields = [...new Set(details.map((d) => d.field))];
    throw new ApiError(400, "INVALID_PARAMETER", `Invalid parameter${fields.length > 1 ? "s" : ""}: ${fields.join(", ")}.`, details);
  }
  return parsed.data;
}

/** Path parameters: a bad one means the resource does not exist. */
export function parsePathParams<S extends QuerySchema>(schema: S, params: Record<string, string | string[] | undefined>, what: string): z.output<S> {
  const parsed = schema.safeParse(params);
  if (!parsed.success) throw new ApiError(404, "NOT_FOUND", `${what} is not in the catalogue.`, detailsFromZod(parsed.error));
  return parsed.data;
}
