import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { publicPageMetadata } from "@/lib/seo/metadata";
import type { Locale } from "@/lib/i18n/routing";
import { insightRows } from "@/lib/catalogue/insights";
import { languageMatrix } from "@/lib/insights/figures";
import { displayNames } from "@/lib/insights/names";
import { LanguageMatrix } from "@/components/insights/language-matrix";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "insights.languages" });
  return publicPageMetadata({ locale, href: "/languages", title: t("metaTitle"), description: t("intro") });
}

export default async function LanguagesPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("insights");
  const names = displayNames(locale, t.raw("names"));
  const { models } = await insightRows();
  const matrix = languageMatrix(models);
  const euWithoutTrulyOpen = matrix.rows.filter((row) => row.group === "eu-official" && row.byGrade.A === 0).length;
  const withoutOpen = matrix.rows.filter((row) => row.bestOpen === null).length;
  const others = matrix.others.map((other) => `${names.language(other.code)} (${other.models})`);

  return (
    <>
      <header className="mb-6">
        <h1 className="text-3xl font-bold text-atlas-900">{t("languages.title")}</h1>
        <p className="mt-3 max-w-3xl text-lg text-slate-700">{t("languages.intro")}</p>
        <p className="mt-3 max-w-3xl text-slate-700">{t("languages.definitions")}</p>
        <p className="mt-3 max-w-3xl font-semibold" data-testid="language-summary">
          {t("languages.summary", { euWithoutTrulyOpen, withoutOpen, total: matrix.rows.length })}
        </p>
      </header>
      <LanguageMatrix matrix={matrix} locale={locale} names={names} />
      {others.length > 0 && (
        <p className="mt-4 text-sm text-slate-700" data-testid="language-others">{t("languages.others", { languages: new Intl.ListFormat(locale).format(others) })}</p>
      )}
    </>
  );
}
