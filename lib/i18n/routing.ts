import { defineRouting } from "next-intl/routing";

export const LOCALES = ["en", "fr"] as const;
export type Locale = (typeof LOCALES)[number];

// English lives at /, French at /fr: the URLs named in the issues (/models, /methodology) stay short.
export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: "en",
  localePrefix: "as-needed",
});
