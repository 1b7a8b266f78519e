// Names of languages and countries in the reader's language, from the platform's ICU data
// (Intl.DisplayNames), falling back to the ISO 639-3 English name for the rarer languages.
import { iso6393 } from "iso-639-3";
import { formatLocale } from "./routing";

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
    value = new Intl.DisplayNames([formatLocale(locale)], { type, fallback: "none" });
    cache.set(key, value);
  }
  return value;
}

const capitalise = (text: string, locale: string) => text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);

// Every /models page names hundreds of languages in its filters: each name is looked up once per
// locale (ICU lookups were a tenth of the page's render time). Bounded, as codes come from URLs.
const MAX_REMEMBERED = 20_000;
const remembered = new Map<string, string>();
function remember(key: string, compute: () => string): string {
  let value = remembered.get(key);
  if (value === undefined) {
    value = compute();
    if (remembered.size >= MAX_REMEMBERED) remembered.clear();
    remembered.set(key, value);
  }
  return value;
}

/** "fi" → "Finnish" / "Finnois"; an unknown code stays as it is. */
export function languageName(code: string, locale: string): string {
  return remember(`l:${locale}:${code}`, () => lookUpLanguageName(code, locale));
}

function lookUpLanguageName(code: string, locale: string): string {
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
  return remember(`c:${locale}:${code}`, () => {
    try {
      return names(locale, "region").of(code.toUpperCase()) ?? code;
    } catch {
      return code;
    }
  });
}

/** 6.7e9 → "6.7B" (English) or "6,7 Md" (French). */
const compactFormats = new Map<string, Intl.NumberFormat>();
export function formatParameters(count: number, locale: string): string {
  let format = compactFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(formatLocale(locale), { notation: "compact", maximumFractionDigits: 1 });
    compactFormats.set(locale, format);
  }
  return format.format(count);
}

/** ["A", "B", "C"] → "A, B and C" / "A, B und C" / "A, B i C": the reader's language's list. */
const listFormats = new Map<string, Intl.ListFormat>();
export function formatList(items: readonly string[], locale: string): string {
  let format = listFormats.get(locale);
  if (!format) {
    format = new Intl.ListFormat(formatLocale(locale), { type: "conjunction" });
    listFormats.set(locale, format);
  }
  return format.format(items);
}
