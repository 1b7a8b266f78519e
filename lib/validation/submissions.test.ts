// Hostile input in every field of every kind: what must be refused is refused with the field's
// path; what is only text (script tags, HTML, odd Unicode) is accepted as text and never more.
import { describe, expect, it } from "vitest";
import { CRITERION_KEYS } from "../openness/types";
import { modelInput, organisationInput } from "../submissions/fixtures";
import { fieldErrors, isHttpUrl, slugify } from "./fields";
import { decideSubmissionRequest, draftSchemas, submissionSchemas } from "./submissions";

type Obj = Record<string, unknown>;

function setPath(target: Obj, path: string, value: unknown): Obj {
  const copy = structuredClone(target);
  const keys = path.split(".");
  let node: Obj = copy;
  for (const key of keys.slice(0, -1)) node = node[key] as Obj;
  node[keys.at(-1)!] = value;
  return copy;
}

const ORG_TEXT = ["name", "countryNote", "description"];
const ORG_URLS = ["website", "sources.0"];
const MODEL_TEXT = ["name", "version", "languageShareNote", "description", "comment", ...CRITERION_KEYS.map((k) => `answers.${k}.note`)];
const MODEL_URLS = ["modelCardUrl", "codeUrl", "paperUrl", "dataUrl", ...CRITERION_KEYS.map((k) => `answers.${k}.evidenceUrl`)];
const NEW_ORG = (p: string) => `organisations.new.${p}`;

const cases = [
  { kind: "new_organisation" as const, base: () => organisationInput() as unknown as Obj, text: [...ORG_TEXT, "comment"], urls: ORG_URLS },
  { kind: "edit_organisation" as const, base: () => organisationInput() as unknown as Obj, text: [...ORG_TEXT, "comment"], urls: ORG_URLS },
  { kind: "new_model" as const, base: () => modelInput() as unknown as Obj, text: [...MODEL_TEXT, ...ORG_TEXT.map(NEW_ORG)], urls: [...MODEL_URLS, ...ORG_URLS.map(NEW_ORG)] },
  { kind: "edit_model" as const, base: () => modelInput() as unknown as Obj, text: [...MODEL_TEXT, ...ORG_TEXT.map(NEW_ORG)], urls: [...MODEL_URLS, ...ORG_URLS.map(NEW_ORG)] },
];

const errorsOf = (kind: (typeof cases)[number]["kind"], payload: Obj) => {
  const result = submissionSchemas[kind].safeParse(payload);
  return result.success ? {} : fieldErrors(result.error);
};

describe.each(cases)("$kind payloads", ({ kind, base, text, urls }) => {
  it("accept the valid fixture", () => {
    expect(errorsOf(kind, base())).toEqual({});
  });

  it.each(["javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:x", "file:///etc/passwd", "//evil.example", "https://user:pass@example.eu/", "http://localhost/"])(
    "refuse the URL %s in every link field",
    (bad) => {
      for (const path of urls) expect(errorsOf(kind, setPath(base(), path, bad))[path], `${path}`).toMatchObject({ key: expect.stringMatching(/httpUrl|invalid/) });
    },
  );

  it.each([
    ["a right-to-left override", "Model \u202Egnp.exe txt"],
    ["a bidi isolate", "Model x\u2066y text"],
    ["a NUL byte", "Model a\u0000b text"],
    ["a C1 control", "Model a\u0085b text"],
  ])("refuse %s in every text field", (_, bad) => {
    for (const path of text) expect(errorsOf(kind, setPath(base(), path, bad))[path], path).toEqual({ key: "hiddenCharacters" });
  });

  it("refuse a very long string in every text and link field", () => {
    for (const path of [...text, ...urls]) {
      const value = path.endsWith("rl") || path.includes("sources") || path.endsWith("website") ? `https://example.eu/${"a".repeat(5000)}` : "a".repeat(20_000);
      expect(errorsOf(kind, setPath(base(), path, value))[path], path).toMatchObject({ key: "tooLong" });
    }
  });

  it("keep script tags, HTML and odd Unicode as plain text, normalised and trimmed", () => {
    // short enough for every field (a version is at most 40 characters)
    const hostile = "  <script>alert(1)</script>😀 Ça\u0301 漢字 Z̤͔ͧ  ";
    for (const path of text) {
      const payload = setPath(base(), path, hostile);
      const result = submissionSchemas[kind].safeParse(payload);
      expect(result.success, path).toBe(true);
      const stored = path.split(".").reduce<unknown>((node, key) => (node as Obj)[key], result.data);
      expect(stored).toBe(hostile.trim().normalize("NFC"));
    }
  });
});

describe("field rules", () => {
  it("refuses an organisation outside Europe, by the catalogue's rule", () => {
    expect(errorsOf("new_organisation", setPath(organisationInput() as unknown as Obj, "country", "US")).country).toEqual({ key: "notEuropean" });
    expect(errorsOf("new_organisation", setPath(organisationInput() as unknown as Obj, "country", "RU")).country).toEqual({ key: "notEuropean" });
    expect(errorsOf("new_organisation", setPath(organisationInput() as unknown as Obj, "country", "gb")).country).toBeUndefined();
  });

  it("checks ISO codes, numeric ranges and dates", () => {
    const model = modelInput() as unknown as Obj;
    expect(errorsOf("new_model", setPath(model, "languages", ["fr", "xx"]))["languages.1"]).toEqual({ key: "languageCode" });
    expect(errorsOf("new_model", setPath(model, "languages", ["fr", "fr"])).languages).toEqual({ key: "duplicateItem" });
    expect(errorsOf("new_model", setPath(model, "releaseYear", "1850")).releaseYear).toMatchObject({ key: "tooSmall" });
    expect(errorsOf("new_model", setPath(model, "parameterBillions", "lots")).parameterBillions).toEqual({ key: "number" });
    expect(errorsOf("new_model", setPath(model, "releaseDate", "2026-02-30")).releaseDate).toEqual({ key: "date" });
    expect(errorsOf("new_model", setPath(model, "activeParameterBillions", "7")).activeParameterBillions).toEqual({ key: "activeAboveTotal" });
    expect(errorsOf("new_model", setPath(model, "slug", "Not A Slug")).slug).toEqual({ key: "slug" });
  });

  it("asks for evidence for an open or partial answer, and for a developer", () => {
    const model = modelInput() as unknown as Obj;
    expect(errorsOf("new_model", setPath(model, "answers.data.evidenceUrl", ""))["answers.data.evidenceUrl"]).toEqual({ key: "evidenceRequired" });
    expect(errorsOf("new_model", setPath(model, "organisations", { existing: [], new: null }))["organisations.existing"]).toEqual({ key: "organisationRequired" });
  });

  it("lets a draft be incomplete but not wrong", () => {
    expect(draftSchemas.new_model.safeParse({ name: "Half done" }).success).toBe(true);
    expect(draftSchemas.new_model.safeParse({ name: "Half done", modelCardUrl: "javascript:alert(1)" }).success).toBe(false);
  });

  it("needs a note to reject or request changes, not to approve", () => {
    expect(decideSubmissionRequest.safeParse({ id: "x", revision: 1, decision: "approve" }).success).toBe(true);
    expect(decideSubmissionRequest.safeParse({ id: "x", revision: 1, decision: "reject", note: " " }).success).toBe(false);
  });

  it("makes slugs from names, and none from names without Latin letters", () => {
    expect(slugify("Élan Vital 7B")).toBe("elan-vital-7b");
    expect(slugify("<script>alert(1)</script>")).toBe("script-alert-1-script");
    expect(slugify("漢字")).toBe("");
  });

  it("knows a web address from everything else", () => {
    expect(isHttpUrl("https://huggingface.co/x")).toBe(true);
    expect(isHttpUrl("javascript:alert(1)")).toBe(false);
    expect(isHttpUrl("https://localhost")).toBe(false);
  });
});
