// Every namespace file: the same keys and placeholders in English and French, nothing ICU trips on,
// French typography; and the API page has words for every operation and parameter of the API.
import { describe, expect, it } from "vitest";
import { messagesFor } from "./messages";
import { API_OPERATIONS } from "../api/operations";
import { BADGE_STYLES } from "../badges/render";
import type { MessageTree } from "../openness/explain";

function leaves(tree: MessageTree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  );
}
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

// The namespaces of this catalogue that lib/openness/messages.test.ts does not already check.
const NAMESPACES = ["embed", "apiDocs", "openData"] as const;

describe.each(NAMESPACES)("the %s messages", (namespace) => {
  const en = new Map(leaves(messagesFor("en")[namespace] as MessageTree));
  const fr = new Map(leaves(messagesFor("fr")[namespace] as MessageTree));

  it("have the same keys and placeholders in English and French", () => {
    expect([...fr.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [key, english] of en) expect(placeholders(fr.get(key) ?? ""), key).toEqual(placeholders(english));
  });

  it("use typographic apostrophes, nothing ICU would trip on, and French spacing", () => {
    for (const text of [...en.values(), ...fr.values()]) {
      expect(text).not.toMatch(/['#<>]/);
      expect(text.replace(/\{\w+\}/g, "")).not.toMatch(/[{}]/);
    }
    const french = [...fr.values()].join("\n");
    expect(french).not.toMatch(/ [:;?!»]/);
    expect(french).not.toMatch(/« /);
  });
});

describe("the API page's words", () => {
  it("describe every operation, tag and parameter of the API, and every badge style", () => {
    for (const locale of ["en", "fr"] as const) {
      const docs = messagesFor(locale).apiDocs;
      for (const operation of API_OPERATIONS) {
        expect(docs.operations, `${locale}: ${operation.operationId}`).toHaveProperty([operation.operationId]);
        expect(docs.tags, `${locale}: ${operation.tag}`).toHaveProperty([operation.tag]);
        for (const schema of [operation.pathParams, operation.query]) {
          for (const name of Object.keys(schema?.shape ?? {})) {
            const own: Record<string, string> = (docs.operationParameters as Record<string, Record<string, string>>)[operation.operationId] ?? {};
            expect({ ...docs.parameters, ...own }, `${locale}: ${name}`).toHaveProperty([name]);
          }
        }
      }
      // an operation's own words are for parameters it has
      for (const [operationId, words] of Object.entries(docs.operationParameters)) {
        const operation = API_OPERATIONS.find((o) => o.operationId === operationId);
        for (const name of Object.keys(words)) expect(Object.keys(operation?.query?.shape ?? {}), `${locale}: ${operationId} ${name}`).toContain(name);
      }
      for (const style of BADGE_STYLES) expect(messagesFor(locale).embed.styles).toHaveProperty([style]);
    }
  });
});
