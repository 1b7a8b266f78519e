import type { ReactNode } from "react";
import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { routing } from "@/lib/i18n/routing";
import { ClientMessages, PUBLIC_CLIENT_MESSAGES } from "@/lib/i18n/client-messages";
import { siteOrigin } from "@/lib/server/site-origin";
import { SOCIAL_CARD } from "@/lib/og/static-images";
import { SiteHeader } from "@/components/layout/site-header";
import { SiteFooter } from "@/components/layout/site-footer";

// Every page reads the catalogue and carries a per-request CSP nonce: render on request.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "site" });
  const tFeed = await getTranslations({ locale, namespace: "insights.feed" });
  return {
    title: { default: t("name"), template: `%s · ${t("name")}` },
    description: t("tagline"),
    // absolute URLs for Open Graph images and alternates (SITE_URL, else the request's origin)
    metadataBase: new URL(siteOrigin(await headers())),
    alternates: {
      types: { "application/atom+xml": [{ url: locale === "en" ? "/feed.xml" : `/feed.xml?locale=${locale}`, title: tFeed("title") }] },
    },
    // static files from public/: a model's or an organisation's page draws its own card instead
    icons: { icon: { url: "/icon.svg", type: "image/svg+xml" }, apple: "/apple-touch-icon.png" },
    openGraph: {
      siteName: t("name"),
      type: "website",
      locale,
      images: [{ url: SOCIAL_CARD.url(locale), width: SOCIAL_CARD.width, height: SOCIAL_CARD.height, alt: t("tagline") }],
    },
    twitter: { card: "summary_large_image" },
  };
}

export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("site");
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col bg-white font-sans text-slate-900">
        <a href="#main" className="skip-link">{t("skipToContent")}</a>
        <ClientMessages paths={PUBLIC_CLIENT_MESSAGES}>
          <SiteHeader />
          <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
            {children}
          </main>
          <SiteFooter />
        </ClientMessages>
      </body>
    </html>
  );
}
