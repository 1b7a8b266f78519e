import "server-only";
// What every public page tells search engines and link previews: its canonical URL, the same page
// in each language and x-default (hreflang), Open Graph and Twitter card tags, all absolute on the
// public origin, and its feed. Next.js merges metadata shallowly (a page's `alternates` or
// `openGraph` replaces the layout's whole), so each page's come whole from here.
import type { Metadata } from "next";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { LOCALES, type Locale } from "../i18n/routing";
import { OG_SIZE } from "../og/share-card";
import { siteOrigin } from "../server/site-origin";
import { alternateUrls, asLocale, cardPath, feedPath } from "./urls";
import { ogLocale } from "./og-locale";
import { summary } from "./text";

/** The links every page's <head> has: its language's feed. */
export async function feedAlternates(locale: Locale): Promise<NonNullable<Metadata["alternates"]>["types"]> {
  const t = await getTranslations({ locale, namespace: "insights.feed" });
  return { "application/atom+xml": [{ url: feedPath(locale), title: t("title") }] };
}

export type PublicPage = {
  locale: string;
  /** the page's path in the default language, without its query: the canonical URL drops filters and pages */
  href: string;
  /** the page's own title; the site's name alone when absent (the home page) */
  title?: string;
  description?: string;
  /** the entry whose card illustrates the page; the site's card otherwise */
  card?: { kind: "models" | "organisations"; slug: string; alt: string };
};

export async function publicPageMetadata(page: PublicPage): Promise<Metadata> {
  const locale = asLocale(page.locale);
  const origin = siteOrigin(await headers());
  const t = await getTranslations({ locale, namespace: "site" });
  const tOg = await getTranslations({ locale, namespace: "insights.og" });
  const siteName = t("name");
  const title = page.title ?? siteName;
  const description = page.description || t("tagline");
  const urls = alternateUrls(origin, page.href);
  const image = {
    url: `${origin}${cardPath(locale, page.card)}`,
    alt: page.card?.alt ?? tOg("altSite"),
  };
  return {
    title: page.title ?? { absolute: siteName },
    description,
    alternates: { canonical: urls[locale], languages: urls, types: await feedAlternates(locale) },
    openGraph: {
      type: "website",
      url: urls[locale],
      siteName,
      locale: ogLocale(locale),
      alternateLocale: LOCALES.filter((other) => other !== locale).map((other) => ogLocale(other)),
      title,
      description,
      images: [{ ...image, ...OG_SIZE, type: "image/png" }],
    },
    twitter: { card: "summary_large_image", title, description, images: [image] },
  };
}

/** A model's or an organisation's page: its name, its description cut at a word, and its own card. */
export async function entryPageMetadata(locale: string, kind: "models" | "organisations", entry: { slug: string; name: string; description: string }): Promise<Metadata> {
  const t = await getTranslations({ locale: asLocale(locale), namespace: "insights.og" });
  return publicPageMetadata({
    locale,
    href: `/${kind}/${entry.slug}`,
    title: entry.name,
    description: summary(entry.description),
    card: { kind, slug: entry.slug, alt: t(kind === "models" ? "altModel" : "altOrganisation") },
  });
}
