// Reasons into words, from the same message files the UI reads, so the API and the pages say the
// same thing. Placeholders are ICU simple arguments (`{name}`), the subset next-intl also reads.

import en from "../i18n/messages/en/openness.json" with { type: "json" };
import fr from "../i18n/messages/fr/openness.json" with { type: "json" };
import type { GradeReason } from "./types";
import type { G7Reason } from "./g7";

export const OPENNESS_LOCALES = ["en", "fr"] as const;
export type OpennessLocale = (typeof OPENNESS_LOCALES)[number];

export type MessageTree = { readonly [key: string]: string | MessageTree };

export const OPENNESS_MESSAGES: Readonly<Record<OpennessLocale, MessageTree>> = { en, fr };

/** The message at a dotted key in the openness namespace, or undefined when there is none. */
export function opennessMessage(locale: OpennessLocale, key: string): string | undefined {
  let node: string | MessageTree | undefined = OPENNESS_MESSAGES[locale];
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
  locale: OpennessLocale,
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

function translatedParam(name: string, value: string, values: Readonly<Record<string, string | number>>, locale: OpennessLocale): string | undefined {
  const key = TRANSLATED_PARAMS[name];
  if (!key) return undefined;
  const parts = name === "restriction" ? value.split(",").filter(Boolean) : [value];
  const words = parts.map((part) => {
    const template = opennessMessage(locale, key(part));
    return template === undefined ? part : formatMessage(template, values, locale);
  });
  return new Intl.ListFormat(locale, { type: "conjunction" }).format(words);
}

/** One reason in plain words, e.g. "Use is closed: the weights licence, …, forbids commercial use." */
export function explainReason(reason: GradeReason | G7Reason, locale: OpennessLocale): string {
  const template = opennessMessage(locale, `reasons.${reason.code}`) ?? reason.code;
  const raw = ("params" in reason ? reason.params : undefined) ?? {};
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(raw)) {
    values[name] = (typeof value === "string" ? translatedParam(name, value, raw, locale) : undefined) ?? value;
  }
  if (reason.criterion) {
    values.criterion = opennessMessage(locale, `criteria.${reason.criterion}.name`) ?? reason.criterion;
  }
  return formatMessage(template, values, locale);
}

export function explainReasons(reasons: readonly GradeReason[], locale: OpennessLocale): string[] {
  return reasons.map((reason) => explainReason(reason, locale));
}
