// Names of languages and countries in the reader's language, from the platform's ICU data
// (Intl.DisplayNames), falling back to the ISO 639-3 English name for the rarer languages.
import { iso6393 } from "iso-639-3";

const englishNames = new Map<string, string>();
for (const language of iso6393) {
  for (const code of [language.iso6391, language.iso6392B, language.iso6392T, language.iso6393]) {
    if (code && !englishNames.has(code)) englishNames.set(code, language.name);
  }
}

const cache = new Map<string, Intl.DisplayNames>();
function names(locale: string, type: "language" | "region"): Intl.DisplayNames {
  const key = `${locale}:${type}`;
  let value = cache.get(key);
  if (!value) {
    value = new Intl.DisplayNames([locale], { type, fallback: "none" });
    cache.set(key, value);
  }
  return value;
}

const capitalise = (text: string, locale: string) => text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);

/** "fi" → "Finnish" / "Finnois"; an unknown code stays as it is. */
export function languageName(code: string, locale: string): string {
  let name: string | undefined;
  try {
    name = names(locale, "language").of(code);
  } catch {
    name = undefined;
  }
  if (!name || name.toLowerCase() === code.toLowerCase()) name = englishNames.get(code.toLowerCase());
  return name ? capitalise(name, locale) : code;
}

/** "FI" → "Finland" / "Finlande"; "EU" → "European Union". */
export function countryName(code: string, locale: string): string {
  try {
    return names(locale, "region").of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** 6.7e9 → "6.7B" (English) or "6,7 Md" (French). */
export function formatParameters(count: number, locale: string): string {
  return new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 1 }).format(count);
}
