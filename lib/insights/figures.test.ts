import { describe, expect, it } from "vitest";
import {
  biodiversityByCountry,
  colourClasses,
  colourClassOf,
  countryFigures,
  europeBiodiversity,
  gradeDistribution,
  languageMatrix,
  MAP_MEASURES,
  measureValue,
  pillarFrequency,
  releaseTrend,
  sortCountryRows,
  type InsightModel,
  type InsightOrganisation,
} from "./figures";
import type { Grade } from "@/lib/openness";
import { messagesFor } from "@/lib/i18n/messages";
import { LOCALES } from "@/lib/i18n/routing";

const org = (id: string, country = "FR", sme: boolean | null = false): InsightOrganisation => ({ id, country, sme });

let counter = 0;
function model(overrides: Partial<InsightModel> & { organisations: InsightOrganisation[] }): InsightModel {
  counter += 1;
  return {
    slug: `m${counter}`,
    name: `Model ${counter}`,
    score: 50,
    grade: "C",
    gradeComplete: true,
    releaseYear: 2024,
    languages: [],
    pillars: { use: "open", methods: "closed", data: "closed", retrain: "closed" },
    ...overrides,
  };
}

const allOpen = { use: "open", methods: "open", data: "open", retrain: "open" } as const;

describe("countryFigures", () => {
  it("of an empty catalogue has no rows", () => {
    expect(countryFigures([], [])).toEqual([]);
  });

  it("counts organisations, SMEs (verified only), models, truly open models and the mean score per country", () => {
    const mistral = org("mistral", "FR", null);
    const pleias = org("pleias", "FR", true);
    const silo = org("silo", "fi", true); // lower case is normalised
    const hplt = org("hplt", "EU", false);
    const models = [
      model({ organisations: [mistral], score: 30, grade: "C" }),
      model({ organisations: [pleias], score: 90, grade: "A" }),
      // a joint model counts once in each of its countries, and once only in FI despite two FI organisations
      model({ organisations: [silo, org("turku", "FI"), hplt], score: 60, grade: "B" }),
      model({ organisations: [silo], score: null, grade: null }),
    ];
    const rows = countryFigures(models, [mistral, pleias, silo, org("turku", "FI"), hplt, org("empty", "DE", true)]);
    expect(rows).toEqual([
      { country: "DE", organisations: 1, smes: 1, models: 0, openModels: 0, meanScore: null },
      { country: "EU", organisations: 1, smes: 0, models: 1, openModels: 0, meanScore: 60 },
      { country: "FI", organisations: 2, smes: 1, models: 2, openModels: 0, meanScore: 60 },
      { country: "FR", organisations: 2, smes: 1, models: 2, openModels: 1, meanScore: 60 },
    ]);
  });
});

describe("the map's colour scale", () => {
  it("has one class per count while counts fit, and none when every count is zero", () => {
    expect(colourClasses("models", [0, 1, 3, null])).toEqual([
      { from: 1, to: 1 },
      { from: 2, to: 2 },
      { from: 3, to: 3 },
    ]);
    expect(colourClasses("models", [0, 0])).toEqual([]);
    expect(colourClasses("organisations", [])).toEqual([]);
  });

  it("splits larger counts in equal integer steps that reach the maximum", () => {
    expect(colourClasses("models", [12, 1])).toEqual([
      { from: 1, to: 3 },
      { from: 4, to: 6 },
      { from: 7, to: 9 },
      { from: 10, to: 12 },
    ]);
    const classes = colourClasses("smes", [23]);
    expect(classes).toHaveLength(5);
    expect(classes.at(-1)?.to).toBe(23);
  });

  it("uses fixed bands of 20 for the mean score, and puts each value in exactly one class", () => {
    const bands = colourClasses("meanScore", [55]);
    expect(bands.map((band) => `${band.from}-${band.to}`)).toEqual(["0-19", "20-39", "40-59", "60-79", "80-100"]);
    expect(colourClassOf(bands, 0)).toBe(0);
    expect(colourClassOf(bands, 19)).toBe(0);
    expect(colourClassOf(bands, 20)).toBe(1);
    expect(colourClassOf(bands, 100)).toBe(4);
    expect(colourClassOf(bands, null)).toBe(-1);
  });

  it("gives zero counts no class, and rounds the mean score as displayed", () => {
    const counts = colourClasses("models", [2]);
    expect(colourClassOf(counts, 0)).toBe(-1);
    const figures = { country: "FR", organisations: 0, smes: 0, models: 0, openModels: 0, meanScore: 19.6 };
    expect(measureValue(figures, "meanScore")).toBe(20);
    expect(measureValue(undefined, "meanScore")).toBeNull();
    expect(measureValue(undefined, "models")).toBe(0);
  });
});

describe("europeBiodiversity", () => {
  it("of no models is zero, with no SME share", () => {
    const { all, trulyOpen } = europeBiodiversity([]);
    expect(all.organisations.effectiveNumber).toBe(0);
    expect(all.smeShare).toBeNull();
    expect(trulyOpen.models).toBe(0);
  });

  it("of one organisation is one effective organisation and one country", () => {
    const only = org("only", "FR", true);
    const { all } = europeBiodiversity([model({ organisations: [only] }), model({ organisations: [only] })]);
    expect(all.organisations).toEqual({ shannon: 0, effectiveNumber: 1, groups: 1 });
    expect(all.countries.effectiveNumber).toBe(1);
    expect(all.smeShare).toBe(1);
  });

  it("counts truly open models alone separately, and leaves out a model without organisation", () => {
    const models = [
      model({ organisations: [org("a", "FR")], grade: "A", pillars: allOpen }),
      model({ organisations: [org("b", "DE")], grade: "A", pillars: allOpen }),
      model({ organisations: [org("c", "DE")], grade: "D" }),
      model({ organisations: [], grade: "A" }),
    ];
    const { all, trulyOpen } = europeBiodiversity(models);
    // three organisations with one model each: H = ln 3 (a tie)
    expect(all.models).toBe(3);
    expect(all.organisations.shannon).toBeCloseTo(Math.log(3), 12);
    // countries FR 1, DE 2: H = -(1/3 ln 1/3 + 2/3 ln 2/3) ≈ 0.636514
    expect(all.countries.shannon).toBeCloseTo(0.6365141683, 9);
    expect(trulyOpen.models).toBe(2);
    expect(trulyOpen.organisations.effectiveNumber).toBeCloseTo(2, 12);
  });
});

describe("biodiversityByCountry", () => {
  it("counts in each country only that country's organisations, most models first, ties by code", () => {
    const rows = biodiversityByCountry([
      model({ organisations: [org("silo", "FI", true), org("hplt", "EU")] }),
      model({ organisations: [org("turku", "FI")], grade: "A", pillars: allOpen }),
      model({ organisations: [org("x", "SE")] }),
    ]);
    expect(rows.map((row) => [row.country, row.all.models])).toEqual([
      ["FI", 2],
      ["EU", 1],
      ["SE", 1],
    ]);
    const fi = rows[0]!;
    expect(fi.all.organisations.effectiveNumber).toBeCloseTo(2, 12);
    expect(fi.all.smeShare).toBe(0.5);
    expect(fi.trulyOpen.models).toBe(1);
    expect(rows[1]!.trulyOpen.organisations.effectiveNumber).toBe(0);
  });
});

describe("gradeDistribution", () => {
  it("counts each grade, the incomplete ones and the models not assessed", () => {
    const distribution = gradeDistribution([
      model({ organisations: [org("a")], grade: "A" }),
      model({ organisations: [org("a")], grade: "C", gradeComplete: false }),
      model({ organisations: [org("a")], grade: "C" }),
      model({ organisations: [org("a")], grade: null, gradeComplete: false }),
    ]);
    expect(distribution).toEqual({
      total: 4,
      byGrade: { A: 1, B: 0, C: 2, D: 0, E: 0 },
      incomplete: { A: 0, B: 0, C: 1, D: 0, E: 0 },
      notAssessed: 1,
    });
  });
});

describe("pillarFrequency", () => {
  it("of no assessed model names no blocking pillar", () => {
    expect(pillarFrequency([model({ organisations: [org("a")], pillars: {} })])).toMatchObject({ assessed: 0, mostBlocking: [] });
  });

  it("counts answers per pillar, unknown when missing, and which pillar alone keeps a model from grade A", () => {
    const { assessed, pillars, mostBlocking } = pillarFrequency([
      model({ organisations: [org("a")], pillars: allOpen }),
      model({ organisations: [org("a")], pillars: { ...allOpen, data: "partial" } }),
      model({ organisations: [org("a")], pillars: { use: "open", methods: "partial", data: "closed" } }),
    ]);
    expect(assessed).toBe(3);
    const data = pillars.find((p) => p.pillar === "data")!;
    expect(data).toEqual({ pillar: "data", open: 1, partial: 1, closed: 1, unknown: 0, soleBlocker: 1 });
    const retrain = pillars.find((p) => p.pillar === "retrain")!;
    expect(retrain).toMatchObject({ open: 2, unknown: 1, soleBlocker: 0 });
    expect(mostBlocking).toEqual(["data"]);
  });

  it("names every pillar on a tie", () => {
    const { mostBlocking } = pillarFrequency([
      model({ organisations: [org("a")], pillars: { ...allOpen, methods: "closed" } }),
      model({ organisations: [org("a")], pillars: { ...allOpen, data: "closed" } }),
    ]);
    expect(mostBlocking).toEqual(["methods", "data"]);
  });
});

describe("releaseTrend", () => {
  it("of no dated model has no years", () => {
    expect(releaseTrend([model({ organisations: [org("a")], releaseYear: null })])).toEqual({ years: [], undated: 1 });
  });

  it("has one row per year, gaps included, with grades, mean score and organisation diversity", () => {
    const { years, undated } = releaseTrend([
      model({ organisations: [org("a")], releaseYear: 2022, grade: "D", score: 40 }),
      model({ organisations: [org("a")], releaseYear: 2024, grade: "A", score: 90 }),
      model({ organisations: [org("b")], releaseYear: 2024, grade: "C", score: 30 }),
      model({ organisations: [org("b")], releaseYear: null }),
    ]);
    expect(undated).toBe(1);
    expect(years.map((y) => [y.year, y.models, y.meanScore])).toEqual([
      [2022, 1, 40],
      [2023, 0, null],
      [2024, 2, 60],
    ]);
    expect(years[2]!.byGrade).toEqual({ A: 1, B: 0, C: 1, D: 0, E: 0 });
    expect(years[2]!.organisations.effectiveNumber).toBeCloseTo(2, 12);
    expect(years[1]!.organisations.effectiveNumber).toBe(0);
  });
});

describe("languageMatrix", () => {
  const withLanguages = (languages: string[], grade: Grade | null, score: number | null, name: string) =>
    model({ organisations: [org("a")], languages, grade, score, name, slug: name.toLowerCase() });

  it("lists the 24 official EU languages first, then the national, then the regional and minority ones", () => {
    const { rows } = languageMatrix([]);
    expect(rows.slice(0, 24).every((row) => row.group === "eu-official")).toBe(true);
    expect(rows.slice(0, 24).map((row) => row.code)).toContain("ga");
    expect(rows[24]!.group).toBe("national");
    expect(rows.at(-1)!.group).toBe("regional-minority");
    expect(rows.map((row) => row.code)).toEqual(expect.arrayContaining(["ca", "eu", "gl", "cy", "lb", "no", "is", "uk"]));
    // nothing served yet: every language is a gap
    expect(rows.every((row) => row.models === 0 && row.bestOpen === null)).toBe(true);
  });

  it("counts models per grade, region subtags folded, and picks the best open model by grade, score, then name", () => {
    const { rows, others } = languageMatrix([
      withLanguages(["ca", "es", "pt-BR", "pt"], "B", 80, "Beta"),
      withLanguages(["ca", "zh"], "A", 60, "Alpha"),
      withLanguages(["ca"], "D", 99, "Delta"),
      withLanguages(["pt"], "C", 50, "Zeta"),
      withLanguages(["pt"], "C", 50, "Eta"),
      withLanguages(["eu"], "D", 70, "Restricted"),
    ]);
    const row = (code: string) => rows.find((r) => r.code === code)!;
    expect(row("ca")).toMatchObject({ models: 3, openUse: 2, byGrade: { A: 1, B: 1, C: 0, D: 1, E: 0 } });
    // grade A beats a higher-scored B; a restricted model is never the best open one
    expect(row("ca").bestOpen).toEqual({ slug: "alpha", name: "Alpha", grade: "A", score: 60 });
    expect(row("pt").models).toBe(3);
    expect(row("pt").bestOpen?.name).toBe("Beta");
    // a language served only by restricted models has no open model
    expect(row("eu")).toMatchObject({ models: 1, openUse: 0, bestOpen: null });
    expect(others).toEqual([{ code: "zh", models: 1 }]);
  });

  it("breaks a tie of grade and score by name", () => {
    const { rows } = languageMatrix([withLanguages(["fi"], "C", 50, "Zeta"), withLanguages(["fi"], "C", 50, "Eta")]);
    expect(rows.find((r) => r.code === "fi")!.bestOpen?.name).toBe("Eta");
  });
});

describe("sortCountryRows", () => {
  const row = (country: string, models: number, meanScore: number | null) => ({ country, organisations: 1, smes: 0, models, openModels: 0, meanScore });
  const rows = [row("FR", 3, 40), row("DE", 3, null), row("FI", 1, 70), row("ES", 5, 50)];
  const names: Record<string, string> = { FR: "France", DE: "Germany", FI: "Finland", ES: "Spain" };
  const sorted = (sort: Parameters<typeof sortCountryRows>[1], order: "asc" | "desc") =>
    sortCountryRows(rows, sort, order, (code) => names[code]!, "en").map((r) => r.country);

  it("sorts by a figure, ties by name", () => {
    expect(sorted("models", "desc")).toEqual(["ES", "FR", "DE", "FI"]);
    expect(sorted("models", "asc")).toEqual(["FI", "FR", "DE", "ES"]);
  });

  it("keeps countries without a mean score last in both directions", () => {
    expect(sorted("meanScore", "desc")).toEqual(["FI", "ES", "FR", "DE"]);
    expect(sorted("meanScore", "asc")).toEqual(["FR", "ES", "FI", "DE"]);
  });

  it("sorts by name in the reader's language", () => {
    expect(sorted("country", "asc")).toEqual(["FI", "FR", "DE", "ES"]);
    const french: Record<string, string> = { FR: "France", DE: "Allemagne", FI: "Finlande", ES: "Espagne" };
    expect(sortCountryRows(rows, "country", "asc", (c) => french[c]!, "fr").map((r) => r.country)).toEqual(["DE", "ES", "FI", "FR"]);
  });
});

describe("the map's measures", () => {
  it.each(LOCALES)("each have a name, a note and a column in %s", (locale) => {
    const { measures, measureNotes, map } = messagesFor(locale).insights;
    for (const measure of MAP_MEASURES) {
      expect(measures[measure], measure).toBeTruthy();
      expect(measureNotes[measure], measure).toBeTruthy();
      expect(map.columns[measure], measure).toBeTruthy();
    }
  });
});

describe("g7Distribution", () => {
  it("counts the models per G7 label, and those not assessed apart", async () => {
    const { g7Distribution } = await import("./figures");
    const model = (g7: InsightModelForG7) => ({ slug: String(Math.random()), name: "m", score: 1, grade: "C" as const, gradeComplete: true, releaseYear: 2025, languages: [], organisations: [], pillars: {}, g7 });
    type InsightModelForG7 = "open_weights_ai" | "weights_available_ai" | null;
    const distribution = g7Distribution([model("open_weights_ai"), model("open_weights_ai"), model("weights_available_ai"), model(null)]);
    expect(distribution.total).toBe(4);
    expect(distribution.notAssessed).toBe(1);
    expect(distribution.byLabel).toMatchObject({ open_weights_ai: 2, weights_available_ai: 1, open_source_ai: 0, none: 0 });
  });
});
