import { activeFilters } from "@/lib/validation/catalogue";
import { getLocale, getTranslations } from "next-intl/server";
import { getPathname } from "@/lib/i18n/paths";
import { Link } from "@/lib/i18n/server-link";
import { countModels, type FilterOptions, type ModelSearchResult } from "@/lib/catalogue/search";
import type { AnswerRow } from "@/lib/catalogue/models";
import { EMPTY_MODEL_QUERY, MAX_PAGE, type FieldErrors, type ModelQuery } from "@/lib/validation/catalogue";
import { understandQuery } from "@/lib/search/understand";
import { modelsQueryString } from "@/lib/validation/catalogue-url";
import { ModelList } from "@/components/models/model-list";
import { ModelTable } from "@/components/models/model-table";
import { ViewSwitch } from "./view-switch";
import { FilterDrawer, OpenFiltersButton } from "./filter-drawer";
import { ModelFilters } from "./model-filters";
import { Pagination } from "./pagination";
import { filterChips } from "./filter-chips";
import { QueryErrors } from "./query-errors";

/** The /models page body: filters beside the results, chips, count, empty and error states. */
export async function ModelsBrowser({
  query,
  errors,
  result,
  options,
  organisationNames,
  answers,
}: {
  query: ModelQuery;
  errors: FieldErrors;
  result: ModelSearchResult;
  options: FilterOptions;
  organisationNames: ReadonlyMap<string, string>;
  /** the page's answers by model, for the table view */
  answers?: ReadonlyMap<string, AnswerRow>;
}) {
  const t = await getTranslations("catalogue");
  const locale = await getLocale();
  const numbers = new Intl.NumberFormat(locale);
  const names = { licences: new Map(options.licences.map((licence) => [licence.id, licence.name])), organisations: organisationNames };
  const chips = await filterChips(query, names);
  const suggestion = await suggestFilters(query, names);
  const page = result.page ?? 1;
  // Past the counted results, pages go on one at a time while there are more.
  const known = Math.ceil(result.total / result.pageSize);
  const pageCount = Math.min(MAX_PAGE, Math.max(1, result.totalIsLowerBound ? Math.max(known, page + (result.nextCursor ? 1 : 0)) : known));
  const from = (page - 1) * result.pageSize + 1;
  // An empty result names what to drop: the count without each filter, best first.
  const widen =
    result.total === 0 && chips.length > 0
      ? (await Promise.all(chips.slice(0, 12).map(async (chip) => ({ chip, count: await countModels(chip.without) }))))
          .filter((option) => option.count > 0)
          .sort((a, b) => b.count - a.count)
      : [];

  return (
    <div className="grid gap-6 md:grid-cols-[17rem_1fr]">
      <aside aria-label={t("filters.title")}>
        <FilterDrawer
          titleId="filters-title"
          formId="model-filters"
          showLabel={result.totalIsLowerBound ? t("filters.showModelsMore", { count: numbers.format(result.total) }) : t("filters.showModels", { count: result.total })}
        >
          <ModelFilters query={query} options={options} />
        </FilterDrawer>
      </aside>
      <section aria-labelledby="results-title" className="min-w-0">
        <QueryErrors errors={errors} />
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <div role="status" aria-live="polite" className="max-md:w-full">
            <h2 id="results-title" className="text-xl font-semibold" data-testid="result-count">
              {result.totalIsLowerBound
                ? t("models.resultCountMore", { count: numbers.format(result.total) })
                : t("models.resultCount", { count: result.total })}
            </h2>
          </div>
          <OpenFiltersButton active={chips.length} />
          {result.items.length > 0 && (
            <p className="text-sm text-slate-700">
              {t("models.resultRange", { from: numbers.format(from), to: numbers.format(from + result.items.length - 1) })}
            </p>
          )}
        </div>
        {chips.length > 0 && (
          <div className="mt-3">
            <h3 className="sr-only">{t("filters.active")}</h3>
            <ul className="flex flex-wrap gap-2" aria-label={t("filters.active")} data-testid="active-filters">
              {chips.map((chip) => (
                <li key={`${chip.field}:${chip.label}`}>
                  <Link
                    href={chip.href}
                    className="inline-flex items-center gap-1 rounded-full border border-atlas-700 bg-atlas-100 px-3 py-1 text-sm text-atlas-900 hover:bg-white"
                    aria-label={t("filters.remove", { filter: chip.label })}
                  >
                    {chip.label} <span aria-hidden="true">×</span>
                  </Link>
                </li>
              ))}
              <li>
                <Link href={`/models${modelsQueryString({ view: query.view })}`} className="inline-block px-2 py-1 text-sm text-atlas-700 underline">{t("filters.clearAll")}</Link>
              </li>
            </ul>
          </div>
        )}
        {suggestion && (
          <p className="mt-3 rounded border border-atlas-700 bg-atlas-100 p-3 text-sm" data-testid="query-suggestion">
            <strong>{t("models.understood.didYouMean")}</strong>{" "}
            <Link href={suggestion.href} className="font-semibold text-atlas-700 underline">{suggestion.labels.join(" · ")}</Link>{" "}
            <span className="text-slate-700">({t("models.understood.count", { count: suggestion.count })})</span>
          </p>
        )}
        {/* the names spelled closest are worth a note only when there are some */}
        {result.fuzzy && result.total > 0 && (
          <p className="mt-3 rounded border border-amber-300 bg-amber-50 p-3 text-sm" data-testid="fuzzy-note">
            {result.correctedQuery ? t("models.corrected", { q: query.q ?? "", corrected: result.correctedQuery }) : t("models.fuzzy", { q: query.q ?? "" })}
          </p>
        )}

        {result.total === 0 ? (
          <div className="mt-4 rounded border border-slate-300 bg-slate-50 p-4" data-testid="empty-result">
            <h3 className="font-semibold">{t("models.empty.title")}</h3>
            {chips.length === 0 ? (
              <p className="mt-2">{t("models.empty.noFilter")}</p>
            ) : (
              <>
                <p className="mt-2">{t("models.empty.why")}</p>
                <ul className="ml-5 list-disc">
                  {chips.map((chip) => (
                    <li key={`${chip.field}:${chip.label}`}>{chip.label}</li>
                  ))}
                </ul>
                {widen.length > 0 && (
                  <>
                    <p className="mt-3">{t("models.empty.widen")}</p>
                    <ul className="ml-5 list-disc">
                      {widen.map(({ chip, count }) => (
                        <li key={`${chip.field}:${chip.label}`}>
                          <Link href={chip.href} className="text-atlas-700 underline">
                            {t("models.empty.without", { filter: chip.label, count })}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  </>
                )}
                <p className="mt-3">
                  <Link href={`/models${modelsQueryString({ view: query.view })}`} className="text-atlas-700 underline">{t("models.empty.clearAll")}</Link>
                </p>
              </>
            )}
          </div>
        ) : result.items.length === 0 ? (
          <p className="mt-4 rounded border border-slate-300 bg-slate-50 p-4" data-testid="past-end">
            {t("models.pastEnd", { page })}{" "}
            <Link href={`/models${modelsQueryString({ ...query, page: pageCount })}`} className="text-atlas-700 underline">
              {t("models.pastEndLink", { last: pageCount })}
            </Link>
          </p>
        ) : (
          <>
            <div className="mt-4 flex flex-wrap items-center justify-between gap-3">
              <form id="compare-form" method="get" action={getPathname({ href: "/compare", locale })} className="flex flex-wrap items-center gap-3">
                <button type="submit" className="rounded border border-atlas-700 px-3 py-1.5 text-sm font-semibold text-atlas-700 hover:bg-atlas-100">
                  {t("models.compare.button")}
                </button>
                <span className="text-sm text-slate-700">{t("models.compare.help")}</span>
              </form>
              <ViewSwitch view={query.view ?? "list"} href={(view) => `/models${modelsQueryString({ ...query, view })}`} />
            </div>
            <div className="mt-3">
              {query.view === "table" ? (
                <ModelTable models={result.items} answers={answers ?? new Map()} compareForm="compare-form" collapsed={activeFilters(query).length === 0} />
              ) : (
                <ModelList models={result.items} compareForm="compare-form" collapsed={activeFilters(query).length === 0} />
              )}
            </div>
            <Pagination page={page} pageCount={pageCount} href={(p) => `/models${modelsQueryString({ ...query, page: p })}`} />
          </>
        )}
      </section>
    </div>
  );
}

/**
 * The filters the search's words name ("open French LLM under 10B": grade A, French, text
 * generation, at most 10 B), offered as a link with the words left as the text search; nothing
 * when no word names a filter, when that is already the query, or when it would find no model.
 */
async function suggestFilters(query: ModelQuery, names: Parameters<typeof filterChips>[1]) {
  const understood = understandQuery(query.q);
  if (understood.recognised.length === 0) return null;
  const suggested: ModelQuery = { ...query, ...understood.filters, q: understood.rest || undefined, page: 1 };
  if (modelsQueryString(suggested) === modelsQueryString({ ...query, page: 1 })) return null;
  const count = await countModels(suggested);
  if (count === 0) return null;
  // the filters first, then the words still searched
  const chips = await filterChips({ ...EMPTY_MODEL_QUERY, ...understood.filters, q: understood.rest || undefined }, names);
  const labels = [...chips.filter((chip) => chip.field !== "q"), ...chips.filter((chip) => chip.field === "q")].map((chip) => chip.label);
  return { href: `/models${modelsQueryString(suggested)}`, labels, count };
}
