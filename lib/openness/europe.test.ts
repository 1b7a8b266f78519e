import { describe, expect, it } from "vitest";
import {
  BORDERLINE_ORGANISATIONS,
  EU_OFFICIAL_LANGUAGES,
  EUROPEAN_COUNTRIES,
  EUROPEAN_LANGUAGES,
  europeanCountry,
  isEuOfficialLanguage,
  isEuropeanCountry,
  isEuropeanLanguage,
} from "./europe";

describe("European countries", () => {
  it("are the EU 27, the EEA three, Switzerland, the UK, 16 other states and EU level, each once", () => {
    const count = (group: string) => EUROPEAN_COUNTRIES.filter((country) => country.group === group).length;
    expect(count("eu")).toBe(27);
    expect(count("eea")).toBe(3);
    expect(count("efta")).toBe(1);
    expect(count("uk")).toBe(1);
    expect(count("other")).toBe(16);
    expect(count("eu-level")).toBe(1);
    const codes = EUROPEAN_COUNTRIES.map((country) => country.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.every((code) => /^[A-Z]{2}$/.test(code))).toBe(true);
  });

  it("include the catalogue's countries and the borderline cases, case-insensitively", () => {
    for (const code of ["FR", "DE", "ES", "PT", "IT", "PL", "FI", "SE", "CH", "GB", "EU", "no", " is "]) {
      expect(isEuropeanCountry(code)).toBe(true);
    }
    expect(europeanCountry("ch")?.group).toBe("efta");
    expect(europeanCountry("XK")?.group).toBe("other");
    expect(europeanCountry("TR")?.group).toBe("other");
  });

  it("leave out Russia, Belarus and non-European countries", () => {
    for (const code of ["RU", "BY", "US", "CN", "KZ", "IL", "UK", "EL", ""]) expect(isEuropeanCountry(code)).toBe(false);
  });
});

describe("European languages", () => {
  it("list the 24 official EU languages as ISO 639-1 codes", () => {
    expect(EU_OFFICIAL_LANGUAGES).toHaveLength(24);
    expect(EU_OFFICIAL_LANGUAGES.every((code) => /^[a-z]{2}$/.test(code))).toBe(true);
    expect([...EU_OFFICIAL_LANGUAGES].sort()).toEqual([...EU_OFFICIAL_LANGUAGES]);
  });

  it("list other European languages once each, none of them an official EU language, as ISO 639 codes", () => {
    const codes = EUROPEAN_LANGUAGES.map((language) => language.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.some((code) => (EU_OFFICIAL_LANGUAGES as readonly string[]).includes(code))).toBe(false);
    expect(codes.every((code) => /^[a-z]{2,3}$/.test(code))).toBe(true);
    for (const code of ["ca", "eu", "gl", "oc", "br", "cy", "lb", "no", "nb", "nn", "is", "uk", "sq", "sr", "se", "la", "ru", "tr"]) {
      expect(codes).toContain(code);
    }
  });

  it("recognise language tags by their primary subtag", () => {
    expect(isEuropeanLanguage("pt-BR")).toBe(true);
    expect(isEuropeanLanguage("FR")).toBe(true);
    expect(isEuropeanLanguage("oc")).toBe(true);
    expect(isEuropeanLanguage("zh")).toBe(false);
    expect(isEuropeanLanguage("")).toBe(false);
    expect(isEuOfficialLanguage("ga")).toBe(true);
    expect(isEuOfficialLanguage("ca")).toBe(false);
  });

  it("cover every language the catalogue lists for EuroLLM and Salamandra that is European", () => {
    for (const code of ["ca", "gl", "no", "ru", "tr", "uk", "eu", "oc", "cy", "nn", "sr"]) expect(isEuropeanLanguage(code)).toBe(true);
    for (const code of ["ar", "zh", "hi", "ja", "ko"]) expect(isEuropeanLanguage(code)).toBe(false);
  });

  it("count Swiss German (Apertus) and Serbo-Croatian (Salamandra) as European, not as languages from elsewhere", () => {
    for (const code of ["gsw", "hbs", "sh"]) expect(isEuropeanLanguage(code), code).toBe(true);
  });
});

describe("borderline organisations", () => {
  it("are decided by where their research is done, under a European country", () => {
    expect(BORDERLINE_ORGANISATIONS.map((o) => o.name)).toEqual(["Hugging Face", "BigScience", "Black Forest Labs", "Silo AI"]);
    for (const organisation of BORDERLINE_ORGANISATIONS) {
      expect(organisation.european).toBe(true);
      expect(isEuropeanCountry(organisation.country)).toBe(true);
    }
  });
});
