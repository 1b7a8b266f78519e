import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/server-link";
import type { ModelListItem } from "@/lib/catalogue/search";
import { PILLAR_KEYS } from "@/lib/openness";
import { formatList, formatParameters } from "@/lib/i18n/display-names";
import { modelsQueryString } from "@/lib/validation/catalogue-url";
import { GradeBadge } from "./grade-badge";
import { CompareTick } from "./compare-tick";
import { AnswerMark } from "@/components/openness/answer-mark";
import { G7LabelChip } from "@/components/openness/g7-label";

/**
 * Models as a result list. With `compareForm`, each carries a "compare" tick box that belongs to
 * that form (HTML's form attribute), so the list needs no form of its own.
 */
export async function ModelList({
  models,
  compareForm,
  headingLevel = 3,
  collapsed = false,
}: {
  models: ModelListItem[];
  compareForm?: string;
  headingLevel?: 2 | 3;
  /** the list shows each family once (an unfiltered /models): link to the other members */
  collapsed?: boolean;
}) {
  const t = await getTranslations("catalogue");
  const tOpenness = await getTranslations("openness");
  const tModels = await getTranslations("models");
  const locale = await getLocale();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  if (models.length === 0) return null;
  return (
    <ul className="divide-y divide-slate-200 rounded border border-slate-200" data-testid="model-list">
      {models.map((model) => (
        <li key={model.id} className="flex flex-col gap-2 p-4 sm:flex-row sm:items-start sm:justify-between" data-testid="model-item">
          <div className="flex min-w-0 gap-3">
            {compareForm && <CompareTick form={compareForm} slug={model.slug} name={model.name} className="mt-1.5" />}
            <div className="min-w-0">
              <Heading className="text-lg font-semibold">
                <Link href={`/models/${model.slug}`} className="text-atlas-700 underline">{model.name}</Link>
              </Heading>
              {model.organisations.length > 0 && (
                <p className="text-sm text-slate-700">
                  {t("models.item.by", { organisations: formatList(model.organisations.map((o) => o.name), locale) })}
                </p>
              )}
              {model.summary && <p className="mt-1 line-clamp-2 text-sm text-slate-800">{model.summary}</p>}
              {collapsed && model.family && model.family.size > 1 && (
                <p className="mt-1 text-sm">
                  <Link
                    href={`/models${modelsQueryString({ family: model.family.slug, scope: model.scope === "reference" ? "all" : undefined })}`}
                    className="text-atlas-700 underline"
                    data-testid="family-link"
                  >
                    {t("models.item.family", { count: model.family.size - 1, family: model.family.name })}
                  </Link>
                </p>
              )}
              <ul className="mt-1 flex flex-wrap gap-x-3 text-sm text-slate-700">
                <li>{t(`modality.${model.modality}`)}</li>
                {model.releaseYear && <li>{t("models.item.released", { year: String(model.releaseYear) })}</li>}
                {model.parameterCount !== null && <li>{t("models.item.parameters", { value: formatParameters(model.parameterCount, locale) })}</li>}
                {model.languages.length > 0 && <li>{t("models.item.languages", { count: model.languages.length })}</li>}
                <li>
                  {model.weightsLicences.length
                    ? t("models.item.licence", { licence: formatList(model.weightsLicences.map((licence) => licence.name), locale) })
                    : t("models.item.noLicence")}
                </li>
                {model.scope === "reference" && <li className="font-medium">{t("models.item.reference")}</li>}
              </ul>
              <ul aria-label={t("models.item.pillars")} className="mt-1 flex flex-wrap gap-x-3 text-xs text-slate-700">
                {PILLAR_KEYS.map((pillar) => {
                  const answer = model.pillars[pillar] ?? "unknown";
                  return (
                    <li key={pillar} className="inline-flex items-center gap-1">
                      <AnswerMark answer={answer} />
                      {tOpenness(`criteria.${pillar}.name`)}: {tOpenness(`answers.${answer}.inline`)}
                    </li>
                  );
                })}
              </ul>
            </div>
          </div>
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1 sm:shrink-0 sm:flex-col sm:flex-nowrap sm:items-end">
            <GradeBadge grade={model.grade} complete={model.gradeComplete} />
            {model.g7Label && <G7LabelChip label={model.g7Label} complete={model.gradeComplete} />}
            {model.score !== null && <span className="tabular-nums text-sm text-slate-800">{tModels("score", { score: Math.round(model.score) })}</span>}
          </div>
        </li>
      ))}
    </ul>
  );
}
