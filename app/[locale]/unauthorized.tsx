import { getTranslations } from "next-intl/server";
import { signInMethods } from "@/lib/auth/sign-in";
import { SignInHere } from "@/components/auth/sign-in-here";
import { signInText } from "@/components/auth/sign-in-text";

// 401: the page needs a signed-in person; the sign-in form brings them back here. Next.js renders
// this page into every page's flight data (in case a page answers 401), so what it sends the browser
// is kept small: the form's words as text, no message catalogue (components/auth/sign-in-text.ts).
export default async function Unauthorized() {
  const t = await getTranslations("auth");
  const methods = signInMethods();
  return (
    <section aria-labelledby="unauthorized-title" className="space-y-4">
      <h1 id="unauthorized-title" className="text-3xl font-bold">{t("unauthorized.title")}</h1>
      <p>{t("unauthorized.body")}</p>
      <SignInHere email={methods.email} providers={methods.providers} text={await signInText(methods.providers)} />
    </section>
  );
}
