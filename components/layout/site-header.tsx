import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { LocaleSwitcher } from "./locale-switcher";
import { UserMenu } from "@/components/auth/user-menu";

export async function SiteHeader() {
  const t = await getTranslations("site");
  const tInsights = await getTranslations("insights.nav");
  const tCatalogue = await getTranslations("catalogue");
  return (
    <header className="border-b border-slate-200 bg-atlas-900 text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="text-xl font-bold tracking-tight">{t("name")}</Link>
        <nav aria-label={t("mainNavigation")} className="flex flex-wrap items-center gap-4">
          <Link href="/models" className="hover:underline">{tCatalogue("nav.models")}</Link>
          <Link href="/organisations" className="hover:underline">{tCatalogue("nav.organisations")}</Link>
          <Link href="/map" className="hover:underline">{tInsights("map")}</Link>
          <Link href="/languages" className="hover:underline">{tInsights("languages")}</Link>
          <Link href="/insights" className="hover:underline">{tInsights("insights")}</Link>
          <Link href="/methodology" className="hover:underline">{t("nav.methodology")}</Link>
          <UserMenu />
          <LocaleSwitcher />
        </nav>
      </div>
    </header>
  );
}
