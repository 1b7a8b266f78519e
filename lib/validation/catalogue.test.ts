import { describe, expect, it } from "vitest";
import {
  activeFilters,
  compareQuerySchema,
  EMPTY_MODEL_QUERY,
  FIELD_MESSAGES,
  isIso639Code,
  MODEL_SORTS,
  modelQuerySchema,
  organisationQuerySchema,
  parseModelQuery,
  parseOrganisationQuery,
  parseSearchParams,
  parseSearchParamsLeniently,
} from "./catalogue";
import { compareQueryString, modelsQueryString, needsFolding, organisationsQueryString, toSearchParams } from "./catalogue-url";
import { EU_OFFICIAL_LANGUAGES, EUROPEAN_LANGUAGES } from "../openness/europe";
import { MODALITIES, ORGANISATION_TYPES } from "../openness/types";
import { messagesFor } from "../i18n/messages";
import { LOCALES } from "../i18n/routing";

const params = (query: string) => new URLSearchParams(query);

describe("the /models query contract", () => {
  it("parses the contract's example", () => {
    expect(parseModelQuery(params("country=FI&grade=A,B&lang=fi"))).toEqual({
      success: true,
      data: { ...EMPTY_MODEL_QUERY, country: ["FI"], grade: ["A", "B"], lang: ["fi"] },
    });
  });

  it("reads every parameter, normalising case and repeats", () => {
    const parsed = parseModelQuery(
      params(
        "q=%20Mistral%20&grade=a&use=open&methods=partial&data=open&retrain=partial&licence=Apache-2.0,MIT&commercial=1&org=mistral-ai" +
          "&orgType=research&sme=1&country=fi,se&modality=text&task=text-generation&lang=FR,oc&paramsMin=1.5&paramsMax=10&yearMin=2023&yearMax=2025&sort=release&page=3",
      ),
    );
    expect(parsed.success).toBe(false); // grade=a is not a grade: letters are upper case
    const fixed = parseModelQuery(params("grade=A&grade=B&grade=A&lang=FR,oc&country=fi&commercial=true&paramsMin=1.5&sort=release&page=3"));
    expect(fixed).toEqual({
      success: true,
      data: { ...EMPTY_MODEL_QUERY, grade: ["A", "B"], lang: ["fr", "oc"], country: ["FI"], commercial: true, paramsMin: 1.5, sort: "release", page: 3 },
    });
  });

  it("gives field errors for bad values, and ignores unknown parameters", () => {
    const parsed = parseModelQuery(params("grade=Z&use=maybe&page=0&paramsMin=abc&lang=xx&sort=best&yearMin=2025&yearMax=2020&utm_source=x"));
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(Object.keys(parsed.errors).sort()).toEqual(["grade", "lang", "page", "paramsMin", "sort", "use"].sort());
    // the year range is checked once each year is valid
    const range = parseModelQuery(params("yearMin=2025&yearMax=2020"));
    expect(range.success === false && Object.keys(range.errors).sort()).toEqual(["yearMax", "yearMin"]);
  });

  it("pages keep the good fields and drop the bad ones", () => {
    const { data, errors } = parseSearchParamsLeniently(modelQuerySchema, params("grade=Z&lang=fr&page=-1&sort=name"));
    expect(data).toEqual({ ...EMPTY_MODEL_QUERY, lang: ["fr"], sort: "name" });
    expect(Object.keys(errors).sort()).toEqual(["grade", "page"]);
    expect(parseSearchParamsLeniently(modelQuerySchema, params("paramsMin=50&paramsMax=5")).data).toEqual(EMPTY_MODEL_QUERY);
  });

  it("bounds lengths: long searches, long lists and deep pages are refused", () => {
    expect(parseModelQuery(params(`q=${"a".repeat(201)}`)).success).toBe(false);
    expect(parseModelQuery(params(`task=${Array.from({ length: 31 }, (_, i) => `t${i}`).join(",")}`)).success).toBe(false);
    expect(parseModelQuery(params("page=501")).success).toBe(false);
    expect(parseModelQuery(params("page=500")).success).toBe(true);
  });

  it("knows every ISO 639 code the Europe rule names, and no made-up one", () => {
    for (const code of [...EU_OFFICIAL_LANGUAGES, ...EUROPEAN_LANGUAGES.map((l) => l.code)]) expect(isIso639Code(code), code).toBe(true);
    for (const code of ["fin", "fra", "fre", "deu", "ger"]) expect(isIso639Code(code), code).toBe(true);
    for (const code of ["xx", "zzz", "english", ""]) expect(isIso639Code(code), code).toBe(false);
  });

  it("lists the filters that narrow a query", () => {
    expect(activeFilters(EMPTY_MODEL_QUERY)).toEqual([]);
    expect(activeFilters({ ...EMPTY_MODEL_QUERY, q: "x", sme: true, commercial: false, grade: [], sort: "name", page: 2 })).toEqual(["q", "sme"]);
  });
});

describe("URLs", () => {
  it("writes the contract's short form, defaults left out, and reads it back", () => {
    const query = { ...EMPTY_MODEL_QUERY, grade: ["A" as const, "B" as const], lang: ["fi"], sme: true, paramsMax: 10, sort: "score" as const, page: 1 };
    const written = modelsQueryString(query);
    expect(written).toBe("?grade=A,B&sme=1&lang=fi&paramsMax=10");
    expect(parseModelQuery(params(written.slice(1)))).toEqual({ success: true, data: query });
    expect(modelsQueryString({ ...query, sort: "name", page: 2 })).toContain("sort=name&page=2");
    expect(modelsQueryString(EMPTY_MODEL_QUERY)).toBe("");
    // the table view is kept in every link of its page; the list, the default, is left out
    expect(modelsQueryString({ ...query, view: "table" })).toBe("?grade=A,B&sme=1&lang=fi&paramsMax=10&view=table");
    expect(modelsQueryString({ ...query, view: "list" })).toBe(written);
    expect(parseModelQuery(params("view=table"))).toEqual({ success: true, data: { ...EMPTY_MODEL_QUERY, view: "table" } });
    expect(parseModelQuery(params("view=grid")).success).toBe(false);
    expect(modelsQueryString({ q: "élan & co" })).toBe("?q=élan+%26+co");
    expect(organisationsQueryString({ country: ["FR"], type: ["research"], sme: true })).toBe("?country=FR&type=research&sme=1");
    // organisations sort by name unless asked: the default is left out, the others kept
    expect(organisationsQueryString({ sort: "name", page: 1 })).toBe("");
    expect(organisationsQueryString({ sort: "openness", page: 2 })).toBe("?sort=openness&page=2");
    expect(organisationQuerySchema.parse({}).sort).toBe("name");
    expect(organisationQuerySchema.safeParse({ sort: "score" }).success).toBe(false);
    expect(compareQueryString(["a", "b"])).toBe("?models=a,b");
  });

  it("knows when a plain form's query needs folding", () => {
    expect(needsFolding(params("grade=A&grade=B"))).toBe(true);
    expect(needsFolding(params("q=&grade=A"))).toBe(true);
    expect(needsFolding(params("grade=A,B&q=x"))).toBe(false);
    expect(toSearchParams({ grade: ["A", "B"], q: "x", none: undefined }).toString()).toBe("grade=A&grade=B&q=x");
  });

  it("parses organisations and comparisons", () => {
    expect(parseOrganisationQuery(params("country=fr&type=research,non_profit&sme=1"))).toMatchObject({
      success: true,
      data: { country: ["FR"], type: ["research", "non_profit"], sme: true, page: 1 },
    });
    expect(parseSearchParams(compareQuerySchema, params("models=a,b,a"))).toEqual({ success: true, data: { models: ["a", "b"] } });
    expect(parseSearchParams(compareQuerySchema, params("models=a")).success).toBe(false);
    expect(parseSearchParams(compareQuerySchema, params("models=a,b,c,d,e")).success).toBe(false);
    expect(parseSearchParams(compareQuerySchema, params("models=a,<script>")).success).toBe(false);
  });
});

describe("the filters' words", () => {
  it.each(LOCALES)("name in %s every modality, organisation type, sort and parameter, with its error", (locale) => {
    const messages = messagesFor(locale).catalogue;
    for (const modality of MODALITIES) expect(messages.modality[modality], modality).toBeTruthy();
    for (const type of ORGANISATION_TYPES) expect(messages.orgType[type], type).toBeTruthy();
    for (const sort of MODEL_SORTS) expect(messages.filters.sorts[sort], sort).toBeTruthy();
    for (const field of Object.keys(FIELD_MESSAGES)) {
      expect(messages.filters.fieldNames[field as keyof typeof messages.filters.fieldNames], field).toBeTruthy();
      expect(messages.filters.errors[field as keyof typeof messages.filters.errors], field).toBeTruthy();
    }
  });
});
