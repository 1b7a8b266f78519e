// Reasons into words, from the same message files the UI reads, so the API and the pages say the
// same thing. Placeholders are ICU simple arguments (`{name}`), the subset next-intl also reads.

// The texts are passed in, not imported per language: the server gives a locale's from the catalogue
// (opennessText in lib/i18n/messages.ts), a client component those next-intl sent it, so a new
// language needs no line here.
import en from "../i18n/messages/en/openness.json" with { type: "json" };
import type { GradeReason } from "./types";
import type { G7Reason } from "./g7";

export type MessageTree = { readonly [key: string]: string | MessageTree };

/** A language's openness namespace, with the locale that formats its numbers and lists. */
export type OpennessText = { readonly locale: string; readonly messages: MessageTree };

/** English, for what speaks English whatever the reader (badges, like every shields.io badge). */
export const ENGLISH_OPENNESS: OpennessText = { locale: "en", messages: en };

/** The message at a dotted key in the openness namespace, or undefined when there is none. */
export function opennessMessage(text: OpennessText, key: string): string | undefined {
  let node: string | MessageTree | undefined = text.messages;
  for (const part of key.split(".")) {
    if (node === undefined || typeof node === "string") return undefined;
    node = node[part];
  }
  return typeof node === "string" ? node : undefined;
}

/**
 * Replaces each `{name}` with its value; numbers are written the locale's way (17,5 in French),
 * as ICU would. A placeholder without a value stays visible rather than vanishing.
 */
export function formatMessage(
  template: string,
  values: Readonly<Record<string, string | number>>,
  locale: string,
): string {
  const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = values[name];
    if (value === undefined) return placeholder;
    return typeof value === "number" ? numbers.format(value) : value;
  });
}

// Parameters whose values are codes, written out in words: answers, licence restrictions (a comma-
// separated list, joined the locale's way) and licence components. A translated text may itself use
// the reason's other parameters ("caps use at {userCap} monthly active users").
const TRANSLATED_PARAMS: Readonly<Record<string, (value: string) => string>> = {
  answer: (value) => `answers.${value}.inline`,
  entered: (value) => `answers.${value}.inline`,
  restriction: (value) => `restrictions.${value}`,
  component: (value) => `licenceComponents.${value}`,
};

function translatedParam(name: string, value: string, values: Readonly<Record<string, string | number>>, text: OpennessText): string | undefined {
  const key = TRANSLATED_PARAMS[name];
  if (!key) return undefined;
  const parts = name === "restriction" ? value.split(",").filter(Boolean) : [value];
  const words = parts.map((part) => {
    const template = opennessMessage(text, key(part));
    return template === undefined ? part : formatMessage(template, values, text.locale);
  });
  return new Intl.ListFormat(text.locale, { type: "conjunction" }).format(words);
}

/** One reason in plain words, e.g. "Use is closed: the weights licence, …, forbids commercial use." */
export function explainReason(reason: GradeReason | G7Reason, text: OpennessText): string {
  const template = opennessMessage(text, `reasons.${reason.code}`) ?? reason.code;
  const raw = ("params" in reason ? reason.params : undefined) ?? {};
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(raw)) {
    values[name] = (typeof value === "string" ? translatedParam(name, value, raw, text) : undefined) ?? value;
  }
  if (reason.criterion) {
    values.criterion = opennessMessage(text, `criteria.${reason.criterion}.name`) ?? reason.criterion;
  }
  return formatMessage(template, values, text.locale);
}

export function explainReasons(reasons: readonly GradeReason[], text: OpennessText): string[] {
  return reasons.map((reason) => explainReason(reason, text));
}
