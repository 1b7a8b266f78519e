import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { G7_LABELS, g7Label, g7Rank, type DataException } from "./g7";
import { ALL_OPEN } from "./test-helpers";
import { ANSWER_GRADES, CRITERION_KEYS, type AnswerGrade, type CriterionKey } from "./types";

const grades = (changes: Partial<Record<CriterionKey, AnswerGrade>>) => ({ ...ALL_OPEN, ...changes });
const EXCEPTION: DataException = { reason: "legal", evidenceUrl: "https://example.org/why-not", note: "copyrighted books" };

describe("the G7 labels, row by row (METHODOLOGY.md)", () => {
  it("Open Source AI with Open Data: weights, use, deployment code, training code and full data open", () => {
    expect(g7Label(grades({}))).toEqual({ label: "open_source_ai_with_open_data", complete: true, missing: [], reasons: [] });
  });

  it("Open Source AI: data not open, but data information open and the exception recorded with evidence", () => {
    expect(g7Label(grades({ data: "partial" }), EXCEPTION)).toMatchObject({ label: "open_source_ai", complete: true });
    expect(g7Label(grades({ data: "closed", datacard: "open" }), { ...EXCEPTION, reason: "technical" }).label).toBe("open_source_ai");
  });

  it("without the exception, or without data information, it is Open Weights AI", () => {
    expect(g7Label(grades({ data: "partial" }))).toMatchObject({ label: "open_weights_ai", reasons: [{ code: "g7-data-not-open", criterion: "data" }, { code: "g7-no-data-exception" }] });
    expect(g7Label(grades({ data: "partial" }), { ...EXCEPTION, evidenceUrl: null }).label).toBe("open_weights_ai");
    expect(g7Label(grades({ data: "partial", datacard: "partial" }), EXCEPTION)).toMatchObject({
      label: "open_weights_ai",
      reasons: [{ code: "g7-data-not-open", criterion: "data" }, { code: "g7-datacard-not-open", criterion: "datacard" }],
    });
  });

  it("Open Weights AI: weights and deployment code under an Open Source licence, training code not open", () => {
    expect(g7Label(grades({ methods: "partial", data: "closed" }))).toEqual({
      label: "open_weights_ai",
      complete: true,
      missing: [],
      reasons: [{ code: "g7-methods-not-open", criterion: "methods" }],
    });
  });

  it("Weights Available AI: weights released, use restricted", () => {
    expect(g7Label(grades({ use: "closed" }))).toMatchObject({ label: "weights_available_ai", complete: true, reasons: [{ code: "g7-use-not-open" }] });
    expect(g7Label(grades({ use: "partial", inference: "closed" })).label).toBe("weights_available_ai");
  });

  it("no label when the weights cannot be downloaded", () => {
    expect(g7Label(grades({ weights: "closed" }))).toMatchObject({ label: "none", complete: true, reasons: [{ code: "g7-weights-closed" }] });
    expect(g7Label(grades({ weights: "partial" })).label).toBe("none");
  });

  it("not determinable when the weights are not assessed, naming what is missing", () => {
    expect(g7Label(grades({ weights: "unknown" }))).toMatchObject({ label: "not_determinable", complete: false, missing: ["weights"] });
  });

  it("an unknown fact gives the label the known ones prove, marked incomplete with what is missing", () => {
    expect(g7Label(grades({ use: "unknown" }))).toMatchObject({ label: "weights_available_ai", complete: false, missing: ["use"] });
    expect(g7Label(grades({ methods: "unknown" }))).toMatchObject({ label: "open_weights_ai", missing: ["methods"] });
    expect(g7Label(grades({ data: "unknown" }), EXCEPTION)).toMatchObject({ label: "open_source_ai", missing: ["data"] });
    // a known failure decides the level: an unknown beside it is not what holds the model back
    expect(g7Label(grades({ use: "closed", inference: "unknown" }))).toMatchObject({ label: "weights_available_ai", complete: true, missing: [] });
  });
});

describe("the G7 label, for any answers", () => {
  const gradesArb = fc.record(Object.fromEntries(CRITERION_KEYS.map((key) => [key, fc.constantFrom(...ANSWER_GRADES)])) as Record<CriterionKey, fc.Arbitrary<AnswerGrade>>);
  const exceptionArb = fc.option(fc.constant(EXCEPTION), { nil: null });

  it("never lowers when one more criterion is opened", () => {
    fc.assert(
      fc.property(gradesArb, exceptionArb, fc.constantFrom(...CRITERION_KEYS), (answers, exception, criterion) => {
        const before = g7Label(answers, exception);
        const after = g7Label({ ...answers, [criterion]: "open" }, exception);
        expect(g7Rank(after.label)).toBeGreaterThanOrEqual(g7Rank(before.label));
      }),
      { numRuns: 2000 },
    );
  });

  it("is always one of the six values, complete exactly when nothing is missing", () => {
    fc.assert(
      fc.property(gradesArb, exceptionArb, (answers, exception) => {
        const result = g7Label(answers, exception);
        expect(G7_LABELS).toContain(result.label);
        expect(result.complete).toBe(result.missing.length === 0);
        if (answers.weights === "closed") expect(result.label).toBe("none");
      }),
      { numRuns: 1000 },
    );
  });
});
