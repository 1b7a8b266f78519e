// What of a page's visible text is English left untranslated, for the smoke test of every locale.
// The catalogue is the reference: a word or phrase counts as English UI when the English messages
// use it and the page's language's messages never do. The catalogue's own data (names, descriptions,
// notes, licences: written once, in English) is taken out of the text first, as the issue allows
// names and licences to stay as they are. So a message left in English (a key copied, a fallback to
// English, a string hard-coded in a component with the catalogue's words) is found; a word used in
// both languages ("Code", "Open Data") is not.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { readCatalogueFiles } from "../../lib/catalogue-data/files";
import { LICENCES } from "../../lib/openness/licences";

const MESSAGES = path.resolve(import.meta.dirname, "../../lib/i18n/messages");

/** The text of every message of a locale, without its arguments: "{count} models" gives " models". */
function literals(locale: string): string[] {
  const texts: string[] = [];
  const walk = (node: unknown) => {
    if (typeof node === "string") texts.push(...literalParts(parse(node)));
    else if (node && typeof node === "object") Object.values(node).forEach(walk);
  };
  for (const file of readdirSync(path.join(MESSAGES, locale))) walk(JSON.parse(readFileSync(path.join(MESSAGES, locale, file), "utf8")));
  return texts;
}

function literalParts(ast: readonly MessageFormatElement[]): string[] {
  return ast.flatMap((element) => {
    if (element.type === TYPE.literal) return [element.value];
    if (element.type === TYPE.plural || element.type === TYPE.select) return Object.values(element.options).flatMap((option) => literalParts(option.value));
    if (element.type === TYPE.tag) return literalParts(element.children);
    return [];
  });
}

const WORD = /\p{L}[\p{L}’'-]*\p{L}/gu;
const words = (text: string) => (text.match(WORD) ?? []).map((word) => word.toLocaleLowerCase("en"));

/**
 * Every text of the catalogue's data as a page shows it: names, descriptions (and the list's
 * summary, a description's first 280 characters), notes, licence names. Codes and enum values
 * ("open", "fr", "text-generation") are left out: the page shows them in words.
 */
function dataStrings(): string[] {
  const found = new Set<string>();
  const add = (text: string) => {
    const shown = text.replace(/\s+/g, " ").trim();
    if (shown.length >= 3 && !/^[a-z0-9_.:/-]+$/.test(shown)) found.add(shown);
  };
  const walk = (node: unknown) => {
    if (typeof node === "string") {
      add(node);
      if (node.length > 280) add(node.slice(0, 280));
    } else if (node && typeof node === "object") Object.values(node).forEach(walk);
  };
  const files = readCatalogueFiles();
  walk({ models: files.models, organisations: files.organisations });
  for (const licence of LICENCES) walk({ id: licence.id, name: licence.name, note: licence.note });
  // longest first, so that a name inside a description is not taken out before the description
  return [...found].sort((a, b) => b.length - a.length);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** `text` without the catalogue's data, each taken out as whole words only, and without addresses (/badge/models/…). */
function withoutData(text: string, values: readonly string[]): string {
  let rest = text.replace(/\s+/g, " ");
  for (const value of values) {
    if (rest.includes(value)) rest = rest.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(value)}(?![\\p{L}\\p{N}])`, "gu"), " ");
  }
  // after the data, which may hold a slash ("GENCI/IDRIS")
  return rest.replace(/(?:https?:\/\/|\/)[^\s"'<>()[\]]+/g, " ");
}

let data: string[] | undefined;

export type Leftovers = { phrases: string[]; words: string[] };

/**
 * The English phrases (whole runs of a message's text, two words or more) and words (four letters
 * or more) that `text`, a page's visible text in `locale`, holds while `locale`'s messages do not.
 * `moreData`: texts of entries the page shows that the catalogue's files do not hold.
 */
export function englishLeftovers(text: string, locale: string, moreData: readonly string[] = []): Leftovers {
  data ??= dataStrings();
  // entries the database holds beyond the files (other specs publish models): data too, longest first
  const all = moreData.length ? [...new Set([...data, ...moreData.map((value) => value.replace(/\s+/g, " ").trim())])].sort((a, b) => b.length - a.length) : data;
  const rest = withoutData(text, all);
  const translated = literals(locale);
  const translatedText = translated.join("\n").toLocaleLowerCase("en");
  const translatedWords = new Set(translated.flatMap(words));

  const english = literals("en");
  const phrases = [
    ...new Set(
      english
        .map((part) => part.trim().replace(/\s+/g, " "))
        .filter((part) => words(part).length >= 2 && part.length >= 10 && !translatedText.includes(part.toLocaleLowerCase("en"))),
    ),
  ].filter((phrase) => rest.includes(phrase));

  const englishWords = new Set(english.flatMap(words).filter((word) => word.length >= 4 && !translatedWords.has(word)));
  const found = [...new Set(words(rest).filter((word) => englishWords.has(word)))];
  return { phrases, words: found };
}
