"use client";

import { Suspense } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { LOCALES, type Locale } from "@/lib/i18n/routing";

type Names = Readonly<Record<Locale, string>>;

// Plain links (they work without JavaScript): the same page and query in each language, named in
// that language and marked with it (lang, hreflang) so that a screen reader says it right. A
// disclosure keeps eight names out of the header's row until asked for.
function Links({ names }: { names: Names }) {
  const t = useTranslations("localeSwitcher");
  const current = useLocale() as Locale;
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const href = search ? `${pathname}?${search}` : pathname;
  return (
    <details className="group relative" data-testid="locale-switcher">
      <summary className="inline-flex cursor-pointer list-none items-center gap-1 rounded border border-white/70 px-2 py-1 font-semibold whitespace-nowrap">
        <span className="sr-only">{t("label")}: </span>
        <span lang={current}>{names[current]}</span>
        <span aria-hidden="true" className="text-xs group-open:rotate-180">▾</span>
      </summary>
      <ul aria-label={t("label")} className="z-10 mt-1 flex flex-col rounded bg-white py-1 text-atlas-900 shadow-lg xl:absolute xl:right-0 xl:min-w-40">
        {LOCALES.map((locale) => (
          <li key={locale}>
            {locale === current ? (
              <span aria-current="true" lang={locale} className="block px-3 py-1 font-semibold">
                {names[locale]}
              </span>
            ) : (
              <Link href={href} locale={locale} hrefLang={locale} lang={locale} className="block px-3 py-1 underline hover:bg-atlas-100">
                {names[locale]}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** `names`: each language by its own name (lib/i18n/endonyms.ts), given by the server. */
export function LocaleSwitcher({ names }: { names: Names }) {
  return (
    <Suspense>
      <Links names={names} />
    </Suspense>
  );
}
