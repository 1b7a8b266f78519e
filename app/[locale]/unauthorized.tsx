import { Suspense } from "react";
import { getTranslations } from "next-intl/server";
import { signInMethods } from "@/lib/auth/sign-in";
import { SignInHere } from "@/components/auth/sign-in-here";
import { ClientMessages } from "@/lib/i18n/client-messages";

// 401: the page needs a signed-in person; the sign-in form brings them back here.
export default async function Unauthorized() {
  const t = await getTranslations("auth");
  const methods = signInMethods();
  return (
    <section aria-labelledby="unauthorized-title" className="space-y-4">
      <h1 id="unauthorized-title" className="text-3xl font-bold">{t("unauthorized.title")}</h1>
      <p>{t("unauthorized.body")}</p>
      <ClientMessages paths={["auth"]}>
        <Suspense>
          <SignInHere email={methods.email} providers={methods.providers} />
        </Suspense>
      </ClientMessages>
    </section>
  );
}
