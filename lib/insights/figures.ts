// The figures of the map, the language matrix and the insights page, from published catalogue rows
// (lib/catalogue/insights.ts loads them). Pure: the biodiversity maths itself is lib/openness's.

import { G7_LABELS, type G7Label } from "../openness/g7";
import {
  biodiversity,
  EU_OFFICIAL_LANGUAGES,
  EUROPEAN_LANGUAGES,
  GRADES,
  gradeRank,
  isEuropeanLanguage,
  PILLAR_KEYS,
  primaryLanguage,
  type AnswerGrade,
  type Biodiversity,
  type Diversity,
  type Grade,
  type PillarKey,
} from "@/lib/openness";

export type InsightOrganisation = {
  id: string;
  /** ISO 3166-1 alpha-2, or "EU" for EU-level projects */
  country: string;
  /** EU SME definition; null when not verified */
  sme: boolean | null;
};

export type InsightModel = {
  slug: string;
  name: string;
  score: number | null;
  grade: Grade | null;
  gradeComplete: boolean;
  releaseYear: number | null;
  languages: readonly string[];
  organisations: readonly InsightOrganisation[];
  /** the current assessment's effective pillar answers; empty when the model is not assessed */
  pillars: Partial<Record<PillarKey, AnswerGrade>>;
  /** the G7 label of the current assessment; null when not assessed */
  g7?: G7Label | null;
};

/** Grade A: all four pillars open, the manifesto's "truly open source". */
export const TRULY_OPEN_GRADE: Grade = "A";
/** Grades whose `use` pillar is open (A, B, C): anyone may use the model for any purpose. */
export const OPEN_USE_GRADES: readonly Grade[] = ["A", "B", "C"];

const isTrulyOpen = (model: InsightModel) => model.grade === TRULY_OPEN_GRADE;
const isOpenUse = (model: InsightModel) => model.grade !== null && OPEN_USE_GRADES.includes(model.grade);
const countryCode = (code: string) => code.trim().toUpperCase();
const zeroByGrade = () => Object.fromEntries(GRADES.map((grade) => [grade, 0])) as Record<Grade, number>;

/** The distinct countries of a model's organisations. */
function modelCountries(model: InsightModel): string[] {
  return [...new Set(model.organisations.map((organisation) => countryCode(organisation.country)))];
}

// ---------------------------------------------------------------- countries (the map and its table)

export type CountryFigures = {
  country: string;
  /** published organisations based there */
  organisations: number;
  /** of which SMEs by the EU definition (verified) */
  smes: number;
  /** published models with at least one organisation there (a joint model counts in each country) */
  models: number;
  /** of which truly open (grade A) */
  openModels: number;
  /** mean exact score of those models; null when none is scored */
  meanScore: number | null;
};

/** One row per country with at least one published organisation or model, by country code. */
export function countryFigures(
  models: readonly InsightModel[],
  organisations: readonly InsightOrganisation[],
): CountryFigures[] {
  const rows = new Map<string, CountryFigures & { scoreSum: number; scored: number }>();
  const row = (code: string) => {
    const key = countryCode(code);
    let found = rows.get(key);
    if (!found) {
      found = { country: key, organisations: 0, smes: 0, models: 0, openModels: 0, meanScore: null, scoreSum: 0, scored: 0 };
      rows.set(key, found);
    }
    return found;
  };
  for (const organisation of organisations) {
    const target = row(organisation.country);
    target.organisations += 1;
    if (organisation.sme === true) target.smes += 1;
  }
  for (const model of models) {
    for (const code of modelCountries(model)) {
      const target = row(code);
      target.models += 1;
      if (isTrulyOpen(model)) target.openModels += 1;
      if (model.score !== null) {
        target.scoreSum += model.score;
        target.scored += 1;
      }
    }
  }
  return [...rows.values()]
    .map(({ scoreSum, scored, ...figures }) => ({ ...figures, meanScore: scored === 0 ? null : scoreSum / scored }))
    .sort((a, b) => a.country.localeCompare(b.country));
}

export const MAP_MEASURES = ["models", "organisations", "openModels", "meanScore", "smes"] as const;
export type MapMeasure = (typeof MAP_MEASURES)[number];

export function isMapMeasure(value: unknown): value is MapMeasure {
  return typeof value === "string" && (MAP_MEASURES as readonly string[]).includes(value);
}

/** The value the map shades: counts as they are, the mean score rounded as it is displayed. */
export function measureValue(figures: CountryFigures | undefined, measure: MapMeasure): number | null {
  if (measure === "meanScore") return figures?.meanScore == null ? null : Math.round(figures.meanScore);
  return figures?.[measure] ?? 0;
}

export type ColourClass = { from: number; to: number };

/**
 * Classes of a sequential colour scale, lowest first (`to` inclusive). Counts start at 1 (0 has
 * its own "none" colour) and use one class per value while they fit, else equal integer steps;
 * the mean score uses five fixed bands of 20, so two maps of it compare.
 */
export function colourClasses(measure: MapMeasure, values: readonly (number | null)[], classes = 5): ColourClass[] {
  if (measure === "meanScore") {
    return Array.from({ length: 5 }, (_, i) => ({ from: i * 20, to: i === 4 ? 100 : i * 20 + 19 }));
  }
  const max = Math.max(0, ...values.filter((value): value is number => value !== null));
  if (max === 0) return [];
  const step = Math.ceil(max / classes);
  const result: ColourClass[] = [];
  for (let from = 1; from <= max; from += step) result.push({ from, to: Math.min(from + step - 1, max) });
  return result;
}

/** Index of the class holding `value`, or -1 for no value, zero counts and values below the scale. */
export function colourClassOf(classes: readonly ColourClass[], value: number | null): number {
  if (value === null) return -1;
  return classes.findIndex((band) => value >= band.from && value <= band.to);
}

// ---------------------------------------------------------------- biodiversity

export type BiodiversityPair = { all: Biodiversity; trulyOpen: Biodiversity };

// A model without an organisation is a data error; the figures leave it out rather than fail a page.
const attributed = (models: readonly InsightModel[]) => models.filter((model) => model.organisations.length > 0);

/** Europe's biodiversity, for all published models and for truly open ones alone. */
export function europeBiodiversity(models: readonly InsightModel[]): BiodiversityPair {
  const usable = attributed(models);
  return { all: biodiversity(usable), trulyOpen: biodiversity(usable.filter(isTrulyOpen)) };
}

export type CountryBiodiversity = BiodiversityPair & { country: string };

/**
 * Per country: the models with an organisation there, each counting only its organisations from
 * that country (a Finnish and EU-level model is, for Finland, a Finnish model). The country
 * diversity is then trivially one group; the organisation diversity and SME share are the figures.
 * Countries with most models first, then by code.
 */
export function biodiversityByCountry(models: readonly InsightModel[]): CountryBiodiversity[] {
  const byCountry = new Map<string, InsightModel[]>();
  for (const model of attributed(models)) {
    for (const code of modelCountries(model)) {
      const local = { ...model, organisations: model.organisations.filter((o) => countryCode(o.country) === code) };
      byCountry.set(code, [...(byCountry.get(code) ?? []), local]);
    }
  }
  return [...byCountry.entries()]
    .map(([country, local]) => ({ country, all: biodiversity(local), trulyOpen: biodiversity(local.filter(isTrulyOpen)) }))
    .sort((a, b) => b.all.models - a.all.models || a.country.localeCompare(b.country));
}

// ---------------------------------------------------------------- grades and pillars

export type GradeDistribution = {
  total: number;
  byGrade: Record<Grade, number>;
  /** of each grade, how many are marked incomplete (a pillar not assessed) */
  incomplete: Record<Grade, number>;
  notAssessed: number;
};

export function gradeDistribution(models: readonly InsightModel[]): GradeDistribution {
  const byGrade = zeroByGrade();
  const incomplete = zeroByGrade();
  let notAssessed = 0;
  for (const model of models) {
    if (model.grade === null) {
      notAssessed += 1;
      continue;
    }
    byGrade[model.grade] += 1;
    if (!model.gradeComplete) incomplete[model.grade] += 1;
  }
  return { total: models.length, byGrade, incomplete, notAssessed };
}

export type G7Distribution = { total: number; byLabel: Record<G7Label, number>; notAssessed: number };

/** How many models earn each G7 label (METHODOLOGY.md, "Official labels beside the grade"). */
export function g7Distribution(models: readonly InsightModel[]): G7Distribution {
  const byLabel = Object.fromEntries(G7_LABELS.map((label) => [label, 0])) as Record<G7Label, number>;
  let notAssessed = 0;
  for (const model of models) {
    if (model.g7) byLabel[model.g7] += 1;
    else notAssessed += 1;
  }
  return { total: models.length, byLabel, notAssessed };
}

export type PillarFigures = Record<AnswerGrade, number> & {
  pillar: PillarKey;
  /** models for which this pillar alone stands between them and grade A */
  soleBlocker: number;
};

export type PillarFrequency = {
  /** models with an assessment */
  assessed: number;
  pillars: PillarFigures[];
  /** the pillar(s) most often not open: what holds most models back (several on a tie; none when nothing is assessed) */
  mostBlocking: PillarKey[];
};

/** How often each pillar is met, among assessed models; a pillar with no answer counts as unknown. */
export function pillarFrequency(models: readonly InsightModel[]): PillarFrequency {
  const assessed = models.filter((model) => Object.keys(model.pillars).length > 0);
  const pillars: PillarFigures[] = PILLAR_KEYS.map((pillar) => ({ pillar, open: 0, partial: 0, closed: 0, unknown: 0, soleBlocker: 0 }));
  for (const model of assessed) {
    const notOpen = PILLAR_KEYS.filter((pillar) => model.pillars[pillar] !== "open");
    pillars.forEach((figures) => {
      figures[model.pillars[figures.pillar] ?? "unknown"] += 1;
      if (notOpen.length === 1 && notOpen[0] === figures.pillar) figures.soleBlocker += 1;
    });
  }
  const notOpenCount = (figures: PillarFigures) => figures.partial + figures.closed + figures.unknown;
  const worst = Math.max(0, ...pillars.map(notOpenCount));
  return {
    assessed: assessed.length,
    pillars,
    mostBlocking: worst === 0 ? [] : pillars.filter((figures) => notOpenCount(figures) === worst).map((figures) => figures.pillar),
  };
}

// ---------------------------------------------------------------- trend over release years

export type YearFigures = {
  year: number;
  models: number;
  byGrade: Record<Grade, number>;
  /** mean exact score of the year's scored models; null when none */
  meanScore: number | null;
  /** diversity of the organisations behind the year's models */
  organisations: Diversity;
};

export type ReleaseTrend = { years: YearFigures[]; undated: number };

/** One row per year from the first release year to the last (years without a model included). */
export function releaseTrend(models: readonly InsightModel[]): ReleaseTrend {
  const dated = models.filter((model): model is InsightModel & { releaseYear: number } => model.releaseYear !== null);
  if (dated.length === 0) return { years: [], undated: models.length };
  const first = Math.min(...dated.map((model) => model.releaseYear));
  const last = Math.max(...dated.map((model) => model.releaseYear));
  const years: YearFigures[] = [];
  for (let year = first; year <= last; year++) {
    const ofYear = dated.filter((model) => model.releaseYear === year);
    const byGrade = zeroByGrade();
    for (const model of ofYear) if (model.grade) byGrade[model.grade] += 1;
    const scores = ofYear.flatMap((model) => (model.score === null ? [] : [model.score]));
    years.push({
      year,
      models: ofYear.length,
      byGrade,
      meanScore: scores.length === 0 ? null : scores.reduce((sum, score) => sum + score, 0) / scores.length,
      organisations: biodiversity(attributed(ofYear)).organisations,
    });
  }
  return { years, undated: models.length - dated.length };
}

// ---------------------------------------------------------------- languages

export type LanguageGroup = "eu-official" | "national" | "regional-minority";

export type BestModel = { slug: string; name: string; grade: Grade; score: number | null };

export type LanguageRow = {
  /** ISO 639 code, as in lib/openness/europe.ts */
  code: string;
  group: LanguageGroup;
  /** published models that support the language */
  models: number;
  byGrade: Record<Grade, number>;
  /** models whose use is open (grades A to C) */
  openUse: number;
  /** the best of those: best grade, then best score, then name */
  bestOpen: BestModel | null;
};

export type LanguageMatrix = {
  /** the 24 official EU languages first, then the other national, then regional and minority languages */
  rows: LanguageRow[];
  /** languages the models support that are not European, most supported first */
  others: { code: string; models: number }[];
};

const LANGUAGE_ORDER: readonly { code: string; group: LanguageGroup }[] = [
  ...EU_OFFICIAL_LANGUAGES.map((code) => ({ code, group: "eu-official" as const })),
  ...EUROPEAN_LANGUAGES.filter((language) => language.group === "national").map(({ code }) => ({ code, group: "national" as const })),
  ...EUROPEAN_LANGUAGES.filter((language) => language.group === "regional-minority").map(({ code }) => ({
    code,
    group: "regional-minority" as const,
  })),
];

function betterModel(a: BestModel, b: BestModel): number {
  return gradeRank(a.grade) - gradeRank(b.grade) || (b.score ?? -1) - (a.score ?? -1) || a.name.localeCompare(b.name);
}

/** Every European language against the grades of the models that support it. */
export function languageMatrix(models: readonly InsightModel[]): LanguageMatrix {
  const byLanguage = new Map<string, InsightModel[]>();
  for (const model of models) {
    for (const code of new Set(model.languages.map(primaryLanguage).filter(Boolean))) {
      byLanguage.set(code, [...(byLanguage.get(code) ?? []), model]);
    }
  }
  const rows = LANGUAGE_ORDER.map(({ code, group }): LanguageRow => {
    const supporting = byLanguage.get(code) ?? [];
    const byGrade = zeroByGrade();
    for (const model of supporting) if (model.grade) byGrade[model.grade] += 1;
    const open = supporting
      .filter(isOpenUse)
      .map((model): BestModel => ({ slug: model.slug, name: model.name, grade: model.grade as Grade, score: model.score }))
      .sort(betterModel);
    return { code, group, models: supporting.length, byGrade, openUse: open.length, bestOpen: open[0] ?? null };
  });
  const others = [...byLanguage.entries()]
    .filter(([code]) => !isEuropeanLanguage(code))
    .map(([code, supporting]) => ({ code, models: supporting.length }))
    .sort((a, b) => b.models - a.models || a.code.localeCompare(b.code));
  return { rows, others };
}

// ---------------------------------------------------------------- sorting the country table

export const COUNTRY_SORTS = ["country", ...MAP_MEASURES] as const;
export type CountrySort = (typeof COUNTRY_SORTS)[number];
export type SortOrder = "asc" | "desc";

/**
 * The country table in the chosen order; ties, and countries without a mean score (always last),
 * fall back to the country's name so the order is stable.
 */
export function sortCountryRows(
  rows: readonly CountryFigures[],
  sort: CountrySort,
  order: SortOrder,
  nameOf: (code: string) => string,
  locale: string,
): CountryFigures[] {
  const collator = new Intl.Collator(locale);
  const byName = (a: CountryFigures, b: CountryFigures) => collator.compare(nameOf(a.country), nameOf(b.country));
  const sign = order === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => {
    if (sort === "country") return sign * byName(a, b);
    const [x, y] = [a[sort], b[sort]];
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
    return sign * (x - y) || byName(a, b);
  });
}
