import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/server-link";
import { G7_LABELS, GRADES, GRADE_DISPLAY, type G7Label } from "@/lib/openness";
import type { OrganisationAggregate } from "@/lib/openness";
import type { OrganisationDetail } from "@/lib/catalogue/organisations";
import type { ModelSearchResult } from "@/lib/catalogue/search";
import type { AnswerRow } from "@/lib/catalogue/models";
import type { ModelView } from "@/lib/validation/catalogue";
import { countryName } from "@/lib/i18n/display-names";
import { modelsQueryString } from "@/lib/validation/catalogue-url";
import { ModelList } from "@/components/models/model-list";
import { ModelTable } from "@/components/models/model-table";
import { ViewSwitch } from "@/components/catalogue/view-switch";
import { EntryArticle } from "@/components/catalogue/entry-article";
import { Fact } from "@/components/catalogue/fact";
import { Pagination } from "@/components/catalogue/pagination";

/** An organisation's page: its facts, its openness (mean score, models per grade) and its models. */
export async function OrganisationPage({
  organisation,
  score,
  models,
  view = "list",
  answers,
  g7,
}: {
  organisation: OrganisationDetail;
  score: OrganisationAggregate;
  models: ModelSearchResult;
  view?: ModelView;
  /** the page's answers by model, for the table view */
  answers?: ReadonlyMap<string, AnswerRow>;
  g7: Record<G7Label, number>;
}) {
  const tG7 = await getTranslations("openness.g7");
  const all = organisation.scope === "reference" ? "all" : undefined;
  const t = await getTranslations("catalogue");
  const tOpenness = await getTranslations("openness");
  const locale = await getLocale();
  const pageCount = Math.max(1, Math.ceil(models.total / models.pageSize));
  const pageHref = (page: number, shown: ModelView = view) => {
    const params = new URLSearchParams();
    if (shown !== "list") params.set("view", shown);
    if (page > 1) params.set("page", String(page));
    const search = params.toString();
    return `/organisations/${organisation.slug}${search ? `?${search}` : ""}`;
  };
  const maxPerGrade = Math.max(1, ...GRADES.map((grade) => score.byGrade[grade]));
  const sme = organisation.isSme === null ? t("organisation.smeUnknown") : organisation.isSme ? t("organisation.smeYes") : t("organisation.smeNo");

  return (
    <EntryArticle
      kind="organisations"
      entry={organisation}
      intro={organisation.description && <p className="mt-3 max-w-3xl text-slate-800">{organisation.description}</p>}
    >
      <div className="grid gap-8 md:grid-cols-2">
        <section aria-labelledby="org-facts-title">
          <h2 id="org-facts-title" className="text-xl font-semibold">{t("organisation.facts")}</h2>
          <dl className="mt-2 divide-y divide-slate-200">
            <Fact label={t("organisation.type")}>{t(`orgType.${organisation.type}`)}</Fact>
            <Fact label={t("organisation.country")}>
              <Link href={`/organisations?country=${organisation.country}`} className="text-atlas-700 underline">{countryName(organisation.country, locale)}</Link>
            </Fact>
            <Fact label={t("organisation.sme")}>{sme}</Fact>
            {organisation.foundedYear && (
              <Fact label={t("organisation.founded")}>{organisation.foundedYear}</Fact>
            )}
            {organisation.website && (
              <Fact label={t("organisation.website")}>
                <a href={organisation.website} className="break-all text-atlas-700 underline" rel="noopener noreferrer">{organisation.website}</a>
              </Fact>
            )}
            {organisation.countryNote && (
              <Fact label={t("organisation.countryNote")}>{organisation.countryNote}</Fact>
            )}
            {organisation.sources.length > 0 && (
              <Fact label={t("organisation.sources")}>
                <ul>
                  {organisation.sources.map((source) => (
                    <li key={source}>
                      <a href={source} className="break-all text-atlas-700 underline" rel="nofollow noopener noreferrer">{source}</a>
                    </li>
                  ))}
                </ul>
              </Fact>
            )}
          </dl>
        </section>

        <section aria-labelledby="org-score-title">
          <h2 id="org-score-title" className="text-xl font-semibold">{t("organisation.score")}</h2>
          <p className="mt-2 text-sm text-slate-700">{tOpenness("organisation.meanScore")}</p>
          <p className="text-3xl font-bold tabular-nums" data-testid="organisation-score">
            {score.meanScore === null ? t("organisation.noScore") : t("organisation.meanScore", { score: Math.round(score.meanScore) })}
          </p>
          <h3 className="mt-4 font-semibold">{tOpenness("organisation.byGrade")}</h3>
          <ul className="mt-2 space-y-1" data-testid="organisation-grades">
            {GRADES.map((grade) => (
              <li key={grade} className="grid grid-cols-[9rem_1fr_2.5rem] items-center gap-2 text-sm">
                <Link href={`/models${modelsQueryString({ org: [organisation.slug], grade: [grade], scope: all })}`} className="text-atlas-700 underline">
                  {grade} · {tOpenness(GRADE_DISPLAY[grade].labelKey)}
                </Link>
                <span aria-hidden="true" className="block h-3 rounded" style={{ width: `${(score.byGrade[grade] / maxPerGrade) * 100}%`, backgroundColor: GRADE_DISPLAY[grade].colour, minWidth: score.byGrade[grade] ? "0.25rem" : 0 }} />
                <span className="text-right tabular-nums">{score.byGrade[grade]}</span>
              </li>
            ))}
          </ul>
          <h3 className="mt-4 font-semibold">{tG7("perLabel")}</h3>
          <ul className="mt-2 space-y-1 text-sm" data-testid="organisation-g7">
            {G7_LABELS.filter((label) => g7[label] > 0).map((label) => (
              <li key={label} className="flex justify-between gap-2">
                <Link href={`/models${modelsQueryString({ org: [organisation.slug], g7: [label], scope: all })}`} className="text-atlas-700 underline">{tG7(`labels.${label}.name`)}</Link>
                <span className="tabular-nums">{g7[label]}</span>
              </li>
            ))}
          </ul>
        </section>
      </div>

      <section aria-labelledby="org-models-title">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="org-models-title" className="text-xl font-semibold">{t("organisation.models")}</h2>
          {models.total > 0 && (
            <Link href={`/models${modelsQueryString({ org: [organisation.slug], scope: all })}`} className="text-atlas-700 underline">
              {t("organisation.allModels", { count: models.total })}
            </Link>
          )}
        </div>
        {models.total === 0 ? (
          <p className="mt-2">{tOpenness("organisation.noModels")}</p>
        ) : (
          <div className="mt-3">
            <ViewSwitch view={view} href={(shown) => pageHref(models.page ?? 1, shown)} />
            <div className="mt-3">
              {view === "table" ? <ModelTable models={models.items} answers={answers ?? new Map()} /> : <ModelList models={models.items} />}
            </div>
            <Pagination page={models.page ?? 1} pageCount={pageCount} href={(p) => pageHref(p)} />
          </div>
        )}
      </section>
    </EntryArticle>
  );
}
