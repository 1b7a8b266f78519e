import { describe, expect, it } from "vitest";
import { hubIdOfUrl, isHubModelId, parseHubModelId } from "./repo-id";

describe("a Hugging Face model's id", () => {
  it("is read from the id itself or from its page's address, however it was pasted", () => {
    for (const pasted of [
      "utter-project/EuroLLM-9B",
      " utter-project/EuroLLM-9B ",
      "https://huggingface.co/utter-project/EuroLLM-9B",
      "https://huggingface.co/utter-project/EuroLLM-9B/tree/main",
      "https://huggingface.co/utter-project/EuroLLM-9B?library=transformers#usage",
      "http://www.huggingface.co/utter-project/EuroLLM-9B",
      "huggingface.co/utter-project/EuroLLM-9B",
      "https://hf.co/utter-project/EuroLLM-9B",
    ]) {
      expect(parseHubModelId(pasted), pasted).toBe("utter-project/EuroLLM-9B");
    }
  });

  it("follows the Hub's own pattern: letters, digits, - _ . ; no -- or .., no .git, at most 96 characters a part", () => {
    expect(isHubModelId("swiss-ai/Apertus-8B-2509")).toBe(true);
    expect(isHubModelId("a_b/c.d-e")).toBe(true);
    for (const bad of ["gpt2", "a/b/c", "owner/-name", "owner/name-", "owner/na--me", "owner/na..me", "owner/name.git", "own er/name", "owner/nämé", `owner/${"x".repeat(97)}`, "datasets/foo", "../etc/passwd", "owner/name%2f", ""]) {
      expect(isHubModelId(bad), bad).toBe(false);
    }
  });

  it("refuses addresses of other hosts, of datasets and Spaces, and anything that is not a web address", () => {
    for (const bad of [
      "https://example.org/utter-project/EuroLLM-9B",
      "https://huggingface.co.evil.example/utter-project/EuroLLM-9B",
      "https://user:pass@huggingface.co/utter-project/EuroLLM-9B",
      "https://huggingface.co:8443/utter-project/EuroLLM-9B",
      "https://huggingface.co/datasets/HuggingFaceFW/fineweb",
      "https://huggingface.co/spaces/owner/app",
      "https://huggingface.co/utter-project",
      "javascript:alert(1)",
      "ftp://huggingface.co/utter-project/EuroLLM-9B",
      "huggingface.co/mistralai",
    ]) {
      expect(parseHubModelId(bad), bad).toBeNull();
    }
  });

  it("finds the id of a catalogue entry's model card, and nothing for a card elsewhere", () => {
    expect(hubIdOfUrl("https://huggingface.co/OpenLLM-France/Lucie-7B")).toBe("OpenLLM-France/Lucie-7B");
    expect(hubIdOfUrl("https://github.com/OpenLLM-France/Lucie-Training")).toBeNull();
    expect(hubIdOfUrl(null)).toBeNull();
  });
});
