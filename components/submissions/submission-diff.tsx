import { getLocale, getTranslations } from "next-intl/server";
import type { DiffRow, DiffValue } from "@/lib/submissions/diff";
import { isHttpUrl } from "@/lib/validation/fields";
import { countryName, languageName } from "@/lib/i18n/display-names";
import { AnswerMark } from "@/components/openness/answer-mark";
import { taskLabel } from "@/components/catalogue/filter-chips";

/** A line of text; a web address becomes a link only when it is http(s), and never follows the opener. */
function Line({ line }: { line: string }) {
  return isHttpUrl(line) ? (
    <a href={line} rel="nofollow noopener noreferrer ugc" target="_blank" className="break-all text-atlas-700 underline">{line}</a>
  ) : (
    <bdi>{line}</bdi>
  );
}

/** A value in words: names for codes (with the code, which the form takes), labels for answers. */
async function Value({ value }: { value: DiffValue }) {
  const t = await getTranslations();
  const locale = await getLocale();
  if (!value) return <span className="text-slate-500">{t("account.diff.empty")}</span>;
  if ("key" in value) return <>{t.has(`submit.${value.key}`) ? t(`submit.${value.key}` as "submit.choose") : value.key}</>;
  if ("country" in value) return <>{countryName(value.country, locale)} <span className="text-slate-600">({value.country})</span></>;
  if ("languages" in value || "tasks" in value) {
    const tCatalogue = await getTranslations("catalogue");
    const items = "languages" in value
      ? value.languages.map((code) => ({ code, name: languageName(code, locale) }))
      : value.tasks.map((code) => ({ code, name: taskLabel(tCatalogue, code) }));
    return (
      <ul>
        {items.map((item) => (
          <li key={item.code}>
            {item.name}
            {item.name !== item.code && <span className="text-slate-600"> ({item.code})</span>}
          </li>
        ))}
      </ul>
    );
  }
  if ("answer" in value) {
    return (
      <span className="block break-words [unicode-bidi:isolate]" data-answer={value.answer}>
        <span className="flex items-center gap-1.5 font-medium">
          <AnswerMark answer={value.answer} />
          {t(`openness.answers.${value.answer}.label`)}
        </span>
        {value.evidenceUrl && <span className="block"><Line line={value.evidenceUrl} /></span>}
        {value.note && <span className="block whitespace-pre-line"><bdi>{value.note}</bdi></span>}
      </span>
    );
  }
  return (
    <span className="whitespace-pre-line break-words [unicode-bidi:isolate]">
      {value.text.split("\n").map((line, i) => (
        <span key={i} className="block">
          <Line line={line} />
        </span>
      ))}
    </span>
  );
}

export async function SubmissionDiff({ rows, compare, caption }: { rows: DiffRow[]; compare: boolean; caption: string }) {
  const t = await getTranslations();
  const label = (row: DiffRow) => {
    if (row.label.key.startsWith("criteria.")) return t(`openness.${row.label.key}.name` as "openness.criteria.use.name");
    const component = row.label.values?.component;
    if (component) return t("submit.fields.licenceFor", { component: t(`submit.components.${component}` as "submit.components.code") });
    const prefix = row.path.startsWith("organisations.new.") ? `${t("submit.sections.newOrganisation")} · ` : "";
    return prefix + (t.has(`submit.${row.label.key}`) ? t(`submit.${row.label.key}` as "submit.choose") : row.label.key);
  };
  return (
    <table className="w-full border-collapse text-left text-sm" data-testid="submission-diff">
      <caption className="mb-2 text-left font-semibold">{caption}{compare ? ` ${t("account.diff.onlyChanged")}` : ""}</caption>
      <thead>
        <tr className="border-b border-slate-400">
          <th scope="col" className="w-1/5 py-2 pr-2">{t("account.diff.field")}</th>
          {compare && <th scope="col" className="py-2 pr-2">{t("account.diff.before")}</th>}
          <th scope="col" className="py-2">{t("account.diff.after")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.path} data-path={row.path} data-changed={compare && row.changed ? "true" : undefined} className={`border-b border-slate-200 align-top ${compare && row.changed ? "bg-amber-50" : ""}`}>
            <th scope="row" className="py-2 pr-2 font-medium">
              {label(row)}
              {compare && row.changed && <span className="ml-1 text-xs font-normal text-amber-900">({t("account.diff.changed")})</span>}
            </th>
            {compare && <td className="py-2 pr-2"><Value value={row.before} /></td>}
            <td className="py-2"><Value value={row.after} /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
