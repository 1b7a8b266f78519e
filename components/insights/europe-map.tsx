import { getTranslations } from "next-intl/server";
import { getPathname } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { europeMap, type MapCountry } from "@/lib/map/europe-map";
import { colourClasses, colourClassOf, measureValue, type CountryFigures, type MapMeasure } from "@/lib/insights/figures";
import type { DisplayNames } from "@/lib/insights/names";
import { MapFiguresPanel } from "./map-figures-panel";

// A sequential blue scale (ColorBrewer Blues): light to dark as the figure grows. Colour is never
// the only carrier: every country's figures are in its name, and in the table below the map.
// The palest blue is left out so that the first class stands apart from "none" and from the sea.
const PALETTE = ["#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"] as const;
const NONE = "#f1f5f9";
const OUTSIDE = "#d6d3d1";
const SEA = "#ffffff";

/** Colours for `count` classes, spread over the palette so few classes still differ clearly. */
export function classColours(count: number): string[] {
  if (count <= 1) return count === 1 ? [PALETTE[2]] : [];
  return Array.from({ length: count }, (_, i) => PALETTE[Math.round((i * (PALETTE.length - 1)) / (count - 1))]!);
}

type Props = { measure: MapMeasure; figures: readonly CountryFigures[]; locale: Locale; names: DisplayNames };

export async function EuropeMap({ measure, figures, locale, names }: Props) {
  const t = await getTranslations("insights");
  const map = europeMap();
  const byCode = new Map(figures.map((row) => [row.country, row]));
  const classes = colourClasses(measure, map.countries.map((country) => measureValue(byCode.get(country.code), measure)));
  const colours = classColours(classes.length);
  const fillOf = (code: string) => colours[colourClassOf(classes, measureValue(byCode.get(code), measure))] ?? NONE;
  const hasEntries = (code: string) => {
    const row = byCode.get(code);
    return row !== undefined && (row.models > 0 || row.organisations > 0);
  };
  const summaryOf = (code: string) => {
    const row = byCode.get(code);
    const country = names.country(code);
    if (!row || !hasEntries(code)) return t("map.noEntries", { country });
    return t("map.summary", {
      country,
      models: row.models,
      openModels: row.openModels,
      organisations: row.organisations,
      smes: row.smes,
      hasScore: row.meanScore === null ? "no" : "yes",
      score: row.meanScore === null ? 0 : Math.round(row.meanScore),
    });
  };
  const byName = (a: MapCountry, b: MapCountry) => names.country(a.code).localeCompare(names.country(b.code), locale);
  const linked = map.countries.filter((c) => hasEntries(c.code)).sort((a, b) => Number(!!a.marker) - Number(!!b.marker) || byName(a, b));
  const unlinked = map.countries.filter((c) => !hasEntries(c.code));
  const measureName = t(`measures.${measure}`);
  const eu = byCode.get("EU");

  // Small countries' dots come after the large shapes, so no neighbour covers them.
  const shape = (country: MapCountry) => (
    <>
      <path d={country.d} fill={fillOf(country.code)} />
      {country.marker && <circle cx={country.marker.x} cy={country.marker.y} r={country.marker.r} fill={fillOf(country.code)} />}
    </>
  );

  return (
    <figure>
      <MapFiguresPanel hint={t("map.hint")}>
        <svg
          viewBox={`0 0 ${map.width} ${map.height}`}
          className="h-auto w-full rounded border border-slate-300"
          aria-labelledby="europe-map-title europe-map-desc"
          data-testid="europe-map"
        >
          <title id="europe-map-title">{t("map.mapTitle", { measure: measureName })}</title>
          <desc id="europe-map-desc">{t("map.mapDescription")}</desc>
          <rect width={map.width} height={map.height} fill={SEA} />
          <path d={map.otherLand} fill={OUTSIDE} stroke="#ffffff" strokeWidth={0.5} aria-hidden="true" />
          <g stroke="#64748b" strokeWidth={0.5} aria-hidden="true">
            {unlinked.map((country) => (
              <g key={country.code} data-country={country.code} data-summary={summaryOf(country.code)}>
                <title>{summaryOf(country.code)}</title>
                <path d={country.d} fill={NONE} />
              </g>
            ))}
          </g>
          <g stroke="#334155" strokeWidth={0.6}>
            {linked.filter((country) => !country.marker).map((country) => (
              <CountryLink key={country.code} country={country} href={countryHref(country.code, locale)} summary={summaryOf(country.code)}>
                {shape(country)}
              </CountryLink>
            ))}
          </g>
          <g stroke="#334155" strokeWidth={1} aria-hidden="true">
            {unlinked.filter((country) => country.marker).map((country) => (
              <circle key={country.code} cx={country.marker!.x} cy={country.marker!.y} r={country.marker!.r} fill={NONE}>
                <title>{summaryOf(country.code)}</title>
              </circle>
            ))}
          </g>
          <g stroke="#0f172a" strokeWidth={1}>
            {linked.filter((country) => country.marker).map((country) => (
              <CountryLink key={country.code} country={country} href={countryHref(country.code, locale)} summary={summaryOf(country.code)}>
                {shape(country)}
              </CountryLink>
            ))}
          </g>
        </svg>
      </MapFiguresPanel>
      <figcaption className="mt-3">
        <p className="font-semibold">{t("map.legendTitle", { measure: measureName, note: t(`measureNotes.${measure}`) })}</p>
        <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm" data-testid="map-legend">
          <LegendItem colour={NONE} label={measure === "meanScore" ? t("map.legendNoScore") : t("map.legendNone")} />
          {classes.map((band, index) => (
            <LegendItem key={band.from} colour={colours[index]!} label={band.from === band.to ? `${band.from}` : `${band.from}–${band.to}`} />
          ))}
          <LegendItem colour={OUTSIDE} label={t("map.legendOutside")} />
        </ul>
        {eu && (
          <p className="mt-3 text-sm">
            {t("map.euLevel", { models: eu.models, organisations: eu.organisations })}{" "}
            <a href={countryHref("EU", locale)} className="text-atlas-700 underline">{t("map.euLevelLink")}</a>
          </p>
        )}
      </figcaption>
    </figure>
  );
}

export function countryHref(code: string, locale: Locale): string {
  return getPathname({ href: { pathname: "/models", query: { country: code } }, locale });
}

function CountryLink({ country, href, summary, children }: { country: MapCountry; href: string; summary: string; children: React.ReactNode }) {
  return (
    <a
      href={href}
      aria-label={summary}
      data-country={country.code}
      data-summary={summary}
      className="[&>*]:transition-[stroke-width] hover:[&>*]:stroke-[2.5] focus-visible:[&>*]:stroke-[3] hover:[&>*]:stroke-black focus-visible:[&>*]:stroke-black"
    >
      <title>{summary}</title>
      {children}
    </a>
  );
}

function LegendItem({ colour, label }: { colour: string; label: string }) {
  return (
    <li className="flex items-center gap-1.5">
      <span aria-hidden="true" className="inline-block h-4 w-6 border border-slate-500" style={{ backgroundColor: colour }} />
      {label}
    </li>
  );
}
