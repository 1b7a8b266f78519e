import type { ReactNode } from "react";
import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { isLocale } from "@/lib/i18n/routing";
import { siteOrigin } from "@/lib/server/site-origin";
import { feedAlternates } from "@/lib/seo/metadata";
import { asLocale } from "@/lib/seo/urls";
import { SiteHeader } from "@/components/layout/site-header";
import { SiteFooter } from "@/components/layout/site-footer";
import { ErrorTextProvider } from "@/components/layout/error-text";
import { AnswerMarkSymbols } from "@/components/openness/answer-mark";

// Every page reads the catalogue and carries a per-request CSP nonce: render on request.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "site" });
  // Public pages replace `alternates` with their own (canonical, hreflang, this feed): lib/seo/metadata.ts.
  return {
    title: { default: t("name"), template: `%s · ${t("name")}` },
    description: t("tagline"),
    // absolute URLs for Open Graph images and alternates (SITE_URL, else the request's origin)
    metadataBase: new URL(siteOrigin(await headers())),
    alternates: { types: await feedAlternates(asLocale(locale)) },
    // static files from public/ (each page's Open Graph and Twitter cards come from lib/seo/metadata)
    icons: { icon: { url: "/icon.svg", type: "image/svg+xml" }, apple: "/apple-touch-icon.png" },
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
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("site");
  const tError = await getTranslations("error");
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col bg-white font-sans text-slate-900">
        <a href="#main" className="skip-link">{t("skipToContent")}</a>
        <AnswerMarkSymbols />
        <SiteHeader />
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
          <ErrorTextProvider text={{ title: tError("title"), body: tError("body"), retry: tError("retry") }}>
            {children}
          </ErrorTextProvider>
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
