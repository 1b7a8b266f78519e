import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { publicPageMetadata } from "@/lib/seo/metadata";
import type { Locale } from "@/lib/i18n/routing";
import { getPathname } from "@/lib/i18n/paths";
import { insightRows } from "@/lib/catalogue/insights";
import { countryFigures, MAP_MEASURES } from "@/lib/insights/figures";
import { displayNames } from "@/lib/insights/names";
import { firstValues, mapQuerySchema } from "@/lib/validation/insights";
import { EuropeMap } from "@/components/insights/europe-map";
import { CountryTable } from "@/components/insights/country-table";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "insights.map" });
  return publicPageMetadata({ locale, href: "/map", title: t("metaTitle"), description: t("intro") });
}

export default async function MapPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { measure, sort, order } = mapQuerySchema.parse(firstValues(await searchParams));
  const t = await getTranslations("insights");
  const names = displayNames(locale, t.raw("names"));
  const { models, organisations } = await insightRows();
  const figures = countryFigures(models, organisations);

  return (
    <>
      <header className="mb-6">
        <h1 className="text-3xl font-bold text-atlas-900">{t("map.title")}</h1>
        <p className="mt-3 max-w-3xl text-lg text-slate-700">{t("map.intro")}</p>
      </header>
      <nav aria-labelledby="measure-label" className="mb-4">
        <p id="measure-label" className="font-semibold">{t("map.measureLabel")}</p>
        <ul className="mt-2 flex flex-wrap gap-2">
          {MAP_MEASURES.map((option) => (
            <li key={option}>
              <a
                href={getPathname({ href: { pathname: "/map", query: { measure: option } }, locale })}
                aria-current={option === measure ? "page" : undefined}
                className={`inline-block rounded border px-3 py-1 ${
                  option === measure ? "border-atlas-900 bg-atlas-900 text-white" : "border-slate-400 text-atlas-700 underline"
                }`}
              >
                {t(`measures.${option}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <EuropeMap measure={measure} figures={figures} locale={locale} names={names} />
      <CountryTable figures={figures} measure={measure} sort={sort} order={order} locale={locale} names={names} />
    </>
  );
}
