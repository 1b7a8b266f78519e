import { describe, expect, it } from "vitest";
import { understandQuery } from "./understand";

const filters = (text: string) => understandQuery(text).filters;
const rest = (text: string) => understandQuery(text).rest;

describe("understanding a search", () => {
  it("reads the newcomer's search as filters, with no words left", () => {
    expect(understandQuery("open French LLM under 10B")).toEqual({
      // "open" alone is the site's open (usable by anyone: grades A to C); "open source" is grade A
      filters: { grade: ["A", "B", "C"], lang: ["fr"], task: ["text-generation"], paramsMax: 10 },
      recognised: [
        { words: "open", field: "grade", value: ["A", "B", "C"] },
        { words: "French", field: "lang", value: "fr" },
        { words: "LLM", field: "task", value: "text-generation" },
        { words: "under 10B", field: "paramsMax", value: 10 },
      ],
      rest: "",
    });
  });

  it("reads the same in French, with its accents, inflections and spelled-out units", () => {
    expect(filters("LLM français ouvert de moins de 10 milliards de paramètres")).toEqual({ task: ["text-generation"], lang: ["fr"], grade: ["A", "B", "C"], paramsMax: 10 });
    expect(filters("modèles ouverts en langue française")).toMatchObject({ grade: ["A", "B", "C"], lang: ["fr"] });
    expect(filters("IA italienne")).toEqual({ lang: ["it"] });
    expect(filters("francais")).toEqual({ lang: ["fr"] });
    expect(filters("modèle grec")).toEqual({ lang: ["el"] });
    expect(filters("modèles grecques")).toEqual({ lang: ["el"] });
  });

  it("knows languages and countries by their names in both languages", () => {
    expect(filters("Finnish")).toEqual({ lang: ["fi"] });
    expect(filters("finnois")).toEqual({ lang: ["fi"] });
    expect(filters("Catalan Basque")).toEqual({ lang: ["ca", "eu"] });
    expect(filters("models from Germany")).toEqual({ country: ["DE"] });
    expect(filters("Allemagne")).toEqual({ country: ["DE"] });
    expect(filters("Royaume-Uni")).toEqual({ country: ["GB"] });
    expect(filters("United Kingdom")).toEqual({ country: ["GB"] });
    expect(filters("Pays-Bas et Belgique")).toEqual({ country: ["NL", "BE"] });
    expect(filters("francophone")).toEqual({ lang: ["fr"] });
    // the longer name wins: Low German is not German, Swiss German is not Switzerland
    expect(filters("Low German")).toEqual({ lang: ["nds"] });
    expect(filters("Swiss German")).toEqual({ lang: ["gsw"] });
    expect(filters("LLM en suisse allemand")).toEqual({ task: ["text-generation"], lang: ["gsw"] });
    expect(filters("serbo-croate")).toEqual({ lang: ["hbs"] });
  });

  it("knows the grades by letter and by label, the longer phrase first", () => {
    expect(filters("grade B")).toEqual({ grade: ["B"] });
    expect(filters("note c")).toEqual({ grade: ["C"] });
    expect(filters("B grade models")).toEqual({ grade: ["B"] });
    expect(filters("open science")).toEqual({ grade: ["B"] });
    expect(filters("science ouverte")).toEqual({ grade: ["B"] });
    expect(filters("open weights")).toEqual({ grade: ["C"] });
    expect(filters("open-weight")).toEqual({ grade: ["C"] });
    expect(filters("poids ouverts")).toEqual({ grade: ["C"] });
    expect(filters("truly open")).toEqual({ grade: ["A"] });
    expect(filters("vraiment ouverts")).toEqual({ grade: ["A"] });
    expect(filters("open-source")).toEqual({ grade: ["A"] });
    expect(filters("open source")).toEqual({ grade: ["A"] });
    expect(filters("restricted")).toEqual({ grade: ["D"] });
    expect(filters("fermés")).toEqual({ grade: ["E"] });
    // "a" before "grade" is an article, not grade A
    expect(filters("a grade B model")).toEqual({ grade: ["B"] });
    expect(rest("a grade B model")).toBe("");
  });

  it("reads sizes with a comparison and a unit, in both languages", () => {
    expect(filters("under 10B")).toEqual({ paramsMax: 10 });
    expect(filters("< 7 B")).toEqual({ paramsMax: 7 });
    expect(filters("≤7B")).toEqual({ paramsMax: 7 });
    expect(filters("at most 3 billion parameters")).toEqual({ paramsMax: 3 });
    expect(filters("over 500M")).toEqual({ paramsMin: 0.5 });
    expect(filters("at least 1.5b")).toEqual({ paramsMin: 1.5 });
    expect(filters("plus de 1,5 Md")).toEqual({ paramsMin: 1.5 });
    expect(filters("jusqu’à 7 Md")).toEqual({ paramsMax: 7 });
    expect(filters("au moins 70 milliards")).toEqual({ paramsMin: 70 });
    expect(filters("between 1 and 10B")).toEqual({ paramsMin: 1, paramsMax: 10 });
    expect(filters("entre 10 et 1 Md")).toEqual({ paramsMin: 1, paramsMax: 10 });
  });

  it("leaves a number without a comparison or a unit to the text search: it is part of a name", () => {
    expect(understandQuery("Mistral 7B")).toEqual({ filters: {}, recognised: [], rest: "Mistral 7B" });
    expect(understandQuery("under 10")).toEqual({ filters: {}, recognised: [], rest: "under 10" });
    expect(filters("Lucie 7B under 10B")).toEqual({ paramsMax: 10 });
    expect(rest("Lucie 7B under 10B")).toBe("Lucie 7B");
  });

  it("knows modalities, tasks and their usual words", () => {
    expect(filters("speech")).toEqual({ modality: ["speech"] });
    expect(filters("parole")).toEqual({ modality: ["speech"] });
    expect(filters("images")).toEqual({ modality: ["image"] });
    expect(filters("speech recognition")).toEqual({ task: ["automatic-speech-recognition"] });
    expect(filters("ASR")).toEqual({ task: ["automatic-speech-recognition"] });
    expect(filters("reconnaissance de la parole")).toEqual({ task: ["automatic-speech-recognition"] });
    expect(filters("traduction espagnol")).toEqual({ task: ["translation"], lang: ["es"] });
    expect(filters("text to image")).toEqual({ task: ["text-to-image"] });
    expect(filters("grands modèles de langage")).toEqual({ task: ["text-generation"] });
    expect(filters("SME commercial use")).toEqual({ sme: true, commercial: true });
    expect(filters("PME")).toEqual({ sme: true });
  });

  it("keeps the other words, as typed, and drops the small words around the filters", () => {
    expect(rest("Salamandra catalan")).toBe("Salamandra");
    expect(rest("models from Germany by Aleph Alpha")).toBe("Aleph Alpha");
    expect(rest("modèles de Pleias en français")).toBe("Pleias");
    // without a filter, every word is searched as typed
    expect(understandQuery("the model of the year")).toEqual({ filters: {}, recognised: [], rest: "the model of the year" });
    expect(understandQuery("")).toEqual({ filters: {}, recognised: [], rest: "" });
    expect(understandQuery(undefined)).toEqual({ filters: {}, recognised: [], rest: "" });
  });

  it("never reads words inside other words", () => {
    expect(understandQuery("OpenGPT-X")).toEqual({ filters: {}, recognised: [], rest: "OpenGPT X" });
    expect(understandQuery("EuroLLM")).toEqual({ filters: {}, recognised: [], rest: "EuroLLM" });
    expect(understandQuery("Codestral")).toEqual({ filters: {}, recognised: [], rest: "Codestral" });
  });
});

describe("understanding a search in the site's other languages", () => {
  it("reads open, the language, the kind of model and the size in German, Polish, Italian, Spanish, Dutch and Portuguese", () => {
    const newcomer = { grade: ["A", "B", "C"], lang: ["fr"], task: ["text-generation"], paramsMax: 10 };
    expect(filters("offene französische Sprachmodelle unter 10 Mrd. Parameter")).toEqual(newcomer);
    expect(filters("otwarte modele językowe francuski poniżej 10 mld parametrów")).toEqual(newcomer);
    expect(filters("modelli linguistici aperti francese meno di 10 miliardi di parametri")).toEqual(newcomer);
    expect(filters("modelos de lenguaje abiertos francés menos de 10 millardos de parámetros")).toEqual(newcomer);
    expect(filters("open taalmodellen Frans onder 10 mld parameters")).toEqual(newcomer);
    expect(filters("modelos de linguagem abertos francês menos de 10000 milhões de parâmetros")).toEqual(newcomer);
  });

  it("knows languages and countries by their names in each language", () => {
    expect(filters("Deutschland")).toEqual({ country: ["DE"] });
    expect(filters("Polska")).toEqual({ country: ["PL"] });
    expect(filters("Países Bajos")).toEqual({ country: ["NL"] });
    expect(filters("finnische Modelle")).toEqual({ lang: ["fi"] });
    expect(filters("polski")).toEqual({ lang: ["pl"] });
    expect(filters("catalano")).toEqual({ lang: ["ca"] });
  });

  it("reads ranges, grades written as words and the small words around them", () => {
    expect(filters("zwischen 1 und 10 Mrd")).toEqual({ paramsMin: 1, paramsMax: 10 });
    expect(filters("od 1 do 10 mld")).toEqual({ paramsMin: 1, paramsMax: 10 });
    expect(filters("tra 1 e 10 mld")).toEqual({ paramsMin: 1, paramsMax: 10 });
    expect(filters("über 500 Mio")).toEqual({ paramsMin: 0.5 });
    expect(filters("Note B")).toEqual({ grade: ["B"] });
    expect(filters("ocena c")).toEqual({ grade: ["C"] });
    expect(understandQuery("Modelle aus Deutschland mit offenen Gewichten")).toMatchObject({ filters: { country: ["DE"], grade: ["C"] }, rest: "" });
  });
});
