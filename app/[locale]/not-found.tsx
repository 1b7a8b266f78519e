import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/server-link";
import { HomeSearch } from "@/components/catalogue/home";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  const site = await getTranslations("site");
  return (
    <section aria-labelledby="not-found-title">
      {/* the tab and the history say what happened: a nested not-found file has no metadata of its
          own in Next.js, so React sets this title (Next.js renders the 404 page in the browser) */}
      <title>{`${t("title")} · ${site("name")}`}</title>
      <h1 id="not-found-title" className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-4 max-w-3xl">{t("body")}</p>
      <p className="mt-6 font-semibold">{t("search")}</p>
      <HomeSearch />
      <ul className="mt-6 flex flex-wrap gap-x-6 gap-y-2">
        <li><Link href="/" className="text-atlas-700 underline">{t("home")}</Link></li>
        <li><Link href="/models" className="text-atlas-700 underline">{t("models")}</Link></li>
      </ul>
    </section>
  );
}
