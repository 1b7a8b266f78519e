// Each language by its own name ("Deutsch", "Polski"), from the platform's CLDR data: the switcher
// lists languages so that a reader finds theirs whatever the page's language, and a new locale
// needs no name written anywhere.
import { LOCALES, type Locale } from "./routing";

export function endonym(locale: string): string {
  const name = new Intl.DisplayNames([locale], { type: "language", fallback: "code" }).of(locale) ?? locale;
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

/** Every language of the site by its own name. */
export function endonyms(): Record<Locale, string> {
  return Object.fromEntries(LOCALES.map((locale) => [locale, endonym(locale)])) as Record<Locale, string>;
}
