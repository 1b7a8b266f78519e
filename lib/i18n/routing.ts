import { defineRouting } from "next-intl/routing";

// Every language of the site. A language is this list's code and its folder of messages,
// lib/i18n/messages/<code>/ (lib/i18n/messages.ts finds it by that name): README, "Languages".
export const LOCALES = ["en", "fr", "de", "es", "it", "pl", "nl", "pt"] as const;
export type Locale = (typeof LOCALES)[number];

/** Whether `value` is one of the site's languages (next-intl's hasLocale, without importing its client entry: paths.ts says why). */
export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

// English lives at /, the others under their code (/fr, /de...): the URLs named in the issues (/models, /methodology) stay short.
export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: "en",
  localePrefix: "as-needed",
});

// The CLDR locale a language's numbers, lists and names are formatted in, where its bare code
// would pick another country's conventions: CLDR's "pt" is Brazil's ("7,2 bi"), and the site's
// Portuguese is Portugal's ("7,2 mM", as its glossary says).
const FORMAT_LOCALES: Partial<Record<string, string>> = { pt: "pt-PT" };

export function formatLocale(locale: string): string {
  return FORMAT_LOCALES[locale] ?? locale;
}
