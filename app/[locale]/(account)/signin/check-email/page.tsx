import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Metadata } from "next";
import { Link } from "@/lib/i18n/server-link";
import { signInMethods } from "@/lib/auth/sign-in";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ email?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "auth.checkEmail" });
  return { title: t("title"), robots: { index: false } };
}

export default async function CheckEmailPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("auth.checkEmail");
  const email = typeof (await searchParams).email === "string" ? (await searchParams).email!.slice(0, 254) : "";
  return (
    <section aria-labelledby="check-title" className="max-w-2xl space-y-4">
      <h1 id="check-title" className="text-3xl font-bold">{t("title")}</h1>
      <p>{email ? t("body", { email }) : t("bodyNoAddress")}</p>
      {signInMethods().logDelivery && <p className="rounded bg-atlas-100 p-3">{t("logDelivery")}</p>}
      <p>{t("spam")}</p>
      <Link href="/signin" className="text-atlas-700 underline">{t("again")}</Link>
    </section>
  );
}
