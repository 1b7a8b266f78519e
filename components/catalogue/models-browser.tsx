import { activeFilters } from "@/lib/validation/catalogue";
import { getLocale, getTranslations } from "next-intl/server";
import { Link, getPathname } from "@/lib/i18n/navigation";
import { countModels, type FilterOptions, type ModelSearchResult } from "@/lib/catalogue/search";
import { MAX_PAGE, type FieldErrors, type ModelQuery } from "@/lib/validation/catalogue";
import { modelsQueryString } from "@/lib/validation/catalogue-url";
import { ModelList } from "@/components/models/model-list";
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
}: {
  query: ModelQuery;
  errors: FieldErrors;
  result: ModelSearchResult;
  options: FilterOptions;
  organisationNames: ReadonlyMap<string, string>;
}) {
  const t = await getTranslations("catalogue");
  const locale = await getLocale();
  const numbers = new Intl.NumberFormat(locale);
  const chips = await filterChips(query, {
    licences: new Map(options.licences.map((licence) => [licence.id, licence.name])),
    organisations: organisationNames,
  });
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
        <ModelFilters query={query} options={options} />
      </aside>
      <section aria-labelledby="results-title" className="min-w-0">
        <QueryErrors errors={errors} />
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <div role="status" aria-live="polite">
            <h2 id="results-title" className="text-xl font-semibold" data-testid="result-count">
              {result.totalIsLowerBound
                ? t("models.resultCountMore", { count: numbers.format(result.total) })
                : t("models.resultCount", { count: result.total })}
            </h2>
          </div>
          {result.items.length > 0 && (
            <p className="text-sm text-slate-700">
              {t("models.resultRange", { from: numbers.format(from), to: numbers.format(from + result.items.length - 1) })}
            </p>
          )}
        </div>
        {chips.length > 0 && (
          <div className="mt-3">
            <h3 className="sr-only">{t("filters.active")}</h3>
            <ul className="flex flex-wrap gap-2" aria-label={t("filters.active")}>
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
                <Link href="/models" className="inline-block px-2 py-1 text-sm text-atlas-700 underline">{t("filters.clearAll")}</Link>
              </li>
            </ul>
          </div>
        )}
        {result.fuzzy && <p className="mt-3 rounded border border-amber-300 bg-amber-50 p-3 text-sm" data-testid="fuzzy-note">{result.correctedQuery
              ? t("models.corrected", { q: query.q ?? "", corrected: result.correctedQuery })
              : t("models.fuzzy", { q: query.q ?? "" })}</p>}

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
                  <Link href="/models" className="text-atlas-700 underline">{t("models.empty.clearAll")}</Link>
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
            <form id="compare-form" method="get" action={getPathname({ href: "/compare", locale })} className="mt-4 flex flex-wrap items-center gap-3">
              <button type="submit" className="rounded border border-atlas-700 px-3 py-1.5 text-sm font-semibold text-atlas-700 hover:bg-atlas-100">
                {t("models.compare.button")}
              </button>
              <span className="text-sm text-slate-700">{t("models.compare.help")}</span>
            </form>
            <div className="mt-3">
              <ModelList models={result.items} compareForm="compare-form" collapsed={activeFilters(query).length === 0} />
            </div>
            <Pagination page={page} pageCount={pageCount} href={(p) => `/models${modelsQueryString({ ...query, page: p })}`} />
          </>
        )}
      </section>
    </div>
  );
}
