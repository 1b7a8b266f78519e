import { getTranslations } from "next-intl/server";
import { getPathname } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { sortCountryRows, type CountryFigures, type CountrySort, type MapMeasure, type SortOrder } from "@/lib/insights/figures";
import type { DisplayNames } from "@/lib/insights/names";
import { EUROPEAN_COUNTRIES } from "@/lib/openness";
import { countryHref } from "./europe-map";
import { TableFrame } from "./figure-table";

type Props = {
  figures: readonly CountryFigures[];
  measure: MapMeasure;
  sort: CountrySort;
  order: SortOrder;
  locale: Locale;
  names: DisplayNames;
};

/** The figures' columns, after the country's. */
const COLUMNS = ["organisations", "smes", "models", "openModels", "meanScore"] as const satisfies readonly CountrySort[];

// The map's accessible alternative: the same figures, sortable by links (no JavaScript needed).
export async function CountryTable({ figures, measure, sort, order, locale, names }: Props) {
  const t = await getTranslations("insights.map");
  const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const rows = sortCountryRows(
    figures.filter((row) => row.models > 0 || row.organisations > 0),
    sort,
    order,
    names.country,
    locale,
  );
  const formatted = (value: number | null) => (value === null ? t("noScore") : numbers.format(value));
  const listed = new Set(rows.map((row) => row.country));
  const notListed = EUROPEAN_COUNTRIES.filter((country) => country.code !== "EU" && !listed.has(country.code))
    .map((country) => names.country(country.code))
    .sort((a, b) => a.localeCompare(b, locale));

  const sortHref = (column: CountrySort) => {
    // a second click on the sorted column reverses it; a new column starts in its natural order
    const nextOrder: SortOrder = column === sort ? (order === "asc" ? "desc" : "asc") : column === "country" ? "asc" : "desc";
    return getPathname({ href: { pathname: "/map", query: { measure, sort: column, order: nextOrder } }, locale });
  };
  const ariaSort = (column: CountrySort) => (column === sort ? (order === "asc" ? "ascending" : "descending") : undefined);

  return (
    <section aria-labelledby="country-table-title" className="mt-10">
      <h2 id="country-table-title" className="text-2xl font-semibold">{t("tableTitle")}</h2>
      <TableFrame
        testId="country-table"
        spacing="mt-3"
        width="w-full text-left"
        caption={t("tableCaption", { column: t(`columns.${sort}`), order })}
        head={(["country", ...COLUMNS] as const).map((column) => (
          <th key={column} scope="col" aria-sort={ariaSort(column)} className={`p-2 ${column === "country" ? "" : "text-right"}`}>
            <a href={sortHref(column)} className="text-atlas-700 underline" aria-label={t("sortBy", { column: t(`columns.${column}`) })}>
              {t(`columns.${column}`)}
              {column === sort && <span aria-hidden="true">{order === "asc" ? " ▲" : " ▼"}</span>}
            </a>
          </th>
        ))}
      >
        <tbody>
          {rows.map((row) => (
            <tr key={row.country} className="border-b border-slate-200" data-country={row.country}>
              <th scope="row" className="p-2 font-normal">
                <a href={countryHref(row.country, locale)} className="text-atlas-700 underline">{names.country(row.country)}</a>
              </th>
              {COLUMNS.map((column) => (
                <td key={column} className="p-2 text-right tabular-nums">
                  {column === "organisations" && row.organisations > 0 ? (
                    <a
                      href={getPathname({ href: { pathname: "/organisations", query: { country: row.country } }, locale })}
                      className="text-atlas-700 underline"
                      aria-label={t("organisationsLink", { count: row.organisations, country: names.country(row.country) })}
                    >
                      {numbers.format(row.organisations)}
                    </a>
                  ) : (
                    formatted(row[column])
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </TableFrame>
      {notListed.length > 0 && (
        <p className="mt-3 text-sm text-slate-700">{t("notListed", { countries: new Intl.ListFormat(locale).format(notListed) })}</p>
      )}
    </section>
  );
}
