import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { publicPageMetadata } from "@/lib/seo/metadata";
import { redirect } from "@/lib/i18n/paths";
import { Link } from "@/lib/i18n/server-link";
import { modelQuerySchema, parseSearchParamsLeniently } from "@/lib/validation/catalogue";
import { modelsQueryString, needsFolding, toSearchParams } from "@/lib/validation/catalogue-url";
import { filterOptions, searchModels } from "@/lib/catalogue/search";
import { organisationNames } from "@/lib/catalogue/organisations";
import { currentAnswers } from "@/lib/catalogue/models";
import { ModelsBrowser } from "@/components/catalogue/models-browser";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "catalogue.models" });
  return publicPageMetadata({ locale, href: "/models", title: t("title"), description: t("intro") });
}

export default async function ModelsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const raw = toSearchParams(await searchParams);
  const { data: query, errors } = parseSearchParamsLeniently(modelQuerySchema, raw);
  // A plain form's `grade=A&grade=B&q=` becomes the shareable `grade=A,B`.
  if (Object.keys(errors).length === 0 && needsFolding(raw)) redirect({ href: `/models${modelsQueryString(query)}`, locale });
  const [result, options, names] = await Promise.all([searchModels(query, { page: query.page, collapseFamilies: true }), filterOptions(), organisationNames(query.org ?? [])]);
  const answers = query.view === "table" ? await currentAnswers(result.items.map((item) => item.id)) : undefined;
  const t = await getTranslations("catalogue.models");
  return (
    <>
      <h1 className="text-3xl font-bold text-atlas-900">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{t("intro")}</p>
      <p className="mt-1 mb-6 text-sm">
        <Link href="/open-data" className="text-atlas-700 underline">{t("openData")}</Link>
      </p>
      <ModelsBrowser query={query} errors={errors} result={result} options={options} organisationNames={names} answers={answers} />
    </>
  );
}
