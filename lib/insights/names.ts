// Country and language names in the reader's language, from the runtime's CLDR data (Intl), with
// the few names CLDR lacks or gets wrong for our codes taken from the messages (insights.names).

export type NameOverrides = { countries: Record<string, string>; languages: Record<string, string> };

export type DisplayNames = { country: (code: string) => string; language: (code: string) => string };

function lookup(names: Intl.DisplayNames, code: string): string | undefined {
  try {
    const name = names.of(code);
    return name && name !== code ? name : undefined;
  } catch {
    return undefined; // not a well-formed code
  }
}

export function displayNames(locale: string, overrides: NameOverrides): DisplayNames {
  const regions = new Intl.DisplayNames([locale], { type: "region", fallback: "code" });
  const languages = new Intl.DisplayNames([locale], { type: "language", fallback: "code" });
  return {
    country: (code) => overrides.countries[code] ?? lookup(regions, code) ?? code,
    language: (code) => overrides.languages[code] ?? lookup(languages, code) ?? code,
  };
}

/** First letter upper-cased the locale's way, for a name that starts a table cell ("catalan" → "Catalan"). */
export function capitalised(text: string, locale: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}
