// The account, submission and moderation namespaces (the methodology's is tested in lib/openness):
// the same keys and ICU arguments in English and French, and French typography.
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

type Tree = { [key: string]: string | Tree };
const dir = path.join(import.meta.dirname, "messages");
const load = (locale: string, file: string) => JSON.parse(readFileSync(path.join(dir, locale, file), "utf8")) as Tree;
const leaves = (tree: Tree, prefix = ""): [string, string][] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === "string" ? [[`${prefix}${k}`, v] as [string, string]] : leaves(v, `${prefix}${k}.`)));
const args = (text: string) => [...text.matchAll(/\{(\w+)(?=[,}])/g)].map((m) => m[1]).sort();

const FILES = ["mail.json", "auth.json", "account.json", "submit.json", "moderation.json", "admin.json"];

it("covers files that exist in both languages", () => {
  for (const file of FILES) {
    expect(readdirSync(path.join(dir, "en"))).toContain(file);
    expect(readdirSync(path.join(dir, "fr"))).toContain(file);
  }
});

describe.each(FILES)("messages %s", (file) => {
  const en = new Map(leaves(load("en", file)));
  const fr = new Map(leaves(load("fr", file)));

  it("has the same keys and arguments in English and French", () => {
    expect([...fr.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [key, text] of en) expect(args(fr.get(key) ?? ""), key).toEqual(args(text));
  });

  it("writes French with no-break spaces before : ; ? ! and inside « », and the typographic apostrophe", () => {
    for (const [key, text] of fr) {
      expect(text, key).not.toMatch(/ [:;?!»]/);
      expect(text, key).not.toMatch(/« /);
      expect(text, key).not.toMatch(/'/);
    }
  });
});
