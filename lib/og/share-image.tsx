// A page's social preview (its Open Graph image route): the locale checked, the entry found or a 404,
// the card drawn by ImageResponse with the shipped fonts. Each route says only what its card shows.
import type { ReactNode } from "react";
import { ImageResponse } from "next/og";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { routing, type Locale } from "@/lib/i18n/routing";
import { ogFonts } from "./fonts";
import { OG_SIZE, ShareCard } from "./share-card";

const OG_CONTENT_TYPE = "image/png";

export type ShareImageParams = { locale: string; slug: string };

/**
 * The route's image metadata. `generateImageMetadata` is called at build time too, so it reads no
 * data: the alt text is generic, one of the `insights.og` messages.
 */
export async function shareImageMetadata(params: ShareImageParams, altKey: "altModel" | "altOrganisation") {
  const locale = hasLocale(routing.locales, params.locale) ? params.locale : routing.defaultLocale;
  const t = await getTranslations({ locale, namespace: "insights.og" });
  return [{ id: "card", alt: t(altKey), size: OG_SIZE, contentType: OG_CONTENT_TYPE }];
}

export type ShareCardContent = { title: string; subtitle?: string; body: ReactNode };

/** The entry's card as a PNG, or a 404 for an unknown locale or entry. */
export async function shareImage<Entry>(
  params: Promise<ShareImageParams>,
  find: (slug: string) => Promise<Entry | null>,
  draw: (entry: Entry, locale: Locale) => Promise<ShareCardContent>,
): Promise<ImageResponse> {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const entry = await find(slug);
  if (!entry) notFound();
  const site = (await getTranslations({ locale, namespace: "site" }))("name");
  const { title, subtitle, body } = await draw(entry, locale);
  return new ImageResponse(
    (
      <ShareCard site={site} title={title} subtitle={subtitle}>
        {body}
      </ShareCard>
    ),
    { ...OG_SIZE, fonts: await ogFonts() },
  );
}
