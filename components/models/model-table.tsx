import { getLocale, getTranslations } from "next-intl/server";
import { formatList } from "@/lib/i18n/display-names";
import { Link } from "@/lib/i18n/server-link";
import { modelsQueryString } from "@/lib/validation/catalogue-url";
import type { ModelListItem } from "@/lib/catalogue/search";
import type { AnswerRow } from "@/lib/catalogue/models";
import { CRITERIA, CRITERION_KINDS, GRADE_DISPLAY, isGrade } from "@/lib/openness";
import { AnswerMark } from "@/components/openness/answer-mark";
import { AnswerLegend } from "@/components/openness/answer-legend";
import { CompareTick } from "./compare-tick";

/**
 * Models against every criterion of the methodology, one mark a cell: the overview a reader scans.
 * The header row and the models' names stay in view while the table scrolls (it scrolls inside its
 * own frame, so both stick); every cell links to its evidence, or to the model's scorecard row when
 * no evidence is linked. With `compareForm`, each model has the list's "compare" tick box.
 */
export async function ModelTable({
  models,
  answers,
  compareForm,
  collapsed = false,
}: {
  models: ModelListItem[];
  answers: ReadonlyMap<string, AnswerRow>;
  compareForm?: string;
  /** each family shown once (an unfiltered /models), as in the list: link to the other members */
  collapsed?: boolean;
}) {
  const t = await getTranslations("catalogue");
  const tOpenness = await getTranslations("openness");
  const locale = await getLocale();
  if (models.length === 0) return null;
  const head = "border-b border-slate-300 bg-white p-2 text-left align-bottom font-semibold";
  return (
    <div>
      <AnswerLegend note={t("table.caption")} />
      <div
        role="region"
        aria-labelledby="model-table-caption"
        tabIndex={0}
        className="relative mt-2 max-h-[75vh] w-fit max-w-full overflow-auto rounded border border-slate-300"
        data-testid="model-table-frame"
      >
        <table className="border-separate border-spacing-0 text-sm" data-testid="model-table">
          <caption id="model-table-caption" className="sr-only">{t("table.region")}</caption>
          <thead className="sticky top-0 z-20">
            <tr>
              <td className="sticky left-0 z-30 bg-white" />
              <td className="bg-white" />
              {CRITERION_KINDS.map((kind) => (
                <th
                  key={kind}
                  scope="colgroup"
                  colSpan={CRITERIA.filter((criterion) => criterion.kind === kind).length}
                  className="border-b border-l border-slate-300 bg-slate-50 px-2 py-1 text-center text-xs font-semibold text-slate-800"
                >
                  {tOpenness(`kinds.${kind}.name`)}
                </th>
              ))}
            </tr>
            <tr>
              <th scope="col" className={`${head} sticky left-0 z-30`}>{t("table.model")}</th>
              <th scope="col" className={head}>{t("table.grade")}</th>
              {CRITERIA.map((criterion, index) => (
                <th
                  key={criterion.key}
                  scope="col"
                  className={`${head} px-1 text-xs font-medium ${index === 0 || criterion.kind !== CRITERIA[index - 1]!.kind ? "border-l" : ""}`}
                >
                  <span className="mx-auto block max-h-44 rotate-180 text-left [writing-mode:vertical-rl]">
                    {tOpenness(`${criterion.messageKey}.name`)}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {models.map((model) => {
              const row = answers.get(model.id) ?? {};
              return (
                <tr key={model.id} className="group" data-testid="model-row" data-slug={model.slug}>
                  <th scope="row" className="sticky left-0 z-10 w-36 max-w-36 border-b sm:w-52 sm:max-w-52 border-slate-200 bg-white p-2 text-left align-top font-normal group-hover:bg-slate-50">
                    <span className="flex items-start gap-2">
                      {compareForm && <CompareTick form={compareForm} slug={model.slug} name={model.name} className="mt-0.5" />}
                      <span className="min-w-0">
                        <Link href={`/models/${model.slug}`} className="font-semibold break-words text-atlas-700 underline">{model.name}</Link>
                        {model.organisations.length > 0 && (
                          <span className="block truncate text-xs text-slate-700">{formatList(model.organisations.map((o) => o.name), locale)}</span>
                        )}
                        {collapsed && model.family && model.family.size > 1 && (
                          <Link
                            href={`/models${modelsQueryString({ family: model.family.slug, scope: model.scope === "reference" ? "all" : undefined, view: "table" })}`}
                            className="block text-xs text-atlas-700 underline"
                            data-testid="family-link"
                          >
                            {t("models.item.family", { count: model.family.size - 1, family: model.family.name })}
                          </Link>
                        )}
                      </span>
                    </span>
                  </th>
                  <td className="border-b border-slate-200 p-2 align-top whitespace-nowrap group-hover:bg-slate-50">
                    {isGrade(model.grade) ? (
                      <span className="inline-flex items-center gap-1.5">
                        <span
                          className="inline-block rounded px-1.5 font-bold"
                          style={{ background: GRADE_DISPLAY[model.grade].colour, color: GRADE_DISPLAY[model.grade].textColour }}
                          title={tOpenness(GRADE_DISPLAY[model.grade].labelKey)}
                        >
                          {model.grade}
                          <span className="sr-only"> · {tOpenness(GRADE_DISPLAY[model.grade].labelKey)}</span>
                        </span>
                        {model.score !== null && <span className="tabular-nums text-slate-800">{Math.round(model.score)}</span>}
                      </span>
                    ) : (
                      <span className="text-xs text-slate-700">{t("table.notAssessed")}</span>
                    )}
                  </td>
                  {CRITERIA.map((criterion, index) => {
                    const cell = row[criterion.key];
                    const answer = cell?.grade ?? "unknown";
                    const name = tOpenness(`${criterion.messageKey}.name`);
                    const label = t(cell?.evidenceUrl ? "table.evidence" : "table.noEvidence", { criterion: name, answer: tOpenness(`answers.${answer}.label`) });
                    const mark = <AnswerMark answer={answer} className="h-5 w-5" />;
                    const link = "inline-flex rounded p-1 hover:bg-atlas-100";
                    return (
                      <td
                        key={criterion.key}
                        className={`border-b border-slate-200 p-0.5 text-center align-middle group-hover:bg-slate-50 ${index === 0 || criterion.kind !== CRITERIA[index - 1]!.kind ? "border-l" : ""}`}
                        data-criterion={criterion.key}
                        data-answer={answer}
                      >
                        {cell?.evidenceUrl ? (
                          <a href={cell.evidenceUrl} className={link} title={label} rel="nofollow noopener noreferrer">
                            {mark}
                            <span className="sr-only">{label}</span>
                          </a>
                        ) : (
                          <Link href={`/models/${model.slug}#criterion-${criterion.key}`} className={link} title={label}>
                            {mark}
                            <span className="sr-only">{label}</span>
                          </Link>
                        )}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
