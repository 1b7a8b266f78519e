import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <section aria-labelledby="not-found-title">
      <h1 id="not-found-title" className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-4">{t("body")}</p>
      <p className="mt-4">
        <Link href="/" className="text-atlas-700 underline">{t("home")}</Link>
      </p>
    </section>
  );
}
