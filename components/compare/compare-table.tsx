import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/server-link";
import type { ModelDetail } from "@/lib/catalogue/models";
import { CRITERIA, isEuOfficialLanguage } from "@/lib/openness";
import { countryName, formatList, formatParameters, languageName } from "@/lib/i18n/display-names";
import { compareQueryString } from "@/lib/validation/catalogue-url";
import { GradeBadge } from "@/components/models/grade-badge";
import { G7LabelChip } from "@/components/openness/g7-label";
import { AnswerMark } from "@/components/openness/answer-mark";

type Row = { key: string; label: ReactNode; cells: { value: string; content: ReactNode }[] };

/** Two to four models side by side on every criterion; rows where they differ are highlighted. */
export async function CompareTable({ models }: { models: ModelDetail[] }) {
  const t = await getTranslations("catalogue");
  const tOpenness = await getTranslations("openness");
  const locale = await getLocale();
  const yes = t("compare.yes");
  const no = t("compare.no");
  const unknown = t("model.unknown");
  const text = (value: string) => ({ value, content: value });

  const rows: Row[] = [
    {
      key: "grade",
      label: t("compare.rows.grade"),
      cells: models.map((m) => ({ value: `${m.grade ?? "-"}${m.gradeComplete ? "" : "?"}`, content: <GradeBadge grade={m.grade} complete={m.gradeComplete} /> })),
    },
    { key: "score", label: t("compare.rows.score"), cells: models.map((m) => text(m.score === null ? "–" : `${Math.round(m.score)}/100`)) },
    ...CRITERIA.map((criterion) => ({
      key: criterion.key,
      label: (
        <>
          {tOpenness(`${criterion.messageKey}.name`)}
          {criterion.kind === "pillar" && <span className="block text-xs font-normal text-slate-600">{tOpenness("kinds.pillar.name")}</span>}
        </>
      ),
      cells: models.map((m) => {
        const answer = m.assessment?.answers[criterion.key].grade ?? "unknown";
        return {
          value: answer,
          content: (
            <span className="inline-flex items-center gap-2">
              <AnswerMark answer={answer} />
              {tOpenness(`answers.${answer}.label`)}
            </span>
          ),
        };
      }),
    })),
    {
      key: "g7",
      label: tOpenness("g7.title"),
      cells: models.map((m) => (m.assessment ? { value: m.assessment.g7.label, content: <G7LabelChip label={m.assessment.g7.label} complete={m.assessment.g7.complete} /> } : text(unknown))),
    },
    {
      key: "licence",
      label: t("compare.rows.licence"),
      cells: models.map((m) => {
        const weights = [...(m.facts.licences?.weights ?? []), ...m.inheritedLicences];
        return text(weights.length ? formatList(weights.map((licence) => licence.name), locale) : unknown);
      }),
    },
    {
      key: "commercial",
      label: t("compare.rows.commercial"),
      cells: models.map((m) => {
        const weights = [...(m.facts.licences?.weights ?? []), ...m.inheritedLicences];
        return text(weights.length ? (weights.some((licence) => licence.nonCommercial || licence.nonProduction) ? no : yes) : unknown);
      }),
    },
    { key: "organisations", label: t("compare.rows.organisations"), cells: models.map((m) => text(formatList(m.organisations.map((o) => o.organisation.name), locale))) },
    {
      key: "countries",
      label: t("compare.rows.countries"),
      cells: models.map((m) => text(formatList([...new Set(m.organisations.map((o) => countryName(o.organisation.country, locale)))], locale))),
    },
    { key: "modality", label: t("compare.rows.modality"), cells: models.map((m) => text(t(`modality.${m.modality}`))) },
    {
      key: "parameters",
      label: t("compare.rows.parameters"),
      cells: models.map((m) => text(m.parameterCount === null ? unknown : formatParameters(m.parameterCount, locale))),
    },
    { key: "release", label: t("compare.rows.release"), cells: models.map((m) => text(m.releaseYear ? String(m.releaseYear) : unknown)) },
    {
      key: "euLanguages",
      label: t("compare.rows.euLanguages"),
      cells: models.map((m) => text(String(m.languages.filter(isEuOfficialLanguage).length))),
    },
    {
      key: "languages",
      label: t("compare.rows.languages"),
      cells: models.map((m) => ({
        value: [...m.languages].sort().join(","),
        content: m.languages.length ? formatList(m.languages.map((code) => languageName(code, locale)), locale) : "–",
      })),
    },
  ];

  return (
    <div className="overflow-x-auto">
      <p className="mb-2 flex items-center gap-2 text-sm text-slate-700">
        <span aria-hidden="true" className="inline-block h-4 w-6 border-l-4 border-amber-500 bg-amber-50" />
        {t("compare.legend")}
      </p>
      <table className="min-w-full border-collapse text-left text-sm" data-testid="compare-table">
        <thead>
          <tr className="border-b-2 border-slate-300">
            <th scope="col" className="sticky left-0 bg-white p-2">{t("compare.criterion")}</th>
            {models.map((model) => (
              <th key={model.slug} scope="col" className="min-w-40 p-2 align-top">
                <Link href={`/models/${model.slug}`} className="text-base text-atlas-700 underline">{model.name}</Link>
                {models.length > 1 && (
                  <p className="mt-1 font-normal">
                    <Link
                      href={`/compare${compareQueryString(models.filter((other) => other.slug !== model.slug).map((other) => other.slug))}`}
                      className="text-xs text-slate-700 underline"
                      aria-label={t("compare.remove", { name: model.name })}
                    >
                      ×
                    </Link>
                  </p>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const differs = new Set(row.cells.map((cell) => cell.value)).size > 1;
            return (
              <tr key={row.key} className={`border-b border-slate-200 ${differs ? "bg-amber-50" : ""}`} data-differs={differs ? "true" : undefined} data-row={row.key}>
                <th scope="row" className={`sticky left-0 p-2 align-top font-medium ${differs ? "border-l-4 border-amber-500 bg-amber-50" : "bg-white"}`}>
                  {row.label}
                  {differs && <span className="ml-1 text-xs font-normal text-slate-800">({t("compare.differs")})</span>}
                </th>
                {row.cells.map((cell, index) => (
                  <td key={models[index]!.slug} className="p-2 align-top">{cell.content}</td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
