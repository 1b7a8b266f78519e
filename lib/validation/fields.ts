// Field schemas shared by every form, server action and API: text that is trimmed, NFC-normalised,
// bounded and free of control and bidirectional-override characters; web links that can only be
// http(s); European country codes; ISO 639 language codes. Custom refinements name their message
// key (under `submit.errors` in the catalogue) in `message`, so each locale words the error.
import { z } from "zod";
import { isEuropeanCountry, isEuropeanLanguage } from "../openness/europe";
import type { FieldErrors } from "../errors";

/**
 * C0/C1 controls, bidirectional marks, embeddings, overrides and isolates, and the BOM: they can
 * make text display differently from what it says (U+202E turns "txt.exe" into "exe.txt").
 */
const HIDDEN_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;
const LINE_BREAKS = /[\r\n\t\u2028\u2029]/;
/**
 * Half of a UTF-16 surrogate pair on its own (JSON can carry "\ud800"): not a character at all, and
 * PostgreSQL refuses it in a JSON value. Refused as a field problem rather than met as a 500.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Text that is text: whole characters only. */
export const isWellFormedText = (value: string) => !LONE_SURROGATE.test(value);

const blankToNull = (value: unknown) => (value === undefined || value === null || (typeof value === "string" && value.trim() === "") ? null : value);

/** One line of text: a name, a title. */
export function line(max: number, min = 1) {
  return z
    .string()
    .trim()
    .normalize("NFC")
    .min(min)
    .max(max)
    .refine(isWellFormedText, "brokenCharacters")
    .refine((v) => !HIDDEN_CHARACTERS.test(v), "hiddenCharacters")
    .refine((v) => !LINE_BREAKS.test(v), "lineBreak");
}

/** Several paragraphs: a description, a note. Line breaks are kept (and shown as such, never as HTML). */
export function paragraphs(max: number, min = 1) {
  return z
    .string()
    .overwrite((v) => v.replace(/\r\n?/g, "\n"))
    .trim()
    .normalize("NFC")
    .min(min)
    .max(max)
    .refine(isWellFormedText, "brokenCharacters")
    .refine((v) => !HIDDEN_CHARACTERS.test(v.replace(/[\n\t]/g, "")), "hiddenCharacters");
}

export function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess(blankToNull, schema.nullable());
}

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.includes(".") && !url.username && !url.password;
  } catch {
    return false;
  }
}

/** An absolute http(s) link with a real host name and no credentials; `javascript:`, `data:` and the rest are refused. */
export const httpUrl = line(2000).refine(isHttpUrl, "httpUrl");

/** A row's id (a cuid) as forms and requests send it back: no NUL, which PostgreSQL refuses in text, nor anything else. */
export const recordId = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z0-9_-]+$/, "invalid");

export const slug = z
  .string()
  .trim()
  .min(2)
  .max(80)
  // a dot between digits keeps version numbers readable ("llama-3.1-8b")
  .regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/, "slug");

/** The slug a name gets when none is given: "Mistral 7B" → "mistral-7b", "Élan" → "elan". */
export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
}

export const europeanCountry = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, "countryCode")
  .refine(isEuropeanCountry, "notEuropean");

const languageNames = new Intl.DisplayNames(["en"], { type: "language", fallback: "code" });

/** An ISO 639 code the project or the platform's language data knows. */
export function isLanguageCode(code: string): boolean {
  if (!/^[a-z]{2,3}$/.test(code)) return false;
  return isEuropeanLanguage(code) || languageNames.of(code) !== code;
}

export const languageCode = z.string().trim().toLowerCase().refine(isLanguageCode, "languageCode");

export function year(min: number, max: number) {
  return optional(z.preprocess((v) => (typeof v === "string" ? Number(v) : v), z.number().int().min(min).max(max)));
}

/** Unique items, compared after normalisation; the error is on the list. */
export function uniqueList<T extends z.ZodType<string>>(item: T, max: number, min = 0) {
  return z
    .array(item)
    .min(min)
    .max(max)
    .refine((items) => new Set(items).size === items.length, "duplicateItem");
}

/**
 * Zod issues as field errors: the dotted path of each field and a message key with its values.
 * The first problem of a field wins (one message per field is what a person can act on).
 */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    // a field the schema does not know is named, not the object that holds it
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) fields[[...issue.path.map(String), key].join(".")] ??= { key: "unknownField" };
      continue;
    }
    const path = issue.path.map(String).join(".") || "_form";
    if (fields[path]) continue;
    fields[path] = describeIssue(issue);
  }
  return fields;
}

function describeIssue(issue: z.core.$ZodIssue): { key: string; values?: Record<string, string | number> } {
  // a schema that names its message key ("positiveNumber") says it better than the generic words
  if ((issue.code === "too_small" || issue.code === "too_big" || issue.code === "invalid_type") && /^[a-zA-Z]+$/.test(issue.message)) return { key: issue.message };
  switch (issue.code) {
    case "too_small":
      if (issue.origin === "string") return Number(issue.minimum) <= 1 ? { key: "required" } : { key: "tooShort", values: { min: Number(issue.minimum) } };
      if (issue.origin === "array" || issue.origin === "set") return { key: "tooFew", values: { min: Number(issue.minimum) } };
      return { key: "tooSmall", values: { min: Number(issue.minimum) } };
    case "too_big":
      if (issue.origin === "string") return { key: "tooLong", values: { max: Number(issue.maximum) } };
      if (issue.origin === "array" || issue.origin === "set") return { key: "tooMany", values: { max: Number(issue.maximum) } };
      return { key: "tooLarge", values: { max: Number(issue.maximum) } };
    case "invalid_type": {
      // zod reports NaN (a number field with letters) as "received"; a missing value has no input
      const received = (issue as { received?: string }).received;
      if (issue.expected === "number" && received !== undefined) return { key: "number" };
      if (issue.input === undefined || issue.input === null) return { key: "required" };
      return { key: issue.expected === "number" ? "number" : "invalid" };
    }
    case "invalid_value":
      return { key: "choose" };
    case "invalid_format":
      // our patterns name their message key ("slug", "countryCode"); zod's own messages have spaces
      if (issue.format === "regex") return { key: /^\w+$/.test(issue.message) ? issue.message : "invalid" };
      return { key: issue.format };
    case "not_multiple_of":
      return { key: "invalid" };
    case "custom":
      return { key: issue.message || "invalid", ...(issue.params ? { values: issue.params as Record<string, string | number> } : {}) };
    default:
      return { key: "invalid" };
  }
}
