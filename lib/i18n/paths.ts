// The site's addresses in a language, for server code: English at /, the others under their code
// (routing.ts, `localePrefix: "as-needed"`). next-intl's getPathname and redirect do the same, but
// importing them on the server (createNavigation, or the "next-intl" entry for hasLocale) makes
// every page's script load next-intl's client link and message formatter: 13 KB of script and
// ~60 ms of a phone's main thread on a model page, for pages that format no message in the browser
// (issue 17, point 9). paths.test.ts checks these against next-intl's own for the same addresses.
import { redirect as nextRedirect } from "next/navigation";
import { routing, type Locale } from "./routing";

type Query = Record<string, string | number | boolean | readonly (string | number)[] | undefined>;
export type Href = string | { pathname: string; query?: Query };

/** `href` (a path of the site, with or without a query) as `locale`'s address. */
export function getPathname({ href, locale }: { href: Href; locale: Locale | string }): string {
  const { pathname, query } = typeof href === "string" ? { pathname: href, query: undefined } : href;
  const prefixed = locale === routing.defaultLocale ? pathname : pathname === "/" ? `/${locale}` : `/${locale}${pathname}`;
  if (!query) return prefixed;
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) search.append(key, String(one));
  }
  const text = search.toString();
  return text ? `${prefixed}?${text}` : prefixed;
}

/** Redirects (throws, as Next.js's redirect does) to `href` in `locale`. */
export function redirect({ href, locale }: { href: Href; locale: Locale | string }): never {
  return nextRedirect(getPathname({ href, locale }));
}
