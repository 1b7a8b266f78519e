// Social cards (the Open Graph and Twitter images of the public pages): a model's, an
// organisation's, or the site's, drawn by ImageResponse with the shipped fonts, in the page's
// language. Served by app/card at /card/<locale>/<kind>/<slug>.png and /card/<locale>/site.png:
// outside the localised pages, so an English page's image needs no redirect (Next.js's
// opengraph-image convention named English images under /en/, which the locale routing redirected).
import type { ReactNode } from "react";
import { ImageResponse } from "next/og";
import { getTranslations } from "next-intl/server";
import { type Locale, isLocale } from "@/lib/i18n/routing";
import { SLUG_PATTERN } from "@/lib/badges/render";
import { ogFonts } from "./fonts";
import { OG_SIZE, ShareCard } from "./share-card";

/** A card changes when its entry does: browsers keep it ten minutes, shared caches an hour. */
export const CARD_CACHE_CONTROL = "public, max-age=600, s-maxage=3600, stale-while-revalidate=86400";

export type ShareCardContent = { title: string; subtitle?: string; body: ReactNode };

/** The card as a PNG, in `locale`'s words. */
export async function shareCardResponse(locale: Locale, content: ShareCardContent): Promise<Response> {
  const site = (await getTranslations({ locale, namespace: "site" }))("name");
  return new ImageResponse(
    (
      <ShareCard site={site} title={content.title} subtitle={content.subtitle}>
        {content.body}
      </ShareCard>
    ),
    { ...OG_SIZE, fonts: await ogFonts(), headers: { "cache-control": CARD_CACHE_CONTROL } },
  );
}

const notFound = () => new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "public, max-age=60" } });

/** The locale of a card's URL, or null for one the site does not speak. */
export function cardLocale(locale: string): Locale | null {
  return isLocale(locale) ? locale : null;
}

/** The slug of `<slug>.png`, or null when the file cannot name an entry. */
export function cardSlug(file: string): string | null {
  if (!file.endsWith(".png")) return null;
  const slug = file.slice(0, -".png".length);
  return SLUG_PATTERN.test(slug) ? slug : null;
}

/** A card for `locale` and whatever `draw` finds; 404 for an unknown locale or a missing entry. */
export async function cardResponse<Entry>(
  localeParam: string,
  find: () => Promise<Entry | null>,
  draw: (entry: Entry, locale: Locale) => Promise<ShareCardContent>,
): Promise<Response> {
  const locale = cardLocale(localeParam);
  if (!locale) return notFound();
  const entry = await find();
  if (entry === null) return notFound();
  return shareCardResponse(locale, await draw(entry, locale));
}
