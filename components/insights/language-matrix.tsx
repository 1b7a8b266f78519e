import { getTranslations } from "next-intl/server";
import { getPathname } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import type { LanguageGroup, LanguageMatrix as Matrix, LanguageRow } from "@/lib/insights/figures";
import { capitalised, type DisplayNames } from "@/lib/insights/names";
import { GRADE_DISPLAY, GRADES, type Grade } from "@/lib/openness";
import { TableFrame } from "./figure-table";

const GROUPS: readonly LanguageGroup[] = ["eu-official", "national", "regional-minority"];

type Props = { matrix: Matrix; locale: Locale; names: DisplayNames };

// Languages against grades. Every number is a link to the catalogue filtered to that language (and
// grade); a language no open model serves is highlighted, and says so in words.
export async function LanguageMatrix({ matrix, locale, names }: Props) {
  const t = await getTranslations("insights.languages");
  const tGrades = await getTranslations("openness.grades");
  const languageName = (code: string) => capitalised(names.language(code), locale);
  const modelsHref = (code: string, grade?: Grade) =>
    getPathname({ href: { pathname: "/models", query: grade ? { lang: code, grade } : { lang: code } }, locale });
  const columns = 3 + GRADES.length;

  const row = (language: LanguageRow) => {
    const name = languageName(language.code);
    const gap = language.bestOpen === null;
    return (
      <tr key={language.code} data-language={language.code} data-gap={gap || undefined} className={`border-b border-slate-200 ${gap ? "bg-amber-50" : ""}`}>
        <th scope="row" className="px-2 py-1 text-left font-normal">
          <span>{name}</span> <span className="text-xs text-slate-600">{language.code}</span>
        </th>
        <td className="px-2 py-1 text-right tabular-nums">
          {language.models > 0 ? (
            <a href={modelsHref(language.code)} className="font-semibold text-atlas-700 underline" aria-label={t("totalLink", { count: language.models, language: name })}>
              {language.models}
            </a>
          ) : (
            0
          )}
        </td>
        {GRADES.map((grade) => (
          <td key={grade} className="px-2 py-1 text-right tabular-nums">
            {language.byGrade[grade] > 0 ? (
              <a
                href={modelsHref(language.code, grade)}
                className="text-atlas-700 underline"
                aria-label={t("cellLink", { count: language.byGrade[grade], grade, language: name })}
              >
                {language.byGrade[grade]}
              </a>
            ) : (
              <span className="text-slate-600">0</span>
            )}
          </td>
        ))}
        <td className="px-2 py-1">
          {language.bestOpen ? (
            <>
              <a href={getPathname({ href: `/models/${language.bestOpen.slug}`, locale })} className="text-atlas-700 underline">
                {language.bestOpen.name}
              </a>{" "}
              <span className="text-xs text-slate-700">
                ({t("bestScore", { grade: language.bestOpen.grade, score: Math.round(language.bestOpen.score ?? 0) })})
              </span>
            </>
          ) : (
            <strong className="font-semibold text-amber-900">{t("gap")}</strong>
          )}
        </td>
      </tr>
    );
  };

  return (
    <TableFrame
      testId="language-matrix"
      caption={t("caption")}
      head={
        <>
          <th scope="col" className="px-2 py-1 text-left">{t("columns.language")}</th>
          <th scope="col" className="px-2 py-1 text-right">{t("columns.models")}</th>
          {GRADES.map((grade) => (
            <th key={grade} scope="col" className="px-2 py-1 text-right">
              <span
                className="inline-block rounded px-1.5 font-bold"
                style={{ backgroundColor: GRADE_DISPLAY[grade].colour, color: GRADE_DISPLAY[grade].textColour }}
              >
                {grade}
              </span>
              <span className="sr-only"> {tGrades(`${grade}.label`)}</span>
            </th>
          ))}
          <th scope="col" className="px-2 py-1 text-left">{t("columns.best")}</th>
        </>
      }
    >
      {GROUPS.map((group) => (
        <tbody key={group}>
          <tr className="bg-slate-100">
            <th scope="rowgroup" colSpan={columns} className="px-2 py-1 text-left text-base font-semibold">
              {t(`groups.${group}`)}
            </th>
          </tr>
          {matrix.rows.filter((language) => language.group === group).map(row)}
        </tbody>
      ))}
    </TableFrame>
  );
}
