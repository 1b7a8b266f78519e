import type { Locale } from "../i18n/routing";

// Languages whose likeliest territory in CLDR is outside Europe (en → US, pt → BR).
const EUROPEAN_TERRITORY: Readonly<Record<string, string>> = { en: "en_GB", pt: "pt_PT" };

/** Open Graph's locale (language_TERRITORY) of one of the site's languages: fr_FR, de_DE, pl_PL... */
export function ogLocale(locale: Locale): string {
  const european = EUROPEAN_TERRITORY[locale];
  if (european) return european;
  const { language, region } = new Intl.Locale(locale).maximize();
  return region ? `${language}_${region}` : language;
}
