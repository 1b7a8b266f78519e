import { getLocale, getTranslations } from "next-intl/server";
import { getPathname } from "@/lib/i18n/paths";
import { Link } from "@/lib/i18n/server-link";
import { ORGANISATION_TYPES } from "@/lib/openness";
import { ORGANISATION_SORTS } from "@/lib/validation/catalogue";
import { GradeCounts } from "./grade-counts";
import type { FieldErrors, OrganisationQuery } from "@/lib/validation/catalogue";
import { organisationsQueryString } from "@/lib/validation/catalogue-url";
import type { OrganisationSearchResult } from "@/lib/catalogue/organisations";
import { countryName } from "@/lib/i18n/display-names";
import { QueryForm } from "@/components/catalogue/query-form";
import { Pagination } from "@/components/catalogue/pagination";
import { QueryErrors } from "@/components/catalogue/query-errors";
import { FilterDrawer, OpenFiltersButton } from "@/components/catalogue/filter-drawer";

/** The /organisations page body: search and filters (country, type, SME) beside the list. */
export async function OrganisationsBrowser({
  query,
  errors,
  result,
  countries,
}: {
  query: OrganisationQuery;
  errors: FieldErrors;
  result: OrganisationSearchResult;
  countries: string[];
}) {
  const t = await getTranslations("catalogue");
  const locale = await getLocale();
  const sortedCountries = [...new Set([...countries, ...(query.country ?? [])])].sort((a, b) =>
    countryName(a, locale).localeCompare(countryName(b, locale), locale),
  );
  const pageCount = Math.max(1, Math.ceil(result.total / result.pageSize));
  const input = "w-full rounded border border-slate-400 px-2 py-1";
  const active = (query.q ? 1 : 0) + (query.sme ? 1 : 0) + (query.type?.length ?? 0) + (query.country?.length ?? 0);

  return (
    <div className="grid gap-6 md:grid-cols-[17rem_1fr]">
      <aside aria-label={t("filters.title")}>
        <FilterDrawer titleId="org-filters-title" formId="organisation-filters" showLabel={t("filters.showOrganisations", { count: result.total })}>
          <QueryForm
            key={organisationsQueryString(query)}
            kind="organisations"
            action={getPathname({ href: "/organisations", locale })}
            id="organisation-filters"
            aria-labelledby="org-filters-title"
            updatingLabel={t("models.updating")}
            className="space-y-4 text-sm"
          >
            <div>
              <label htmlFor="org-q" className="block font-semibold text-atlas-900">{t("filters.search")}</label>
              <input id="org-q" name="q" type="search" maxLength={200} defaultValue={query.q ?? ""} className={input} aria-describedby="org-q-help" />
              <p id="org-q-help" className="mt-1 text-xs text-slate-600">{t("organisations.searchHelp")}</p>
            </div>
            <div>
              <label htmlFor="org-sort" className="block font-semibold text-atlas-900">{t("filters.sort")}</label>
              <select id="org-sort" name="sort" defaultValue={query.sort} className={input}>
                {ORGANISATION_SORTS.map((sort) => (
                  <option key={sort} value={sort}>{t(`organisations.sorts.${sort}`)}</option>
                ))}
              </select>
            </div>
            <div className="flex items-start gap-2">
              <input type="checkbox" id="org-sme" name="sme" value="1" defaultChecked={Boolean(query.sme)} className="mt-1 h-4 w-4" />
              <label htmlFor="org-sme">{t("filters.sme")}</label>
            </div>
            <fieldset>
              <legend className="font-semibold text-atlas-900">{t("organisations.type")}</legend>
              {ORGANISATION_TYPES.map((type) => (
                <div key={type} className="flex items-start gap-2 py-0.5">
                  <input type="checkbox" id={`org-type-${type}`} name="type" value={type} defaultChecked={query.type?.includes(type) ?? false} className="mt-1 h-4 w-4" />
                  <label htmlFor={`org-type-${type}`}>{t(`orgType.${type}`)}</label>
                </div>
              ))}
            </fieldset>
            <details open={Boolean(query.country?.length)}>
              <summary className="cursor-pointer font-semibold text-atlas-900">{t("organisations.country")}</summary>
              <fieldset className="mt-1 max-h-64 overflow-y-auto">
                <legend className="sr-only">{t("organisations.country")}</legend>
                {sortedCountries.map((code) => (
                  <div key={code} className="flex items-start gap-2 py-0.5">
                    <input type="checkbox" id={`org-country-${code}`} name="country" value={code} defaultChecked={query.country?.includes(code) ?? false} className="mt-1 h-4 w-4" />
                    <label htmlFor={`org-country-${code}`}>{countryName(code, locale)}</label>
                  </div>
                ))}
              </fieldset>
            </details>
            <div className="flex flex-wrap items-center gap-3">
              <button type="submit" className="rounded bg-atlas-700 px-4 py-2 font-semibold text-white hover:bg-atlas-900 max-md:hidden">{t("filters.apply")}</button>
              <Link href="/organisations" className="text-atlas-700 underline">{t("filters.clearAll")}</Link>
            </div>
            <p className="text-xs text-slate-600">{t("filters.applyHelp")}</p>
          </QueryForm>
        </FilterDrawer>
      </aside>
      <section aria-labelledby="org-results-title" className="min-w-0">
        <QueryErrors errors={errors} />
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <div role="status" aria-live="polite" className="max-md:w-full">
            <h2 id="org-results-title" className="text-xl font-semibold" data-testid="result-count">
              {t("organisations.resultCount", { count: result.total })}
            </h2>
          </div>
          <OpenFiltersButton active={active} />
        </div>
        {result.fuzzy && <p className="mt-3 rounded border border-amber-300 bg-amber-50 p-3 text-sm">{t("organisations.fuzzy", { q: query.q ?? "" })}</p>}
        {result.total === 0 ? (
          <p className="mt-4 rounded border border-slate-300 bg-slate-50 p-4" data-testid="empty-result">
            {t("organisations.emptyHelp")} <Link href="/organisations" className="text-atlas-700 underline">{t("organisations.clearAll")}</Link>.
          </p>
        ) : (
          <>
            <ul className="mt-4 divide-y divide-slate-200 rounded border border-slate-200" data-testid="organisation-list">
              {result.items.map((organisation) => (
                <li key={organisation.id} className="flex flex-wrap items-start justify-between gap-2 p-4" data-testid="organisation-item" data-slug={organisation.slug}>
                  <div className="min-w-0">
                    <h3 className="text-lg font-semibold break-words">
                      <Link href={`/organisations/${organisation.slug}`} className="text-atlas-700 underline">{organisation.name}</Link>
                    </h3>
                    <p className="text-sm text-slate-700">
                      {countryName(organisation.country, locale)} · {t(`orgType.${organisation.type}`)}
                      {organisation.isSme && <> · {t("organisations.sme")}</>}
                    </p>
                  </div>
                  <div className="space-y-1 text-right text-sm text-slate-800">
                    <p>
                      {t("organisations.modelCount", { count: organisation.modelCount })}
                      {organisation.meanScore !== null && (
                        <span className="block" data-testid="mean-score">{t("organisations.meanScore", { score: Math.round(organisation.meanScore) })}</span>
                      )}
                    </p>
                    <GradeCounts counts={organisation.gradeCounts} />
                  </div>
                </li>
              ))}
            </ul>
            <Pagination page={result.page} pageCount={pageCount} href={(p) => `/organisations${organisationsQueryString({ ...query, page: p })}`} />
          </>
        )}
      </section>
    </div>
  );
}
