"use client";

import { Suspense } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { LOCALES } from "@/lib/i18n/routing";

// Plain links (they work without JavaScript): the same page and query in the other language.
function Links() {
  const t = useTranslations("localeSwitcher");
  const current = useLocale();
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const href = search ? `${pathname}?${search}` : pathname;
  return (
    <ul aria-label={t("label")} className="flex gap-2">
      {LOCALES.map((locale) => (
        <li key={locale}>
          {locale === current ? (
            <span aria-current="true" className="rounded bg-white px-2 py-1 font-semibold text-atlas-900">
              {t(`short.${locale}`)}
            </span>
          ) : (
            <Link href={href} locale={locale} hrefLang={locale} lang={locale} className="rounded px-2 py-1 underline">
              <span aria-hidden="true">{t(`short.${locale}`)}</span>
              <span className="sr-only">{t(`switchTo.${locale}`)}</span>
            </Link>
          )}
        </li>
      ))}
    </ul>
  );
}

export function LocaleSwitcher() {
  return (
    <Suspense>
      <Links />
    </Suspense>
  );
}
