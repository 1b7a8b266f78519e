import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { publicPageMetadata } from "@/lib/seo/metadata";
import type { Locale } from "@/lib/i18n/routing";
import { Link } from "@/lib/i18n/server-link";
import { insightRows } from "@/lib/catalogue/insights";
import { biodiversityByCountry, europeBiodiversity, g7Distribution, gradeDistribution, pillarFrequency, releaseTrend } from "@/lib/insights/figures";
import { displayNames } from "@/lib/insights/names";
import {
  CountryBiodiversityTable,
  EuropeBiodiversity,
  G7Section,
  GradeSection,
  HeadlineFigures,
  PillarSection,
  TrendSection,
} from "@/components/insights/insight-sections";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "insights.insights" });
  return publicPageMetadata({ locale, href: "/insights", title: t("metaTitle"), description: t("intro") });
}

export default async function InsightsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("insights");
  const tMethod = await getTranslations("openness.biodiversity");
  const names = displayNames(locale, t.raw("names"));
  const { models } = await insightRows();
  const europe = europeBiodiversity(models);

  return (
    <>
      <header className="mb-6">
        <h1 className="text-3xl font-bold text-atlas-900">{t("insights.title")}</h1>
        <p className="mt-3 max-w-3xl text-lg text-slate-700">{t("insights.intro")}</p>
      </header>
      <HeadlineFigures europe={europe} locale={locale} />
      <EuropeBiodiversity europe={europe} locale={locale} />
      <CountryBiodiversityTable rows={biodiversityByCountry(models)} locale={locale} names={names} />
      <GradeSection distribution={gradeDistribution(models)} locale={locale} />
      <G7Section distribution={g7Distribution(models)} locale={locale} />
      <PillarSection frequency={pillarFrequency(models)} locale={locale} />
      <TrendSection trend={releaseTrend(models)} locale={locale} />
      <section aria-labelledby="method-title" className="mt-10 max-w-3xl rounded border border-slate-200 bg-slate-50 p-4 text-sm">
        <h2 id="method-title" className="text-lg font-semibold">{t("insights.methodLink")}</h2>
        {(["explanation", "effectiveNumber", "jointModels", "smeShare", "smeUnknown", "emptySet"] as const).map((key) => (
          <p key={key} className="mt-2">{tMethod(key)}</p>
        ))}
        <p className="mt-2">
          <Link href="/methodology" className="text-atlas-700 underline">{t("insights.methodLink")}</Link>
        </p>
      </section>
    </>
  );
}
