import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { publicPageMetadata } from "@/lib/seo/metadata";
import { catalogueFigures } from "@/lib/catalogue/models";
import { latestModels } from "@/lib/catalogue/search";
import { HomeFigures, HomeSearch, HomeShortcuts } from "@/components/catalogue/home";
import { ModelList } from "@/components/models/model-list";
import { Link } from "@/lib/i18n/server-link";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  return publicPageMetadata({ locale, href: "/" });
}

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations();
  const [figures, latest] = await Promise.all([catalogueFigures(), latestModels(6)]);
  return (
    <>
      <section aria-labelledby="home-title" className="mb-8">
        <h1 id="home-title" className="text-3xl font-bold text-atlas-900">{t("home.title")}</h1>
        <p className="mt-3 max-w-3xl text-lg text-slate-700">{t("home.intro")}</p>
        <HomeSearch />
      </section>
      <HomeFigures figures={figures} />
      <HomeShortcuts />
      <section aria-labelledby="latest-title" className="mt-10">
        <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="latest-title" className="text-2xl font-semibold">{t("catalogue.home.latestTitle")}</h2>
          <Link href="/models" className="text-atlas-700 underline">{t("catalogue.home.browseAll")}</Link>
        </div>
        <ModelList models={latest} />
      </section>
    </>
  );
}
