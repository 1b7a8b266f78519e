// Locale-aware formatting comes from the platform's CLDR data, so a new language needs no table:
// parameter counts, lists, names of languages and countries, each language's own name, Open Graph's
// locale. Written for the languages the site was extended to, whether or not LOCALES lists them yet.
import { describe, expect, it } from "vitest";
import { countryName, formatList, formatParameters, languageName } from "./display-names";
import { endonym, endonyms } from "./endonyms";
import { LOCALES } from "./routing";
import { ogLocale } from "../seo/og-locale";

describe("formatting in the reader's language", () => {
  it("writes parameter counts the language's way", () => {
    const counts = ["en", "fr", "de", "pl", "it", "nl"].map((locale) => formatParameters(7e9, locale).replace(/\s/g, " "));
    expect(counts).toEqual(["7B", "7 Md", "7 Mrd.", "7 mld", "7 Mld", "7 mld."]);
    expect(formatParameters(1.5e9, "de").replace(/\s/g, " ")).toBe("1,5 Mrd.");
    // the site's Portuguese is Portugal's: "mM" (mil milhões), not Brazil's "bi"
    expect(formatParameters(7.2e9, "pt").replace(/\s/g, " ")).toBe("7,2 mM");
  });

  it("joins lists with the language's conjunction", () => {
    expect(["en", "fr", "de", "es", "it", "pl", "nl", "pt"].map((locale) => formatList(["A", "B", "C"], locale))).toEqual([
      "A, B, and C",
      "A, B et C",
      "A, B und C",
      "A, B y C",
      "A, B e C",
      "A, B i C",
      "A, B en C",
      "A, B e C",
    ]);
  });

  it("names languages and countries in the reader's language", () => {
    expect(languageName("fi", "de")).toBe("Finnisch");
    expect(languageName("fi", "pl")).toBe("Fiński");
    expect(countryName("DE", "pl")).toBe("Niemcy");
    expect(countryName("PL", "nl")).toBe("Polen");
  });

  it("lists each language by its own name, capitalised as at the start of a line", () => {
    expect(["en", "fr", "de", "es", "it", "pl", "nl", "pt"].map(endonym)).toEqual(["English", "Français", "Deutsch", "Español", "Italiano", "Polski", "Nederlands", "Português"]);
    expect(Object.keys(endonyms())).toEqual([...LOCALES]);
  });

  it("gives Open Graph a European territory for each language", () => {
    expect(["en", "fr", "de", "es", "it", "pl", "nl", "pt"].map((locale) => ogLocale(locale as never))).toEqual(["en_GB", "fr_FR", "de_DE", "es_ES", "it_IT", "pl_PL", "nl_NL", "pt_PT"]);
  });
});
