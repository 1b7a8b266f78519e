"use client";

import { usePathname, useSearchParams } from "next/navigation";
import type { Locale } from "@/lib/i18n/routing";

type Names = Readonly<Record<Locale, string>>;
type Props = {
  /** each language of the site by its own name (lib/i18n/endonyms.ts), in the site's order */
  names: Names;
  /** the page's language */
  current: Locale;
  /** "Language", in the page's language */
  label: string;
};

/**
 * The same page in `locale`: its path with `locale`'s prefix, English's too (`/en/models`). The
 * proxy answers a prefixed path by recording the choice in the language cookie and, for English,
 * redirecting to the unprefixed address; so the switch works as a plain link, without JavaScript,
 * and a reader who chose English is not sent back to the language their cookie held.
 */
export function localeHref(pathname: string, search: string, locale: string, locales: readonly string[]): string {
  const [, first = "", ...rest] = pathname.split("/");
  const path = locales.includes(first) ? rest.join("/") : [first, ...rest].join("/");
  return `/${locale}${path ? `/${path}` : ""}${search ? `?${search}` : ""}`;
}

// Plain links, named in their language and marked with it (lang, hreflang) so that a screen reader
// says them right. A disclosure keeps eight names out of the header's row until asked for. A client
// component only because the header stays while the client router changes the page under it: the
// links follow the current path. It reads no message catalogue (the server gives it its words), so
// public pages load no message formatter (issue 17, point 9).
function Links({ names, current, label }: Props) {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const locales = Object.keys(names) as Locale[];
  return (
    <details className="group relative" data-testid="locale-switcher">
      <summary className="inline-flex cursor-pointer list-none items-center gap-1 rounded border border-white/70 px-2 py-1 font-semibold whitespace-nowrap">
        <span className="sr-only">{label}: </span>
        <span lang={current}>{names[current]}</span>
        <span aria-hidden="true" className="text-xs group-open:rotate-180">▾</span>
      </summary>
      <ul aria-label={label} className="z-10 mt-1 flex flex-col rounded bg-white py-1 text-atlas-900 shadow-lg xl:absolute xl:right-0 xl:min-w-40">
        {locales.map((locale) => (
          <li key={locale}>
            {locale === current ? (
              <span aria-current="true" lang={locale} className="block px-3 py-1 font-semibold">
                {names[locale]}
              </span>
            ) : (
              <a href={localeHref(pathname, search, locale, locales)} hrefLang={locale} lang={locale} className="block px-3 py-1 underline hover:bg-atlas-100">
                {names[locale]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}

export function LocaleSwitcher(props: Props) {
  return <Links {...props} />;
}
