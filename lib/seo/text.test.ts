import { describe, expect, it } from "vitest";
import { summary } from "./text";

describe("summary", () => {
  it("keeps a short text whole, with its spaces tidied", () => {
    expect(summary("  A short\n description. ")).toBe("A short description.");
  });

  it("cuts a long text at a word boundary, never mid-word, and says so with an ellipsis", () => {
    const text = "Lucie-7B is a 7-billion-parameter decoder-only language model with the Llama 3.1 architecture, pre-trained from scratch on 3 trillion tokens of mainly English and French data. It was built by LINAGORA and OpenLLM-France.";
    const short = summary(text, 200);
    expect(short.length).toBeLessThanOrEqual(200);
    expect(short.endsWith("…")).toBe(true);
    expect(text.startsWith(short.slice(0, -1))).toBe(true);
    // what follows the cut in the original starts a new word
    expect(text[short.length - 1]).toBe(" ");
    expect(short).not.toMatch(/[ ,.]…$/);
  });

  it("never splits a character made of two UTF-16 units", () => {
    const short = summary("😀".repeat(300), 10);
    expect(Array.from(short)).toHaveLength(10);
    expect(short).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });
});
