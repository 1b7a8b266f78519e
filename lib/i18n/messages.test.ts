// The whole message catalogue: every namespace registered in ./messages.ts, in every locale. Each
// message has its key and its arguments (same names, same kinds) in every locale, parses as ICU
// and formats through next-intl without an error, is not empty, and follows our typography: the
// typographic apostrophe, no tag, # only as a plural's number, and French spacing. What a single
// namespace must name (every criterion, every filter value...) is tested beside the code it serves.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import { isStructurallySame, parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { messagesFor } from "./messages";
import { assertMessageFiles, MESSAGES_DIR, missingMessageFiles } from "./catalogue-files";
import { LOCALES, routing, type Locale } from "./routing";

type Tree = { readonly [key: string]: unknown };

function leaves(tree: Tree, prefix = ""): [string, unknown][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "object" && value !== null ? leaves(value as Tree, `${prefix}${key}.`) : [[`${prefix}${key}`, value] as [string, unknown]],
  );
}

/** Every element of a parsed message, those inside plural, select and tag branches included. */
function elements(ast: readonly MessageFormatElement[]): MessageFormatElement[] {
  return ast.flatMap((element) => [
    element,
    ...("options" in element ? Object.values(element.options).flatMap((option) => elements(option.value)) : []),
    ...(element.type === TYPE.tag ? elements(element.children) : []),
  ]);
}

/** A value of the right kind for each argument, so that formatting takes every path but a select's other branches. */
function sampleValues(ast: readonly MessageFormatElement[]): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const element of elements(ast)) {
    if (element.type === TYPE.argument) values[element.value] ??= "x";
    if (element.type === TYPE.number || element.type === TYPE.plural) values[element.value] = 2;
    if (element.type === TYPE.date || element.type === TYPE.time) values[element.value] = new Date(0);
    if (element.type === TYPE.select) values[element.value] = Object.keys(element.options)[0];
  }
  return values;
}

/**
 * How a translation departs from English: a key missing or extra, or a message whose arguments
 * (names and kinds: plural, select, number, date) or rich-text tags differ. Empty when none.
 */
function differences(english: ReadonlyMap<string, unknown>, translated: ReadonlyMap<string, unknown>): string[] {
  const found: string[] = [];
  for (const key of english.keys()) if (!translated.has(key)) found.push(`missing ${key}`);
  for (const key of translated.keys()) if (!english.has(key)) found.push(`extra ${key}`);
  for (const [key, text] of english) {
    const other = translated.get(key);
    if (typeof text !== "string" || typeof other !== "string") continue;
    let problem: string | undefined;
    try {
      problem = isStructurallySame(parse(text), parse(other)).error?.message;
    } catch (error) {
      problem = `does not parse: ${(error as Error).message}`;
    }
    if (problem) found.push(`${key}: ${problem}`);
  }
  return found;
}

describe("the comparison with English", () => {
  const english = new Map<string, unknown>([
    ["a.count", "{count, plural, one {# model} other {# models}} by {name}"],
    ["a.link", "See <link>the evidence</link>"],
    ["a.plain", "Models"],
  ]);
  const translated = (changes: Record<string, string | undefined>) => {
    const copy = new Map(english);
    for (const [key, text] of Object.entries(changes)) {
      if (text === undefined) copy.delete(key);
      else copy.set(key, text);
    }
    return copy;
  };

  it("finds nothing in a faithful translation", () => {
    expect(differences(english, translated({ "a.count": "{count, plural, one {# Modell} other {# Modelle}} von {name}", "a.link": "Siehe <link>den Beleg</link>", "a.plain": "Modelle" }))).toEqual([]);
  });

  it("finds a key missing, an extra key, an argument renamed, dropped or of another kind, and a tag changed", () => {
    expect(differences(english, translated({ "a.plain": undefined }))).toEqual(["missing a.plain"]);
    expect(differences(english, translated({ "a.extra": "Mehr" }))).toEqual(["extra a.extra"]);
    for (const changed of [
      "{count, plural, one {# Modell} other {# Modelle}} von {nom}",
      "{count, plural, one {# Modell} other {# Modelle}}",
      "{count} Modelle von {name}",
      "{count, select, one {ein Modell} other {Modelle}} von {name}",
    ]) {
      expect(differences(english, translated({ "a.count": changed })), changed).toHaveLength(1);
    }
    for (const changed of ["Siehe <a>den Beleg</a>", "Siehe den Beleg", "Siehe <link>den Beleg"]) {
      expect(differences(english, translated({ "a.link": changed })), changed).toHaveLength(1);
    }
  });
});

const catalogue = (locale: Locale) => messagesFor(locale) as unknown as Tree;
const reference = routing.defaultLocale;
const NAMESPACES = Object.keys(catalogue(reference));
const OTHER_LOCALES = LOCALES.filter((locale) => locale !== reference);

describe("the message files on disk", () => {
  const root = mkdtempSync(path.join(tmpdir(), "atlas-messages-"));
  const write = (locale: string, file: string) => {
    mkdirSync(path.join(root, MESSAGES_DIR, locale), { recursive: true });
    writeFileSync(path.join(root, MESSAGES_DIR, locale, file), "{}");
  };
  for (const file of ["common.json", "mail.json"]) write("en", file);
  write("de", "common.json");
  write("sv", "common.json");

  it("are complete for this repository's LOCALES", () => {
    expect(missingMessageFiles(LOCALES)).toEqual([]);
    expect(() => assertMessageFiles(LOCALES)).not.toThrow();
  });

  it("name each file a registered language lacks, and a folder no language claims", () => {
    expect(missingMessageFiles(["en", "de", "pl"], root)).toEqual([
      `${MESSAGES_DIR}/de/mail.json is missing`,
      `${MESSAGES_DIR}/pl/ is missing`,
      `${MESSAGES_DIR}/sv/ is not a language of LOCALES (lib/i18n/routing.ts)`,
    ]);
    expect(() => assertMessageFiles(["en", "de", "pl", "sv"], root)).toThrow(/de\/mail\.json is missing\n.*pl\/ is missing/);
  });
});

it("registers every namespace file, in every locale", () => {
  const dir = path.join(import.meta.dirname, "messages");
  expect(readdirSync(dir).sort()).toEqual([...LOCALES].sort());
  const files = readdirSync(path.join(dir, reference)).sort();
  for (const locale of LOCALES) {
    expect(readdirSync(path.join(dir, locale)).sort(), locale).toEqual(files);
    expect(Object.keys(catalogue(locale)).sort(), locale).toEqual([...NAMESPACES].sort());
    for (const file of files) {
      const content = JSON.parse(readFileSync(path.join(dir, locale, file), "utf8")) as Tree;
      const namespace = path.basename(file, ".json");
      // common.json's namespaces sit at the top of the catalogue, the others under their file's name
      if (namespace === "common") expect(catalogue(locale), `${locale}/${file}`).toMatchObject(content);
      else expect(catalogue(locale)[namespace], `${locale}/${file}`).toEqual(content);
    }
  }
});

describe.each(NAMESPACES)("the %s messages", (namespace) => {
  const byLocale = Object.fromEntries(
    LOCALES.map((locale) => [locale, new Map(leaves({ [namespace]: catalogue(locale)[namespace] ?? {} }))]),
  ) as Record<Locale, Map<string, unknown>>;
  const english = byLocale[reference];

  it.each(OTHER_LOCALES)("have the same keys and arguments in %s as in English", (locale) => {
    expect(differences(english, byLocale[locale]), locale).toEqual([]);
  });

  it.each(LOCALES)("are in %s non-empty strings that parse as ICU and format through next-intl", (locale) => {
    const errors: string[] = [];
    const t = createTranslator({ locale, messages: catalogue(locale), onError: (error) => errors.push(error.message) });
    for (const [key, text] of byLocale[locale]) {
      expect(typeof text, `${locale} ${key}`).toBe("string");
      const message = String(text);
      expect(message.trim(), `${locale} ${key}`).not.toBe("");
      let ast: MessageFormatElement[] = [];
      expect(() => (ast = parse(message)), `${locale} ${key}: ${message}`).not.toThrow();
      expect(t(key as never, sampleValues(ast) as never), `${locale} ${key}`).not.toMatch(/[{}]/);
    }
    expect(errors, locale).toEqual([]);
  });

  it.each(LOCALES)("avoid in %s what ICU or next-intl would misread: straight apostrophes, tags, a stray #", (locale) => {
    for (const [key, text] of byLocale[locale]) {
      const message = String(text);
      // ' quotes in ICU, < starts a rich-text tag in next-intl, # outside a plural is a plain #
      expect(message, `${locale} ${key}`).not.toMatch(/['<>]/);
      const literals = elements(parse(message)).flatMap((element) => (element.type === TYPE.literal ? [element.value] : []));
      expect(literals.join(""), `${locale} ${key}`).not.toContain("#");
    }
  });

  it("write French with its accents and spacing: a no-break space before : ; ? ! and inside « »", () => {
    const french = [...byLocale.fr].map(([key, text]) => [key, String(text)] as const);
    // a namespace of a word or two ("Langue") may have no accent; a longer one without any was not written in French
    const words = french.flatMap(([, text]) => text.split(/\s+/));
    if (words.length >= 10) expect(words.join(" ")).toMatch(/[àâçéèêëîïôùûüœ]/);
    for (const [key, text] of french) {
      expect(text, key).not.toMatch(/ [:;?!»]/);
      expect(text, key).not.toMatch(/« /);
    }
  });
});
