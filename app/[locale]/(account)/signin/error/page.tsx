import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Metadata } from "next";
import { Link } from "@/lib/i18n/server-link";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ error?: string }> };

const KNOWN = ["Verification", "AccessDenied", "OAuthAccountNotLinked", "EmailSignin", "Configuration"] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "auth.errors" });
  return { title: t("title"), robots: { index: false } };
}

// next-auth sends people here when a link is expired or used, or a provider refuses.
export default async function SignInErrorPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("auth.errors");
  const code = (await searchParams).error;
  const known = KNOWN.find((k) => k === code);
  return (
    <section aria-labelledby="signin-error-title" className="max-w-2xl space-y-4">
      <h1 id="signin-error-title" className="text-3xl font-bold">{t("title")}</h1>
      <p>{known ? t(known) : t("default")}</p>
      <Link href="/signin" className="text-atlas-700 underline">{t("back")}</Link>
    </section>
  );
}
