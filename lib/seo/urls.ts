// The public pages' absolute URLs in each language, for canonical links, hreflang alternates, the
// sitemap, Open Graph and schema.org: one rule, next-intl's (English at /, French at /fr).
import { getPathname } from "../i18n/paths";
import { LOCALES, routing, type Locale, isLocale } from "../i18n/routing";

export const asLocale = (locale: string): Locale => (isLocale(locale) ? locale : routing.defaultLocale);

/** A page's absolute URL in one language. */
export function pageUrl(origin: string, href: string, locale: Locale): string {
  return `${origin}${getPathname({ href, locale })}`;
}

/** A page's absolute URL in every language, and x-default: the default language's. */
export function alternateUrls(origin: string, href: string): Record<Locale | "x-default", string> {
  const urls = Object.fromEntries(LOCALES.map((locale) => [locale, pageUrl(origin, href, locale)])) as Record<Locale, string>;
  return { ...urls, "x-default": urls[routing.defaultLocale] };
}

/** The Atom feed of a language's visitors. */
export function feedPath(locale: Locale): string {
  return locale === routing.defaultLocale ? "/feed.xml" : `/feed.xml?locale=${locale}`;
}

/** The social card of an entry, or of the site (`/card/<locale>/site.png`), as drawn by app/card. */
export function cardPath(locale: Locale, entry?: { kind: "models" | "organisations"; slug: string }): string {
  return entry ? `/card/${locale}/${entry.kind}/${encodeURIComponent(entry.slug)}.png` : `/card/${locale}/site.png`;
}

