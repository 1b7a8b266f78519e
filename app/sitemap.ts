import type { MetadataRoute } from "next";
import { headers } from "next/headers";
import { getPathname } from "@/lib/i18n/navigation";
import { LOCALES, routing } from "@/lib/i18n/routing";
import { publishedPages } from "@/lib/catalogue/publications";
import { siteOrigin } from "@/lib/server/site-origin";
import { PUBLIC_PAGES } from "@/lib/server/public-pages";

// Every public page in both languages, each URL with its hreflang alternates. Drafts and archived
// entries are never listed.
export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = siteOrigin(await headers());
  const { models, organisations } = await publishedPages();
  const url = (href: string, locale: string) => `${origin}${getPathname({ href, locale })}`;
  const entry = (href: string, lastModified?: Date): MetadataRoute.Sitemap => {
    const languages = Object.fromEntries([
      ...LOCALES.map((locale) => [locale, url(href, locale)]),
      ["x-default", url(href, routing.defaultLocale)],
    ]);
    return LOCALES.map((locale) => ({ url: url(href, locale), ...(lastModified ? { lastModified } : {}), alternates: { languages } }));
  };
  return [
    ...PUBLIC_PAGES.flatMap((href) => entry(href)),
    ...models.flatMap((model) => entry(`/models/${model.slug}`, model.updated)),
    ...organisations.flatMap((organisation) => entry(`/organisations/${organisation.slug}`, organisation.updated)),
  ];
}
