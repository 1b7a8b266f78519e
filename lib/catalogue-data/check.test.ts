// The catalogue's files against the research rules, as `npm run data:check` applies them.
import { describe, expect, it } from "vitest";
import { checkCatalogue } from "./check";
import { readCatalogueFiles } from "./files";

describe("checking the catalogue's files", () => {
  const files = readCatalogueFiles();

  it("finds nothing wrong in the files as they are", () => {
    expect(checkCatalogue(files).errors).toEqual([]);
  });

  it("asks a model with an unknown answer to list what could not be checked", () => {
    const model = files.models.find((entry) => entry.slug === "lucie-7b")!;
    const changed = {
      ...model,
      unverified: [],
      payload: { ...model.payload, answers: { ...model.payload.answers, checkpoints: { grade: "unknown" as const, evidenceUrl: null, note: null } } },
    };
    const errors = checkCatalogue({ ...files, models: files.models.map((entry) => (entry === model ? changed : entry)) }).errors;
    expect(errors).toContainEqual({ file: model.file, path: "unverified", message: "checkpoints unknown: list what could not be checked" });
  });
});
