import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Metadata } from "next";
import { Link } from "@/lib/i18n/server-link";
import { currentActor } from "@/lib/auth/session";
import { safeCallbackUrl, signInMethods } from "@/lib/auth/sign-in";
import { SignInForm } from "@/components/auth/sign-in-form";
import { signInText } from "@/components/auth/sign-in-text";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "auth.signIn" });
  return { title: t("title"), robots: { index: false } };
}

export default async function SignInPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("auth.signIn");
  // /account sends each person where they work: maintainers to the queue, others to their submissions
  const home = locale === "en" ? "/account" : `/${locale}/account`;
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl, home);
  const actor = await currentActor();
  const methods = signInMethods();
  return (
    <section aria-labelledby="signin-title" className="space-y-4">
      <h1 id="signin-title" className="text-3xl font-bold">{t("title")}</h1>
      {actor ? (
        <p>
          {t("alreadySignedIn", { name: actor.email ?? actor.name ?? "" })}{" "}
          <Link href="/account" className="text-atlas-700 underline">{t("continue")}</Link>
        </p>
      ) : (
        <>
          <p className="max-w-2xl">{t("intro")}</p>
          {!methods.email && methods.providers.length === 0 ? (
            <p>{t("noMethod")}</p>
          ) : (
            <SignInForm callbackUrl={callbackUrl} email={methods.email} providers={methods.providers} text={await signInText(methods.providers)} />
          )}
          <noscript><p>{t("needsJavaScript")}</p></noscript>
        </>
      )}
    </section>
  );
}
