import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { getPathname } from "@/lib/i18n/paths";
import type { SignInProvider, SignInText } from "./sign-in-form";

const ERRORS = ["invalidEmail", "default", "EmailSignin", "AccessDenied", "Configuration", "Verification"] as const;

/**
 * The sign-in form's words in the page's language, for the form to show as they are. Next.js puts
 * the 401 page, and so this form, into every page's flight data: with its words given here the
 * browser needs neither the "auth" messages nor next-intl's formatter for it (issue 17, point 9).
 * Only the rate limit's message counts minutes the browser learns: it is given raw and formatted
 * there, by a formatter loaded on that error alone.
 */
export async function signInText(providers: readonly SignInProvider[]): Promise<SignInText> {
  const t = await getTranslations("auth");
  const locale = await getLocale();
  return {
    locale,
    checkEmailPath: getPathname({ href: "/signin/check-email", locale }),
    email: t("signIn.email"),
    emailHint: t("signIn.emailHint"),
    submit: t("signIn.submit"),
    sending: t("signIn.sending"),
    or: t("signIn.or"),
    with: Object.fromEntries(providers.map((provider) => [provider.id, t("signIn.with", { provider: provider.name })])),
    emailUnavailable: t("signIn.emailUnavailable"),
    honeypot: t("signIn.honeypot"),
    errors: Object.fromEntries(ERRORS.map((code) => [code, t(`errors.${code}`)])) as SignInText["errors"],
    rateLimited: t.raw("errors.rateLimited") as string,
  };
}
