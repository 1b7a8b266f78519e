// The index's format and its mapping onto our criteria, on fixture files written in its format.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LICENCES } from "../../openness/licences";
import { countryOfOrigin } from "./import";
import { modalityOf, OSAI_MAPPING, osaiAnswers, organisationTypeOf, releaseYearOf, weightsLicenceOf } from "./mapping";
import { OSAI_DIMENSIONS, readOsaiFile, readOsaiFolder, type OsaiRecord } from "./read";
import { CRITERION_KEYS } from "../../openness/types";

const FIXTURES = path.join(import.meta.dirname, "fixtures");
const { records, problems } = readOsaiFolder(FIXTURES);
const record = (file: string) => records.find((r) => r.file === file)!;
const grades = (r: OsaiRecord) => Object.fromEntries(Object.entries(osaiAnswers(r, weightsLicenceOf(r, LICENCES))).map(([key, a]) => [key, a.grade]));

describe("reading the index's files", () => {
  it("reads every system file, reports one that is not in the format, and leaves the parameter files alone", () => {
    expect(records.map((r) => r.file)).toEqual(["Aurore.yaml", "Concord.yaml", "DeepSeek-R1.yaml", "Lumen.yaml", "Mistral-7B.yaml", "Prairie.yaml"]);
    expect(problems).toEqual([{ file: "Broken.yaml", message: expect.stringContaining("not in the index's format") }]);
  });

  it("keeps the organisation's national origin and contributor type from the comment lines, and every evidence link", () => {
    const aurore = record("Aurore.yaml");
    expect(aurore).toMatchObject({ nationalOrigin: "France", contributorType: "Academic (Research institution)", org: { name: "Institut Aurore", links: ["https://aurore.example.eu/"] } });
    expect(record("Lumen.yaml").datasources_basemodel).toEqual({ class: "partial", links: ["https://huggingface.co/datasets/OpenLLM-France/Lucie-Training-Dataset", "https://example.org/undisclosed"], notes: "Most sources named and published." });
    expect(record("Mistral-7B.yaml").datasources_endmodel).toEqual({ class: null, links: [], notes: "No end model distinct from the base model." });
  });
});

describe("the mapping onto our criteria", () => {
  it("names every criterion once, and reads only dimensions of the index", () => {
    expect(OSAI_MAPPING.map((m) => m.criterion)).toEqual([...CRITERION_KEYS]);
    for (const m of OSAI_MAPPING) for (const d of m.from) expect(OSAI_DIMENSIONS).toContain(d);
  });

  it("an open model: data partial when the end model's is (base and end both count), retrain partial from the licences dimension", () => {
    const aurore = record("Aurore.yaml");
    expect(weightsLicenceOf(aurore, LICENCES)?.id).toBe("Apache-2.0");
    expect(grades(aurore)).toEqual({
      use: "open", methods: "open", data: "partial", retrain: "partial", weights: "open", architecture: "open",
      paper: "open", modelcard: "open", datacard: "partial", evaluation: "unknown", checkpoints: "unknown", inference: "unknown",
    });
    const answers = osaiAnswers(aurore, weightsLicenceOf(aurore, LICENCES));
    expect(answers.data).toEqual({
      grade: "partial",
      evidenceUrl: "https://huggingface.co/datasets/institut-aurore/pretraining-corpus",
      note: expect.stringContaining("datasources_basemodel open (Pretraining corpus published with its processing scripts.); datasources_endmodel partial"),
    });
    expect(answers.use.note).toContain("identified as Apache-2.0");
    expect(answers.paper.evidenceUrl).toBe("https://arxiv.org/abs/2506.00001");
  });

  it("a non-commercial licence closes use and retrain; gated weights stay partial, said so; a paper without code makes methods partial", () => {
    const lumen = osaiAnswers(record("Lumen.yaml"), weightsLicenceOf(record("Lumen.yaml"), LICENCES));
    expect(lumen.use.grade).toBe("closed");
    expect(lumen.retrain.grade).toBe("closed");
    expect(lumen.weights).toMatchObject({ grade: "partial", note: expect.stringContaining("grades gated weights partial") });
    expect(lumen.data.grade).toBe("partial");
    const mistral = grades(record("Mistral-7B.yaml"));
    expect(mistral).toMatchObject({ methods: "partial", data: "closed", paper: "open", architecture: "partial", retrain: "partial", use: "open" });
  });

  it("never counts an open or partial grade without its link: it stays unknown, with the index's grade in the note", () => {
    const aurore = record("Aurore.yaml");
    const unlinked = { ...aurore, modelcard: { ...aurore.modelcard, links: [] } };
    expect(osaiAnswers(unlinked, null).modelcard).toEqual({ grade: "unknown", evidenceUrl: null, note: expect.stringContaining("gives open without a link") });
    expect(osaiAnswers(unlinked, null).use).toMatchObject({ grade: "unknown", note: expect.stringContaining("“Apache 2.0”, not one the catalogue knows") });
  });

  it("reads the system's facts: modality, release year; the organisation's type and country", () => {
    expect(["text", "text,code", "video,audio", "image ", "robotics"].map(modalityOf)).toEqual(["text", "text", "multimodal", "image", "other"]);
    expect(["2025-12", "2024 NOV", "2023", "", null].map(releaseYearOf)).toEqual([2025, 2024, 2023, null, null]);
    expect(organisationTypeOf("Academic (University)")).toEqual({ type: "research", certain: true });
    expect(organisationTypeOf("Non-academic (European Big Tech)")).toEqual({ type: "large_company", certain: true });
    expect(organisationTypeOf("Non-academic (Company)")).toEqual({ type: "startup_sme", certain: false });
    expect(["France", "United Kingdom", "Switzerland", "Czech Republic", "International", "Undisclosed", null].map(countryOfOrigin)).toEqual(["FR", "GB", "CH", "CZ", null, null, null]);
  });

  it("refuses a file that is not YAML", () => {
    expect(readOsaiFile("x.yaml", "system: [unclosed")).toEqual({ file: "x.yaml", message: expect.stringContaining("not YAML") });
  });
});
