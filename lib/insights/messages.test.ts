import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import en from "../i18n/messages/en/insights.json";
import fr from "../i18n/messages/fr/insights.json";
import { MAP_MEASURES } from "./figures";

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  );
}

/** The text between the brace at `open` and its matching closing brace, and the index after it. */
function braced(text: string, open: number): [string, number] {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "{") depth += 1;
    if (text[i] === "}" && --depth === 0) return [text.slice(open + 1, i), i + 1];
  }
  throw new Error(`unbalanced braces in: ${text}`);
}

/** The arguments a message uses: {name}, and {name, plural|select, key {…} …} with their branches'. */
function argumentsOf(text: string): string[] {
  const found = new Set<string>();
  for (let i = text.indexOf("{"); i !== -1; i = text.indexOf("{", i)) {
    const [inner, next] = braced(text, i);
    const [name = "", , ...rest] = inner.split(",");
    found.add(name.trim());
    // branch bodies of plural and select, each in its own braces
    const branches = rest.join(",");
    for (let j = branches.indexOf("{"); j !== -1; j = branches.indexOf("{", j)) {
      const [body, after] = braced(branches, j);
      argumentsOf(body).forEach((arg) => found.add(arg));
      j = after;
    }
    i = next;
  }
  return [...found].sort();
}

describe("the insights messages", () => {
  const english = new Map(leaves(en));
  const french = new Map(leaves(fr));

  it("have the same keys and the same arguments in English and French", () => {
    expect([...french.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, text] of english) expect(argumentsOf(french.get(key) ?? ""), key).toEqual(argumentsOf(text));
  });

  it("all format without an ICU error in both languages, with no straight apostrophe", () => {
    for (const [locale, messages] of [["en", en], ["fr", fr]] as const) {
      const errors: string[] = [];
      const t = createTranslator({ locale, messages: { insights: messages }, namespace: "insights", onError: (e) => errors.push(e.message) });
      for (const [key, text] of leaves(messages)) {
        const values = Object.fromEntries(argumentsOf(text).map((name) => [name, /^(has|order)/.test(name) ? "yes" : 2]));
        const formatted = t(key as never, values as never);
        expect(formatted, `${locale} ${key}`).not.toMatch(/[{}]/);
        expect(text, `${locale} ${key}`).not.toContain("'");
      }
      expect(errors, locale).toEqual([]);
    }
  });

  it("name and explain every map measure", () => {
    for (const measure of MAP_MEASURES) {
      for (const messages of [english, french]) {
        expect(messages.get(`measures.${measure}`)).toBeTruthy();
        expect(messages.get(`measureNotes.${measure}`)).toBeTruthy();
        expect(messages.get(`map.columns.${measure}`)).toBeTruthy();
      }
    }
  });
});
