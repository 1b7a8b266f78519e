// What a search typed in words asks for, in the catalogue's filters: "open French LLM under 10B" is
// grade A, French, text generation and at most 10 billion parameters, with no words left to look
// for in names. Every language is understood whatever the page's language, as people mix them.
// Pure: the words come from the message catalogue (grade labels, modalities, tasks), from the
// runtime's CLDR names of the languages and countries of lib/openness/europe.ts, and from the words
// people also type (lib/search/words.ts).
import { messagesFor } from "../i18n/messages";
import { LOCALES } from "../i18n/routing";
import { EU_OFFICIAL_LANGUAGES, EUROPEAN_COUNTRIES, EUROPEAN_LANGUAGES } from "../openness/europe";
import { GRADES, MODALITIES, type Grade, type Modality } from "../openness/types";
import { OPEN_USE_GRADES } from "../insights/figures";
import { SEARCH_WORDS, type SearchWords } from "./words";

/** The filters a search's words name, in the fields of the /models URL contract. */
export type UnderstoodFilters = {
  grade?: Grade[];
  lang?: string[];
  country?: string[];
  modality?: Modality[];
  task?: string[];
  paramsMin?: number;
  paramsMax?: number;
  sme?: true;
  commercial?: true;
};

type ListField = "grade" | "lang" | "country" | "modality" | "task";
type Meaning = { field: ListField; value: string | readonly string[] } | { field: "sme" | "commercial" };

export type Understood = {
  filters: UnderstoodFilters;
  /** each phrase recognised, as typed, with what it became, in the order typed */
  recognised: { words: string; field: keyof UnderstoodFilters; value: string | readonly string[] | number | true }[];
  /** the words left for the text search ("" when none): without the small words around the filters */
  rest: string;
};

// ------------------------------------------------------------------ words

type Token = { text: string; norm: string };

// numbers with their unit glued on ("10B", "1,5Md"), words (with inner apostrophes), comparison signs
const TOKEN = /\p{N}+(?:[.,]\p{N}+)?\p{L}*|[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*|[<>≤≥]=?/gu;

/** Lower case, without accents, one apostrophe: "Français" and "francais" are one word. */
export function normaliseWord(word: string): string {
  return word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/’/g, "'");
}

function tokens(text: string): Token[] {
  return [...text.normalize("NFC").matchAll(TOKEN)].map((match) => ({ text: match[0], norm: normaliseWord(match[0]) }));
}

const phraseKey = (text: string) => tokens(text).map((token) => token.norm).join(" ");

// ------------------------------------------------------------------ vocabulary

const ALL_WORDS = Object.values(SEARCH_WORDS);
/** The languages whose names of languages and countries are read: the site's and those with words. */
const NAMING_LANGUAGES = [...new Set([...LOCALES, ...Object.keys(SEARCH_WORDS)])];

// Said in words the catalogue's messages do not hold (lib/search/words.ts). Multi-word phrases beat
// their parts ("open weights" is grade C, "open" alone grade A to C).
function synonyms(words: SearchWords): [string, Meaning][] {
  const as = (phrases: readonly string[], meaning: Meaning) => phrases.map((phrase) => [phrase, meaning] as [string, Meaning]);
  return [
    // "open" alone is the site's "open": usable by anyone for any purpose (grades A to C, as on
    // /languages); "open source" is the manifesto's, grade A
    ...as(words.open, { field: "grade", value: OPEN_USE_GRADES }),
    ...as(words.openSource, { field: "grade", value: "A" }),
    ...as(words.openWeights, { field: "grade", value: "C" }),
    ...as(words.llm, { field: "task", value: "text-generation" }),
    ...as(words.speechRecognition, { field: "task", value: "automatic-speech-recognition" }),
    ...as(words.speechSynthesis, { field: "task", value: "text-to-speech" }),
    ...as(words.translation, { field: "task", value: "translation" }),
    ...as(words.imageGeneration, { field: "task", value: "text-to-image" }),
    ...as(words.code, { field: "modality", value: "code" }),
    ...as(words.sme, { field: "sme" }),
    ...as(words.commercial, { field: "commercial" }),
  ];
}

// Words no single language owns
const SHARED_SYNONYMS: readonly [string, Meaning][] = [
  ...["images", "videos", "textes", "texts"].map((word) => [word, { field: "modality", value: word.startsWith("video") ? "video" : word.startsWith("image") ? "image" : "text" }] as [string, Meaning]),
  ...["francophone", "anglophone", "germanophone", "hispanophone", "lusophone", "italophone", "neerlandophone"].map(
    (word) => [word, { field: "lang", value: { francophone: "fr", anglophone: "en", germanophone: "de", hispanophone: "es", lusophone: "pt", italophone: "it", neerlandophone: "nl" }[word]! }] as [string, Meaning],
  ),
  ...["serbo croatian", "serbo croate"].map((phrase) => [phrase, { field: "lang", value: "hbs" }] as [string, Meaning]),
  ...["uk", "britain", "great britain", "england", "angleterre", "grande bretagne"].map((phrase) => [phrase, { field: "country", value: "GB" }] as [string, Meaning]),
  ...["holland", "hollande"].map((phrase) => [phrase, { field: "country", value: "NL" }] as [string, Meaning]),
  ...["czech republic", "republique tcheque"].map((phrase) => [phrase, { field: "country", value: "CZ" }] as [string, Meaning]),
];

/** Words around the filters that a text search would not find in a name ("models from", "qui parlent"). */
const SMALL_WORDS: ReadonlySet<string> = new Set(ALL_WORDS.flatMap((words) => words.smallWords.split(" ").map(normaliseWord)));
const GRADE_WORDS: ReadonlySet<string> = new Set(ALL_WORDS.flatMap((words) => words.gradeWords.map(normaliseWord)));

let vocabulary: Map<string, Meaning> | undefined;
let longestPhrase = 1;

function buildVocabulary(): Map<string, Meaning> {
  const entries = new Map<string, Meaning>();
  // the first meaning given to a phrase is kept: synonyms first, so that "open" stays grades A to C
  const add = (phrase: string, meaning: Meaning) => {
    const key = phraseKey(phrase);
    if (!key || entries.has(key)) return;
    entries.set(key, meaning);
    longestPhrase = Math.max(longestPhrase, key.split(" ").length);
  };
  // an adjective's other forms, in languages that inflect it ("française", "offene")
  const adder = (language: string) => {
    const forms = SEARCH_WORDS[language]?.forms;
    if (!forms) return add;
    return (phrase: string, meaning: Meaning) => {
      const words = phraseKey(phrase).split(" ");
      for (const form of forms(words.at(-1)!)) add([...words.slice(0, -1), form].join(" "), meaning);
    };
  };
  for (const [language, words] of Object.entries(SEARCH_WORDS)) for (const [phrase, meaning] of synonyms(words)) adder(language)(phrase, meaning);
  for (const [phrase, meaning] of SHARED_SYNONYMS) add(phrase, meaning);

  for (const locale of LOCALES) {
    const messages = messagesFor(locale);
    const addIn = adder(locale);
    for (const grade of GRADES) addIn(messages.openness.grades[grade].label, { field: "grade", value: grade });
    for (const modality of MODALITIES) if (modality !== "other") add(messages.catalogue.modality[modality], { field: "modality", value: modality });
    for (const [task, label] of Object.entries(messages.catalogue.tasks)) add(label, { field: "task", value: task });
  }
  for (const language of NAMING_LANGUAGES) {
    const addIn = adder(language);
    const languages = new Intl.DisplayNames([language], { type: "language", fallback: "none" });
    for (const code of [...EU_OFFICIAL_LANGUAGES, ...EUROPEAN_LANGUAGES.map((entry) => entry.code)]) {
      // "serbe (latin)" names a script, not a language: the name before the brackets
      const name = languages.of(code)?.replace(/\s*\(.*\)$/, "");
      if (name && name.toLowerCase() !== code) addIn(name, { field: "lang", value: code });
    }
    const regions = new Intl.DisplayNames([language], { type: "region", fallback: "none" });
    for (const { code } of EUROPEAN_COUNTRIES) {
      // "EU" files EU-level projects, and every entry is European: "European" is no filter
      if (code === "EU") continue;
      const name = regions.of(code);
      if (name) add(name, { field: "country", value: code });
    }
  }
  return entries;
}

// ------------------------------------------------------------------ sizes

const SIGNS_AT_MOST = ["<", "<=", "≤"];
const SIGNS_AT_LEAST = [">", ">=", "≥"];
const AT_MOST = [...SIGNS_AT_MOST, ...ALL_WORDS.flatMap((words) => words.atMost)];
const AT_LEAST = [...SIGNS_AT_LEAST, ...ALL_WORDS.flatMap((words) => words.atLeast)];
const BETWEEN = ALL_WORDS.flatMap((words) => words.between);
/** billions of parameters per unit */
const UNITS: Readonly<Record<string, number>> = Object.fromEntries(
  ALL_WORDS.flatMap((words) => Object.entries(words.units).map(([unit, billions]) => [normaliseWord(unit), billions])),
);
const PARAMETER_WORDS = ALL_WORDS.flatMap((words) => words.parameterWords);

type Size = { value: number; /** billions per unit, null when no unit was written */ unit: number | null; length: number };

/** A number at `at`, with its unit if one is written ("10B", "10 B", "7,5 milliards", "3 billion parameters"). */
function sizeAt(list: readonly Token[], at: number): Size | null {
  const match = /^(\d+(?:[.,]\d+)?)([a-z]*)$/.exec(list[at]?.norm ?? "");
  if (!match) return null;
  const value = Number(match[1]!.replace(",", "."));
  let length = 1;
  let unit: number | null = null;
  if (match[2]) {
    if (UNITS[match[2]] === undefined) return null;
    unit = UNITS[match[2]]!;
  } else if (list[at + 1] && UNITS[list[at + 1]!.norm] !== undefined) {
    unit = UNITS[list[at + 1]!.norm]!;
    length = 2;
  }
  // "parameters" after a size is part of it ("10 milliards de paramètres")
  for (const phrase of PARAMETER_WORDS) {
    const words = unit === null ? 0 : spells(list, at + length, phrase);
    if (words) return { value, unit, length: length + words };
  }
  return { value, unit, length };
}

/** How many tokens from `at` spell `phrase` (normalised words), 0 when they do not. */
function spells(list: readonly Token[], at: number, phrase: string): number {
  const words = phraseKey(phrase).split(" ");
  return words.every((word, index) => list[at + index]?.norm === word) ? words.length : 0;
}

/** A size condition starting at `at`: "under 10B", "plus de 1 Md", "between 1 and 10B". */
function sizeConditionAt(list: readonly Token[], at: number): { filters: UnderstoodFilters; length: number } | null {
  for (const [from, to] of BETWEEN) {
    const first = spells(list, at, from) ? sizeAt(list, at + 1) : null;
    const andAt = first ? at + 1 + first.length : -1;
    const second = first && list[andAt]?.norm === normaliseWord(to) ? sizeAt(list, andAt + 1) : null;
    if (!first || !second?.unit) continue;
    // "between 1 and 10B": the unit written once serves both
    const low = first.value * (first.unit ?? second.unit);
    const high = second.value * second.unit;
    return { filters: { paramsMin: Math.min(low, high), paramsMax: Math.max(low, high) }, length: andAt + 1 + second.length - at };
  }
  for (const [phrases, field] of [[AT_MOST, "paramsMax"], [AT_LEAST, "paramsMin"]] as const) {
    for (const phrase of phrases) {
      const words = spells(list, at, phrase);
      const size = words ? sizeAt(list, at + words) : null;
      if (size?.unit) return { filters: { [field]: size.value * size.unit }, length: words + size.length };
    }
  }
  return null;
}

// ------------------------------------------------------------------ reading a search

/**
 * The filters named in a search's words and the words left for the text search. Phrases are read
 * longest first, so "open weights" is grade C and "suisse allemand" Swiss German, not Switzerland.
 */
export function understandQuery(text: string | undefined): Understood {
  vocabulary ??= buildVocabulary();
  const list = tokens(text ?? "");
  const filters: UnderstoodFilters = {};
  const recognised: Understood["recognised"] = [];
  const left: Token[] = [];
  const addTo = (field: ListField, value: string | readonly string[]) => {
    const values = (filters[field] ??= []) as string[];
    for (const item of typeof value === "string" ? [value] : value) if (!values.includes(item)) values.push(item);
  };

  for (let at = 0; at < list.length; ) {
    const size = sizeConditionAt(list, at);
    if (size) {
      Object.assign(filters, size.filters);
      const words = list.slice(at, at + size.length).map((token) => token.text).join(" ");
      for (const field of ["paramsMin", "paramsMax"] as const) {
        const value = size.filters[field];
        if (value !== undefined) recognised.push({ words, field, value });
      }
      at += size.length;
      continue;
    }
    // "grade A", "note b", "A grade" (a capital before: "a grade" is an article)
    const letter = (token: Token | undefined) => (token && /^[a-e]$/.test(token.norm) ? (token.norm.toUpperCase() as Grade) : null);
    const isGradeWord = (token: Token | undefined) => token !== undefined && GRADE_WORDS.has(token.norm);
    const grade = isGradeWord(list[at])
      ? letter(list[at + 1])
      : /^[A-E]$/.test(list[at]?.text ?? "") && isGradeWord(list[at + 1])
        ? letter(list[at])
        : null;
    if (grade) {
      addTo("grade", grade);
      recognised.push({ words: `${list[at]!.text} ${list[at + 1]!.text}`, field: "grade", value: grade });
      at += 2;
      continue;
    }
    let matched = false;
    for (let length = Math.min(longestPhrase, list.length - at); length >= 1 && !matched; length--) {
      const words = list.slice(at, at + length);
      const meaning = vocabulary.get(words.map((token) => token.norm).join(" "));
      if (!meaning) continue;
      const phrase = words.map((token) => token.text).join(" ");
      if (!("value" in meaning)) {
        filters[meaning.field] = true;
        recognised.push({ words: phrase, field: meaning.field, value: true });
      } else {
        addTo(meaning.field, meaning.value);
        recognised.push({ words: phrase, field: meaning.field, value: meaning.value });
      }
      at += length;
      matched = true;
    }
    if (!matched) left.push(list[at++]!);
  }

  const rest = recognised.length ? left.filter((token) => !SMALL_WORDS.has(token.norm) && !/^[<>≤≥]=?$/.test(token.norm)) : left;
  return { filters, recognised, rest: rest.map((token) => token.text).join(" ") };
}
