import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/server-link";

// 403: signed in, but without the role the page needs.
export default async function Forbidden() {
  const t = await getTranslations("auth.forbidden");
  return (
    <section aria-labelledby="forbidden-title" className="space-y-4">
      <h1 id="forbidden-title" className="text-3xl font-bold">{t("title")}</h1>
      <p>{t("body")}</p>
      <Link href="/" className="text-atlas-700 underline">{t("home")}</Link>
    </section>
  );
}
