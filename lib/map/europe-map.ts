// The map of Europe as SVG path data, computed once per process from Natural Earth's 1:50m
// countries shipped in the `world-atlas` package: no tiles and no network. Geometry only; the page
// colours it (components/insights/europe-map.tsx).
import { readFileSync } from "node:fs";
import path from "node:path";
import { geoAzimuthalEqualArea, geoCentroid, geoPath } from "d3-geo";
import { feature, merge } from "topojson-client";
import { presimplify, simplify, sphericalTriangleArea } from "topojson-simplify";
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from "topojson-specification";
import type { Feature, FeatureCollection, Geometry, MultiPoint } from "geojson";
import countries from "i18n-iso-countries";
import { EUROPEAN_COUNTRIES } from "@/lib/openness";

export type MapCountry = {
  /** ISO 3166-1 alpha-2 */
  code: string;
  /** SVG path data, in the map's coordinates; empty for a country too small to draw (see marker) */
  d: string;
  /** a dot for countries too small to find or click on the map (Malta, Monaco, Vatican City…) */
  marker: { x: number; y: number; r: number } | null;
};

export type EuropeMap = {
  width: number;
  height: number;
  countries: MapCountry[];
  /** the land of non-European countries, drawn as a neutral background */
  otherLand: string;
};

export const MAP_WIDTH = 800;
const PADDING = 6;
/** countries whose drawn area is below this many square units get a marker */
const SMALL_AREA = 40;
const MARKER_RADIUS = 5;
/** simplification threshold in steradians, about a tenth of a square unit at this scale */
const SIMPLIFY_WEIGHT = 1e-6;

// The corners of the area to show: Iceland to Azerbaijan, Cyprus and Malta to the North Cape.
// Lambert azimuthal equal-area centred on 10°E 52°N, the projection of the EU's statistical maps.
const EXTENT: Feature<MultiPoint> = {
  type: "Feature",
  properties: {},
  geometry: {
    type: "MultiPoint",
    coordinates: [
      [-24.5, 63],
      [-10, 35.5],
      [14, 34.5],
      [35, 34.4],
      [50.5, 41],
      [30, 71.2],
      [-10, 66],
    ],
  },
};

type CountryProperties = { name: string };
type CountriesTopology = Topology<{ countries: GeometryCollection<CountryProperties>; land: GeometryCollection }>;

const EUROPEAN_CODES = new Set(EUROPEAN_COUNTRIES.map((country) => country.code));

/** Natural Earth's features carry ISO 3166-1 numeric ids; Kosovo has none and is found by name. */
function alpha2(id: string | number | undefined, name: string): string | undefined {
  if (name === "Kosovo") return "XK";
  return id === undefined ? undefined : countries.numericToAlpha2(String(id));
}

let cached: EuropeMap | undefined;

export function europeMap(): EuropeMap {
  cached ??= buildMap(loadTopology());
  return cached;
}

function loadTopology(): CountriesTopology {
  const file = path.join(process.cwd(), "node_modules", "world-atlas", "countries-50m.json");
  return JSON.parse(readFileSync(file, "utf8")) as CountriesTopology;
}

export function buildMap(source: CountriesTopology): EuropeMap {
  const topology = simplify(presimplify(source, sphericalTriangleArea), SIMPLIFY_WEIGHT) as CountriesTopology;
  const fitted = geoAzimuthalEqualArea().rotate([-10, -52]).fitWidth(MAP_WIDTH - 2 * PADDING, EXTENT);
  const [[, top], [, bottom]] = geoPath(fitted).bounds(EXTENT);
  const height = Math.ceil(bottom - top + 2 * PADDING);
  const projection = geoAzimuthalEqualArea()
    .rotate([-10, -52])
    .fitExtent(
      [
        [PADDING, PADDING],
        [MAP_WIDTH - PADDING, height - PADDING],
      ],
      EXTENT,
    )
    .clipExtent([
      [0, 0],
      [MAP_WIDTH, height],
    ]);
  const toPath = geoPath(projection).digits(1);

  // Outlines are drawn simplified; sizes and marker positions come from the full detail, where
  // the smallest countries (San Marino, Vatican City) still have an area.
  const simplified = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, CountryProperties>;
  const detailed = feature(source, source.objects.countries) as FeatureCollection<Geometry, CountryProperties>;
  const european: MapCountry[] = [];
  simplified.features.forEach((country, index) => {
    const code = alpha2(country.id, country.properties.name);
    if (!code || !EUROPEAN_CODES.has(code)) return;
    const full = detailed.features[index]!;
    const [x, y] = projection(geoCentroid(full)) ?? [NaN, NaN];
    const small = toPath.area(full) < SMALL_AREA && Number.isFinite(x) && Number.isFinite(y);
    european.push({ code, d: toPath(country) ?? "", marker: small ? { x: round(x), y: round(y), r: MARKER_RADIUS } : null });
  });

  const others = topology.objects.countries.geometries.filter((geometry): geometry is Polygon<CountryProperties> | MultiPolygon<CountryProperties> => {
    const name = (geometry.properties as CountryProperties | undefined)?.name ?? "";
    const code = alpha2(geometry.id, name);
    return (geometry.type === "Polygon" || geometry.type === "MultiPolygon") && (!code || !EUROPEAN_CODES.has(code));
  });
  const otherLand = toPath(merge(topology, others)) ?? "";

  european.sort((a, b) => a.code.localeCompare(b.code));
  return { width: MAP_WIDTH, height, countries: european, otherLand };
}

const round = (value: number) => Math.round(value * 10) / 10;
