import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/server-link";

export async function SiteFooter() {
  const t = await getTranslations("site");
  return (
    <footer className="border-t border-slate-200 bg-slate-50 text-sm text-slate-700">
      <div className="mx-auto flex max-w-6xl flex-wrap justify-between gap-4 px-4 py-6">
        <p>{t("footer.mission")}</p>
        <p>
          <Link href="/methodology" className="underline">{t("nav.methodology")}</Link>
          {" · "}
          <Link href="/api" className="underline">{t("footer.api")}</Link>
          {" · "}
          <Link href="/open-data" className="underline">{t("footer.licence")}</Link>
        </p>
      </div>
    </footer>
  );
}
