import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { publicPageMetadata } from "@/lib/seo/metadata";
import { redirect } from "@/lib/i18n/paths";
import { Link } from "@/lib/i18n/server-link";
import { MAX_COMPARED, MIN_COMPARED, compareQuerySchema, parseSearchParams } from "@/lib/validation/catalogue";
import { compareQueryString, needsFolding, toSearchParams } from "@/lib/validation/catalogue-url";
import { modelsBySlugs } from "@/lib/catalogue/models";
import { CompareTable } from "@/components/compare/compare-table";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "catalogue.compare" });
  return publicPageMetadata({ locale, href: "/compare", title: t("title"), description: t("intro") });
}

export default async function ComparePage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("catalogue.compare");
  const raw = toSearchParams(await searchParams);
  const parsed = parseSearchParams(compareQuerySchema, raw);
  if (parsed.success && needsFolding(raw)) redirect({ href: `/compare${compareQueryString(parsed.data.models)}`, locale });

  const asked = [...new Set(raw.getAll("models").flatMap((value) => value.split(",")).map((s) => s.trim()).filter(Boolean))];
  const models = parsed.success ? await modelsBySlugs(parsed.data.models) : [];
  const missing = parsed.success ? parsed.data.models.filter((slug) => !models.some((model) => model.slug === slug)) : [];
  const tooMany = asked.length > MAX_COMPARED;
  const invalid = !parsed.success && asked.length >= MIN_COMPARED && !tooMany;

  return (
    <>
      <h1 className="text-3xl font-bold text-atlas-900">{t("title")}</h1>
      <p className="mt-2 mb-6 max-w-3xl text-slate-700">{t("intro")}</p>
      {(tooMany || invalid || missing.length > 0) && (
        <div role="alert" className="mb-4 rounded border border-amber-400 bg-amber-50 p-3" data-testid="compare-problem">
          {tooMany && <p>{t("tooMany")}</p>}
          {invalid && <p>{t("needMore")}</p>}
          {missing.length > 0 && <p>{t("unknownModels", { count: missing.length, slugs: missing.join(", ") })}</p>}
        </div>
      )}
      {models.length >= MIN_COMPARED ? (
        <CompareTable models={models} />
      ) : (
        <div className="rounded border border-slate-300 bg-slate-50 p-4" data-testid="compare-help">
          {asked.length < MIN_COMPARED && <p>{t("needMore")}</p>}
          <p>{t("pickHelp")}</p>
        </div>
      )}
      <p className="mt-6">
        <Link href="/models" className="text-atlas-700 underline">{t("add")}</Link>
      </p>
    </>
  );
}
