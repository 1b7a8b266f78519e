import { defineRouting } from "next-intl/routing";

// Every language of the site. A language is this list's code and its folder of messages,
// lib/i18n/messages/<code>/ (lib/i18n/messages.ts finds it by that name): README, "Languages".
export const LOCALES = ["en", "fr", "de", "es", "it", "pl", "nl", "pt"] as const;
export type Locale = (typeof LOCALES)[number];

// English lives at /, the others under their code (/fr, /de...): the URLs named in the issues (/models, /methodology) stay short.
export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: "en",
  localePrefix: "as-needed",
});
