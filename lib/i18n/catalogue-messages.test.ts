// The catalogue's messages (lib/i18n/messages/<locale>/catalogue.json): the same keys and
// placeholders in both languages, valid ICU, French typography, and a text for every value the
// filters can show.
import { describe, expect, it } from "vitest";
import en from "./messages/en/catalogue.json";
import fr from "./messages/fr/catalogue.json";
import { MODALITIES, ORGANISATION_TYPES } from "../openness/types";
import { FIELD_MESSAGES, MODEL_SORTS } from "../validation/catalogue";

type Tree = { readonly [key: string]: string | Tree };
function leaves(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  );
}
// simple arguments and the argument of a plural, not a plural's branches (`one {model}`)
const argumentsOf = (text: string) =>
  [...text.matchAll(/(?<!(?:zero|one|two|few|many|other|=\d+)\s*)\{(\w+)(?:,|\})/g)].map((m) => m[1]).sort();

describe("catalogue messages", () => {
  const english = new Map(leaves(en));
  const french = new Map(leaves(fr));

  it("have the same keys and arguments in English and French", () => {
    expect([...french.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, text] of english) expect(argumentsOf(french.get(key)!), key).toEqual(argumentsOf(text));
  });

  it("avoid what ICU would misread: straight apostrophes and tags", () => {
    for (const [key, text] of [...english, ...french]) {
      expect(text.trim(), key).not.toBe("");
      expect(text, key).not.toMatch(/['<>]/);
      if (!text.includes("plural")) expect(text, key).not.toMatch(/#/);
    }
  });

  it("write French with its spacing: a no-break space before : ; ? ! and inside « »", () => {
    const text = [...french.values()].join("\n");
    expect(text).toMatch(/[éèàç]/);
    expect(text).not.toMatch(/ [:;?!»]/);
    expect(text).not.toMatch(/« /);
  });

  it("name every modality, organisation type, sort and parameter", () => {
    for (const messages of [en, fr]) {
      for (const modality of MODALITIES) expect(messages.modality[modality]).toBeTruthy();
      for (const type of ORGANISATION_TYPES) expect(messages.orgType[type]).toBeTruthy();
      for (const sort of MODEL_SORTS) expect(messages.filters.sorts[sort]).toBeTruthy();
      for (const field of Object.keys(FIELD_MESSAGES)) {
        expect(messages.filters.fieldNames[field as keyof typeof messages.filters.fieldNames], field).toBeTruthy();
        expect(messages.filters.errors[field as keyof typeof messages.filters.errors], field).toBeTruthy();
      }
    }
  });
});
