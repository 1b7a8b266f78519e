import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { publicPageMetadata } from "@/lib/seo/metadata";
import { redirect } from "@/lib/i18n/paths";
import { organisationQuerySchema, parseSearchParamsLeniently } from "@/lib/validation/catalogue";
import { needsFolding, organisationsQueryString, toSearchParams } from "@/lib/validation/catalogue-url";
import { searchOrganisations } from "@/lib/catalogue/organisations";
import { filterOptions } from "@/lib/catalogue/search";
import { OrganisationsBrowser } from "@/components/organisations/organisations-browser";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "catalogue.organisations" });
  return publicPageMetadata({ locale, href: "/organisations", title: t("title"), description: t("intro") });
}

export default async function OrganisationsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const raw = toSearchParams(await searchParams);
  const { data: query, errors } = parseSearchParamsLeniently(organisationQuerySchema, raw);
  if (Object.keys(errors).length === 0 && needsFolding(raw)) redirect({ href: `/organisations${organisationsQueryString(query)}`, locale });
  const [result, options] = await Promise.all([searchOrganisations(query), filterOptions()]);
  const t = await getTranslations("catalogue.organisations");
  return (
    <>
      <h1 className="text-3xl font-bold text-atlas-900">{t("title")}</h1>
      <p className="mt-2 mb-6 max-w-3xl text-slate-700">{t("intro")}</p>
      <OrganisationsBrowser query={query} errors={errors} result={result} countries={options.countries} />
    </>
  );
}
