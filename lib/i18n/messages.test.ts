// The whole message catalogue: every namespace registered in ./messages.ts, in every locale. Each
// message has its key and its arguments (same names, same kinds) in every locale, parses as ICU
// and formats through next-intl without an error, is not empty, and follows our typography: the
// typographic apostrophe, no tag, # only as a plural's number, and French spacing. What a single
// namespace must name (every criterion, every filter value...) is tested beside the code it serves.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import { isStructurallySame, parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { messagesFor } from "./messages";
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

const catalogue = (locale: Locale) => messagesFor(locale) as unknown as Tree;
const reference = routing.defaultLocale;
const NAMESPACES = Object.keys(catalogue(reference));
const OTHER_LOCALES = LOCALES.filter((locale) => locale !== reference);

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
    const translated = byLocale[locale];
    expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, text] of english) {
      const other = translated.get(key);
      if (typeof text !== "string" || typeof other !== "string") continue;
      expect(isStructurallySame(parse(text), parse(other)).error?.message, `${locale} ${key}`).toBeUndefined();
    }
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
    expect(french.map(([, text]) => text).join("\n")).toMatch(/[àâçéèêëîïôùûüœ]/);
    for (const [key, text] of french) {
      expect(text, key).not.toMatch(/ [:;?!»]/);
      expect(text, key).not.toMatch(/« /);
    }
  });
});
