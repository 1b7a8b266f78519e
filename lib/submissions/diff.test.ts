import { describe, expect, it } from "vitest";
import { diffSubmission } from "./diff";
import { modelInput, organisationInput } from "./fixtures";
import { submissionSchemas } from "../validation/submissions";

describe("diffSubmission", () => {
  it("shows a new organisation field by field, with nothing before", () => {
    const after = submissionSchemas.new_organisation.parse(organisationInput());
    const rows = diffSubmission("new_organisation", null, after);
    expect(rows.find((r) => r.path === "name")).toMatchObject({ before: null, after: { text: "Laboratoire Ouvert" }, changed: true });
    expect(rows.find((r) => r.path === "type")?.after).toEqual({ key: "organisationTypes.research" });
    // codes the page names in the reader's language, not as typed
    expect(rows.find((r) => r.path === "country")?.after).toEqual({ country: after.country });
  });

  it("gives languages, tasks and answers as codes to name, with the answer's evidence and note", () => {
    const after = submissionSchemas.new_model.parse(modelInput({ organisations: { existing: ["mistral-ai"], new: null } }));
    const rows = diffSubmission("new_model", null, after);
    expect(rows.find((r) => r.path === "languages")?.after).toEqual({ languages: after.languages });
    expect(rows.find((r) => r.path === "tasks")?.after).toEqual({ tasks: after.tasks });
    const use = after.answers.use;
    expect(rows.find((r) => r.path === "answers.use")?.after).toEqual({ answer: use.grade, evidenceUrl: use.evidenceUrl ?? null, note: use.note ?? null });
  });

  it("marks only what an edit changes, criterion by criterion", () => {
    const before = submissionSchemas.new_model.parse(modelInput({ organisations: { existing: ["mistral-ai"], new: null } }));
    const after = structuredClone(before);
    after.description = "A better description of the model and its training data.";
    after.answers.data = { grade: "partial", evidenceUrl: "https://data.example.eu", note: null };
    const changed = diffSubmission("edit_model", before, after).filter((r) => r.changed).map((r) => r.path);
    expect(changed).toEqual(["description", "answers.data"]);
  });
});

describe("diffSubmission of an edit", () => {
  it("does not list the slug, which an edit cannot change", () => {
    const before = { ...submissionSchemas.new_organisation.parse(organisationInput()), slug: "laboratoire-ouvert" };
    const { slug: _slug, ...after } = before;
    const rows = diffSubmission("edit_organisation", before, after);
    expect(rows.map((r) => r.path)).not.toContain("slug");
    expect(rows.filter((r) => r.changed)).toEqual([]);
  });
});
