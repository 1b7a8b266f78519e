import { describe, expect, it } from "vitest";
import { assess, gradeFor, InvalidAnswersError, isEvidenceUrl, roundScore } from "./assess";
import { licenceById } from "./licences";
import { ALL_OPEN, answersOf, EVIDENCE, testLicence } from "./test-helpers";
import type { AnswerGrade, BaseModelFacts, CriterionAnswer, Licence, ModelFacts, ModelLicences } from "./types";

function realLicence(id: string): Licence {
  const licence = licenceById(id);
  if (!licence) throw new Error(`licence ${id} missing from the licence table`);
  return licence;
}

const codes = (reasons: { code: string }[]) => reasons.map((reason) => reason.code);

/** Free, reviewed licences on every component: what a fully open model records. */
const FREE: ModelFacts = { licences: { weights: [realLicence("Apache-2.0")], code: [realLicence("MIT")], data: [realLicence("CC-BY-4.0")] } };

/** FREE, with some components' licences replaced. */
const withLicences = (licences: ModelLicences): ModelFacts => ({ licences: { ...FREE.licences, ...licences } });

describe("score", () => {
  it("is 100 when everything is open with evidence, 0 when nothing is entered", () => {
    expect(assess(answersOf(ALL_OPEN), FREE).score).toBe(100);
    const empty = assess([]);
    expect(empty.score).toBe(0);
    expect(empty.scoreRounded).toBe(0);
  });

  it("adds weight times points: a partial pillar is 8.75, a partial supporting dimension 1.875", () => {
    expect(assess(answersOf({ weights: "open", use: "partial" }), FREE).score).toBe(3.75 + 8.75);
    expect(assess(answersOf({ weights: "partial" }), FREE).score).toBe(1.875);
    expect(assess(answersOf({ weights: "partial" }), FREE).scoreRounded).toBe(2);
  });

  it("rounds half up for display and keeps the exact value", () => {
    // use 17.5 + weights 3.75 + paper 1.875 = 23.125
    const assessment = assess(answersOf({ use: "open", weights: "open", paper: "partial" }), FREE);
    expect(assessment.score).toBe(23.125);
    expect(assessment.scoreRounded).toBe(23);
    expect(roundScore(8.5)).toBe(9);
  });
});

describe("grade rules (rules first)", () => {
  it("A: all four pillars open", () => {
    const assessment = assess(answersOf(ALL_OPEN), FREE);
    expect(assessment.grade).toBe("A");
    expect(assessment.complete).toBe(true);
    expect(assessment.reasons).toEqual([{ code: "grade-a" }]);
  });

  it("B: use open, methods and data at least partial", () => {
    const assessment = assess(answersOf({ ...ALL_OPEN, methods: "partial", data: "partial", retrain: "partial" }), FREE);
    expect(assessment.grade).toBe("B");
    expect(assessment.reasons).toEqual([
      { code: "grade-b" },
      { code: "needs-open", criterion: "methods", params: { grade: "A", answer: "partial" } },
      { code: "needs-open", criterion: "data", params: { grade: "A", answer: "partial" } },
      { code: "needs-open", criterion: "retrain", params: { grade: "A", answer: "partial" } },
    ]);
  });

  it("C: use and weights open, short of B", () => {
    const assessment = assess(answersOf({ ...ALL_OPEN, methods: "partial", data: "closed", retrain: "closed" }), FREE);
    expect(assessment.grade).toBe("C");
    expect(assessment.reasons.slice(0, 2)).toEqual([
      { code: "grade-c" },
      { code: "needs-partial", criterion: "data", params: { grade: "B", answer: "closed" } },
    ]);
  });

  it("D: weights downloadable but use closed or partial", () => {
    expect(assess(answersOf({ ...ALL_OPEN, use: "closed" }), FREE).grade).toBe("D");
    expect(assess(answersOf({ ...ALL_OPEN, use: "partial" }), FREE).grade).toBe("D");
    expect(assess(answersOf({ ...ALL_OPEN, use: "closed", weights: "partial" }), FREE).grade).toBe("D");
  });

  it("D also when use is open but the weights are only partly downloadable and B is out of reach", () => {
    const assessment = assess(answersOf({ use: "open", weights: "partial", methods: "closed", data: "closed", retrain: "closed" }), FREE);
    expect(assessment.grade).toBe("D");
    expect(assessment.reasons[1]).toEqual({ code: "needs-open", criterion: "weights", params: { grade: "C", answer: "partial" } });
  });

  it("B does not need the weights fully open (use open already implies released weights)", () => {
    expect(assess(answersOf({ use: "open", weights: "partial", methods: "partial", data: "partial" }), FREE).grade).toBe("B");
  });

  it("E: weights closed, whatever else is claimed", () => {
    const assessment = assess(answersOf({ ...ALL_OPEN, weights: "closed" }), FREE);
    expect(assessment.grade).toBe("E");
    expect(assessment.answers.use.grade).toBe("closed");
    expect(assessment.reasons[0]).toEqual({ code: "grade-e-weights-closed" });
    expect(assessment.reasons[1]).toEqual({ code: "needs-partial", criterion: "weights", params: { grade: "D", answer: "closed" } });
  });

  it("gradeFor reads only the grade rules", () => {
    expect(gradeFor({ ...ALL_OPEN, weights: "unknown" })).toBe("A");
    expect(gradeFor({ ...ALL_OPEN, use: "unknown" })).toBe("D");
  });
});

describe("unknown answers", () => {
  it("count as missing: a model with nothing entered is E, incomplete, every criterion unknown", () => {
    const assessment = assess([]);
    expect(assessment.grade).toBe("E");
    expect(assessment.complete).toBe(false);
    expect(assessment.unknown).toHaveLength(12);
    expect(assessment.reasons[0]).toEqual({ code: "grade-e-weights-unknown" });
    expect(assessment.reasons[1]).toEqual({ code: "incomplete", params: { count: 5 } });
  });

  it("give the best grade the known answers prove, marked incomplete", () => {
    const assessment = assess(answersOf({ use: "open", weights: "open", methods: "partial", data: "partial" }), FREE);
    expect(assessment.grade).toBe("B");
    expect(assessment.complete).toBe(false);
    expect(assessment.unknown).toEqual(["retrain", "architecture", "paper", "modelcard", "datacard", "evaluation", "checkpoints", "inference"]);
    expect(codes(assessment.reasons)).toEqual(["grade-b", "incomplete", "needs-open", "needs-open", "needs-open"]);
  });

  it("supporting dimensions other than weights do not make an assessment incomplete", () => {
    const assessment = assess(answersOf({ use: "open", methods: "open", data: "open", retrain: "open", weights: "open" }), FREE);
    expect(assessment.complete).toBe(true);
    expect(assessment.unknown).toHaveLength(7);
  });

  it("weights unknown with use open: weights not proven downloadable, so E and use not counted", () => {
    const assessment = assess(answersOf({ ...ALL_OPEN, weights: "unknown" }), FREE);
    expect(assessment.grade).toBe("E");
    expect(assessment.complete).toBe(false);
    expect(assessment.answers.use).toMatchObject({ grade: "unknown", entered: "open", adjustments: ["use-unproven-weights-unknown"] });
    expect(assessment.reasons[0]).toEqual({ code: "grade-e-weights-unknown" });
    // never better than the same model with weights closed
    const closed = assess(answersOf({ ...ALL_OPEN, weights: "closed" }), FREE);
    expect(assessment.score).toBeLessThanOrEqual(closed.score);
  });

  it("a pillar unknown holds the grade at the level the others prove", () => {
    expect(assess(answersOf({ ...ALL_OPEN, retrain: "unknown" }), FREE).grade).toBe("B");
    expect(assess(answersOf({ ...ALL_OPEN, data: "unknown" }), FREE).grade).toBe("C");
    expect(assess(answersOf({ ...ALL_OPEN, use: "unknown" }), FREE).grade).toBe("D");
  });
});

describe("evidence rule", () => {
  it("open or partial without an evidence link counts as unknown, with the reason", () => {
    const assessment = assess([
      ...answersOf({ ...ALL_OPEN, paper: undefined, modelcard: undefined }),
      { criterion: "paper", grade: "open", evidenceUrl: null },
      { criterion: "modelcard", grade: "partial", evidenceUrl: "   " },
    ], FREE);
    expect(assessment.answers.paper).toEqual({ grade: "unknown", entered: "open", evidenceUrl: null, note: null, adjustments: ["evidence-missing"] });
    expect(assessment.answers.modelcard.adjustments).toEqual(["evidence-missing"]);
    expect(assessment.reasons).toContainEqual({ code: "evidence-missing", criterion: "paper", params: { entered: "open" } });
    expect(assessment.score).toBe(100 - 3.75 - 3.75);
  });

  it("only http and https links count as evidence", () => {
    for (const url of ["ftp://example.org/x", "javascript:alert(1)", "example.org/x", "mailto:a@b.c", "https://"]) {
      expect(isEvidenceUrl(url)).toBe(false);
      const assessment = assess([{ criterion: "paper", grade: "open", evidenceUrl: url }]);
      expect(assessment.answers.paper).toMatchObject({ grade: "unknown", evidenceUrl: null, adjustments: ["evidence-invalid"] });
    }
    expect(isEvidenceUrl("http://example.org")).toBe(true);
    expect(isEvidenceUrl(" https://arxiv.org/abs/2310.06825 ")).toBe(true);
  });

  it("closed needs no evidence; notes and links are kept, trimmed", () => {
    const assessment = assess([{ criterion: "data", grade: "closed", evidenceUrl: null, note: "  undisclosed " }]);
    expect(assessment.answers.data).toEqual({ grade: "closed", entered: "closed", evidenceUrl: null, note: "undisclosed", adjustments: [] });
    const linked = assess([{ criterion: "paper", grade: "open", evidenceUrl: ` ${EVIDENCE} ` }]);
    expect(linked.answers.paper.evidenceUrl).toBe(EVIDENCE);
  });
});

describe("use follows every weights licence (rules 1 and 5)", () => {
  it("a non-commercial weights licence makes use closed even when open is claimed", () => {
    const licence = testLicence({ nonCommercial: true }, "NC-Test");
    const assessment = assess(answersOf(ALL_OPEN), withLicences({ weights: [licence] }));
    expect(assessment.answers.use).toMatchObject({ grade: "closed", entered: "open", adjustments: ["use-closed-by-licence"] });
    expect(assessment.reasons).toContainEqual({
      code: "use-closed-by-licence",
      criterion: "use",
      params: { licence: licence.name, licenceId: "NC-Test", restriction: "nonCommercial" },
    });
    expect(assessment.grade).toBe("D");
  });

  it("two sets of terms on the weights: the restrictive one closes use, whichever is listed first (CC-BY-SA-4.0 + Gemma)", () => {
    const both = [realLicence("CC-BY-SA-4.0"), realLicence("LicenseRef-Gemma-Terms-of-Use")];
    for (const weights of [both, [...both].reverse()]) {
      const assessment = assess(answersOf(ALL_OPEN), withLicences({ weights }));
      expect(assessment.answers.use.grade).toBe("closed");
      expect(assessment.grade).toBe("D");
      expect(assessment.reasons).toContainEqual(
        expect.objectContaining({ code: "use-closed-by-licence", params: expect.objectContaining({ licenceId: "LicenseRef-Gemma-Terms-of-Use" }) }),
      );
    }
    expect(assess(answersOf(ALL_OPEN), withLicences({ weights: [both[0]!] })).answers.use.grade).toBe("open");
  });

  it("thresholds are restrictions, and the reason carries them: user caps, revenue caps, non-production", () => {
    const cases = [
      [{ userCap: 700_000_000 }, "userCap", { userCap: 700_000_000 }],
      [{ revenueCap: 1_000_000, revenueCapCurrency: "USD" }, "revenueCap", { revenueCap: 1_000_000, currency: "USD" }],
      [{ nonProduction: true }, "nonProduction", {}],
    ] as const;
    for (const [flags, restriction, params] of cases) {
      const assessment = assess(answersOf(ALL_OPEN), withLicences({ weights: [testLicence(flags, `T-${restriction}`)] }));
      expect(assessment.answers.use.grade, restriction).toBe("closed");
      expect(assessment.reasons).toContainEqual(expect.objectContaining({ code: "use-closed-by-licence", params: expect.objectContaining({ restriction, ...params }) }));
    }
  });

  it("a use-restricting licence decides use even when nothing was entered", () => {
    const assessment = assess(answersOf({ weights: "open" }), { licences: { weights: [testLicence({ restrictsUse: true })] } });
    expect(assessment.answers.use).toMatchObject({ grade: "closed", entered: "unknown" });
  });

  it("a free licence never raises use: an entered closed (e.g. an acceptable-use gate) stays closed", () => {
    const assessment = assess(answersOf({ ...ALL_OPEN, use: "closed" }), FREE);
    expect(assessment.answers.use.grade).toBe("closed");
    expect(assessment.answers.use.adjustments).toEqual([]);
  });

  it("unreleased weights make use closed", () => {
    const assessment = assess(answersOf({ use: "open", weights: "closed" }), FREE);
    expect(assessment.answers.use.adjustments).toEqual(["use-closed-weights-closed"]);
  });

  it("a no-derivatives weights licence does not close use, but caps retraining at partial", () => {
    const assessment = assess(answersOf(ALL_OPEN), withLicences({ weights: [testLicence({ noDerivatives: true })] }));
    expect(assessment.answers.use.grade).toBe("open");
    expect(assessment.answers.retrain).toMatchObject({ grade: "partial", adjustments: ["retrain-partial-weights-licence"] });
    expect(assessment.grade).toBe("B");
  });
});

describe("a licence nobody has reviewed opens nothing (rule 4)", () => {
  const unreviewed = testLicence({ reviewed: false }, "LicenseRef-New");
  it("keeps use not assessed, so the grade is incomplete", () => {
    const assessment = assess(answersOf(ALL_OPEN), withLicences({ weights: [unreviewed] }));
    expect(assessment.answers.use).toMatchObject({ grade: "unknown", entered: "open", adjustments: ["use-unproven-licence-unreviewed"] });
    expect(assessment.complete).toBe(false);
    expect(assessment.grade).toBe("D");
  });

  it("but its restrictions count at once", () => {
    const assessment = assess(answersOf(ALL_OPEN), withLicences({ weights: [{ ...unreviewed, nonCommercial: true }] }));
    expect(assessment.answers.use).toMatchObject({ grade: "closed", adjustments: ["use-closed-by-licence"] });
  });

  it("caps methods, data and retrain at partial", () => {
    const code = assess(answersOf(ALL_OPEN), withLicences({ code: [unreviewed] }));
    expect(code.answers.methods.adjustments).toEqual(["methods-partial-code-licence-unreviewed"]);
    const data = assess(answersOf(ALL_OPEN), withLicences({ data: [unreviewed] }));
    expect(data.answers.data.adjustments).toEqual(["data-partial-data-licence-unreviewed"]);
    expect(data.answers.retrain.grade).toBe("partial");
  });
});

describe("no licence known is not an open licence (rule 2)", () => {
  it("methods are at most partial without a code licence (the grade B argued up with no known licence)", () => {
    const assessment = assess(answersOf({ ...ALL_OPEN, data: "partial" }), { licences: { weights: [realLicence("Apache-2.0")] } });
    expect(assessment.answers.methods).toMatchObject({ grade: "partial", adjustments: ["methods-partial-no-code-licence"] });
    expect(assessment.answers.data.grade).toBe("partial");
    expect(assessment.answers.retrain.grade).toBe("partial");
  });

  it("a known non-OSI code licence caps methods at partial", () => {
    const assessment = assess(answersOf(ALL_OPEN), withLicences({ code: [testLicence({ osiApproved: false }, "Source-Available")] }));
    expect(assessment.answers.methods).toMatchObject({ grade: "partial", adjustments: ["methods-partial-code-licence"] });
    expect(assessment.grade).toBe("B");
  });

  it("data is open only when every data licence allows redistribution, and retrain is closed by NC or ND data", () => {
    const assessment = assess(answersOf(ALL_OPEN), withLicences({ data: [realLicence("ODC-By-1.0"), realLicence("CC-BY-NC-SA-4.0")] }));
    expect(assessment.answers.data).toMatchObject({ grade: "partial", adjustments: ["data-partial-data-licence"] });
    expect(assessment.answers.retrain).toMatchObject({ grade: "closed", adjustments: ["retrain-closed-data-licence"] });
    expect(assessment.grade).toBe("B");
    expect(assess(answersOf(ALL_OPEN), withLicences({ data: [realLicence("ODC-By-1.0"), realLicence("Apache-2.0")] })).grade).toBe("A");
  });

  it("data without any licence recorded is at most partial", () => {
    const assessment = assess(answersOf(ALL_OPEN), withLicences({ data: [] }));
    expect(assessment.answers.data.adjustments).toEqual(["data-partial-no-data-licence"]);
  });

  it("an OSI code licence leaves methods as entered", () => {
    expect(assess(answersOf(ALL_OPEN), FREE).grade).toBe("A");
  });
});

describe("retrain", () => {
  it("is at most partial when the data is not released or not assessed: the licences may allow it, the model cannot be rebuilt", () => {
    const closed = assess(answersOf({ ...ALL_OPEN, data: "closed" }), FREE);
    expect(closed.answers.retrain).toMatchObject({ grade: "partial", adjustments: ["retrain-partial-data-closed"] });
    const unknown = assess(answersOf({ ...ALL_OPEN, data: "unknown" }), FREE);
    expect(unknown.answers.retrain).toMatchObject({ grade: "partial", adjustments: ["retrain-partial-data-unknown"] });
    // nothing entered stays not assessed: the data decides no more than a cap
    const missing = assess(answersOf({ ...ALL_OPEN, data: "closed", retrain: undefined }), FREE);
    expect(missing.answers.retrain).toMatchObject({ grade: "unknown", entered: "unknown" });
  });

  it("is closed when a weights licence restricts use", () => {
    const assessment = assess(answersOf(ALL_OPEN), withLicences({ weights: [realLicence("LicenseRef-Llama-3.1-Community-License")] }));
    expect(assessment.answers.retrain).toMatchObject({ grade: "closed", adjustments: ["retrain-closed-weights-licence"] });
  });

  it("is at most partial when use is closed or unknown, but data and code are open", () => {
    const closed = assess(answersOf({ ...ALL_OPEN, use: "closed" }), FREE);
    expect(closed.answers.retrain).toMatchObject({ grade: "partial", adjustments: ["retrain-partial-use-closed"] });
    const unknown = assess(answersOf({ ...ALL_OPEN, use: "unknown" }), FREE);
    expect(unknown.answers.retrain).toMatchObject({ grade: "partial", adjustments: ["retrain-partial-use-unknown"] });
  });

  it("is at most partial when no training code is published or it is not assessed", () => {
    expect(assess(answersOf({ ...ALL_OPEN, methods: "closed" }), FREE).answers.retrain.adjustments).toEqual(["retrain-partial-methods-closed"]);
    expect(assess(answersOf({ ...ALL_OPEN, methods: "unknown" }), FREE).answers.retrain.adjustments).toEqual(["retrain-partial-methods-unknown"]);
  });

  it("is at most partial when a component has no licence, or the code licence restricts", () => {
    const missing = assess(answersOf(ALL_OPEN), withLicences({ code: [] }));
    expect(missing.reasons).toContainEqual({ code: "retrain-partial-licence-missing", criterion: "retrain", params: { component: "code" } });
    const restricted = assess(answersOf(ALL_OPEN), withLicences({ code: [testLicence({ restrictsUse: true })] }));
    expect(restricted.answers.retrain).toMatchObject({ grade: "partial", adjustments: ["retrain-partial-code-licence"] });
  });

  it("is at most partial when the data is only partly open", () => {
    const assessment = assess(answersOf({ ...ALL_OPEN, data: "partial" }), FREE);
    expect(assessment.answers.retrain).toMatchObject({ grade: "partial", adjustments: ["retrain-partial-data-not-open"] });
  });

  it("names the rules that changed the answer, in the order they applied", () => {
    const assessment = assess(answersOf({ ...ALL_OPEN, data: "closed", use: "closed" }), withLicences({ data: [testLicence({ nonCommercial: true })] }));
    expect(assessment.answers.retrain.adjustments).toEqual(["retrain-partial-data-closed", "retrain-closed-data-licence"]);
  });
});

describe("ancestry (rule 3)", () => {
  const base = (grades: Partial<Record<"use" | "methods" | "data" | "retrain" | "weights", AnswerGrade>>, weightsLicences: Licence[]): BaseModelFacts => ({
    inCatalogue: true,
    slug: "base",
    name: "Base 7B",
    relation: "fine_tune",
    grades: { use: "open", methods: "open", data: "open", retrain: "open", weights: "open", ...grades },
    weightsLicences,
  });

  it("a fine-tune of a restricted model cannot claim open use, whatever its own card shows", () => {
    const llama = realLicence("LicenseRef-Llama-3.1-Community-License");
    const assessment = assess(answersOf(ALL_OPEN), { ...FREE, base: base({ use: "closed" }, [llama]) });
    expect(assessment.answers.use).toMatchObject({ grade: "closed", adjustments: ["use-closed-by-inherited-licence"] });
    expect(assessment.reasons).toContainEqual(
      expect.objectContaining({ code: "use-closed-by-inherited-licence", params: expect.objectContaining({ base: "Base 7B", licenceId: llama.id }) }),
    );
    expect(assessment.grade).toBe("D");
  });

  it("the base's undisclosed training caps data, methods and retrain at partial", () => {
    const assessment = assess(answersOf(ALL_OPEN), { ...FREE, base: base({ data: "closed", methods: "partial", retrain: "closed" }, [realLicence("Apache-2.0")]) });
    expect(assessment.answers.data).toMatchObject({ grade: "partial", adjustments: ["data-partial-base"] });
    expect(assessment.answers.methods).toMatchObject({ grade: "partial", adjustments: ["methods-partial-base"] });
    expect(assessment.answers.retrain.grade).toBe("partial");
    expect(assessment.grade).toBe("B");
  });

  it("a fully open base lets a fully open derivative stay A", () => {
    expect(assess(answersOf(ALL_OPEN), { ...FREE, base: base({}, [realLicence("Apache-2.0")]) }).grade).toBe("A");
  });

  it("a base outside the catalogue makes the pillars that depend on it incomplete, never open", () => {
    const assessment = assess(answersOf(ALL_OPEN), { ...FREE, base: { inCatalogue: false, name: "Mystery-7B", url: null, relation: "fine_tune" } });
    for (const key of ["use", "methods", "data"] as const) expect(assessment.answers[key].grade, key).toBe("unknown");
    expect(assessment.complete).toBe(false);
    expect(assessment.reasons).toContainEqual(expect.objectContaining({ code: "use-unproven-base-outside", params: { base: "Mystery-7B" } }));
  });
});

describe("input", () => {
  it("rejects two answers for the same criterion, whatever their order", () => {
    const twice: CriterionAnswer[] = [
      { criterion: "use", grade: "open", evidenceUrl: EVIDENCE },
      { criterion: "use", grade: "closed" },
    ];
    expect(() => assess(twice)).toThrow(InvalidAnswersError);
    expect(() => assess([...twice].reverse())).toThrow(/Two answers for criterion "use"/);
  });

  it("rejects unknown criteria and answers coming from untyped data", () => {
    const bad = JSON.parse('[{"criterion":"vibes","grade":"open"}]') as CriterionAnswer[];
    expect(() => assess(bad)).toThrow(InvalidAnswersError);
    const badGrade = JSON.parse('[{"criterion":"use","grade":"mostly"}]') as CriterionAnswer[];
    expect(() => assess(badGrade)).toThrow(/Unknown answer "mostly"/);
  });

  it("records the methodology version", () => {
    expect(assess([]).methodologyVersion).toBe(2);
  });
});

describe("real catalogue cases", () => {
  const hf = (path: string) => `https://huggingface.co/${path}`;
  const weightsOnly = (id: string): ModelFacts => ({ licences: { weights: [realLicence(id)] } });

  it("Mistral 7B (Apache-2.0 weights, data undisclosed, paper without code) → C", () => {
    const assessment = assess(
      [
        { criterion: "use", grade: "open", evidenceUrl: hf("mistralai/Mistral-7B-v0.1") },
        { criterion: "weights", grade: "open", evidenceUrl: hf("mistralai/Mistral-7B-v0.1") },
        { criterion: "methods", grade: "partial", evidenceUrl: "https://arxiv.org/abs/2310.06825" },
        { criterion: "data", grade: "closed" },
        { criterion: "retrain", grade: "closed" },
        { criterion: "paper", grade: "open", evidenceUrl: "https://arxiv.org/abs/2310.06825" },
        { criterion: "modelcard", grade: "partial", evidenceUrl: hf("mistralai/Mistral-7B-v0.1") },
      ],
      weightsOnly("Apache-2.0"),
    );
    expect(assessment.grade).toBe("C");
    expect(assessment.complete).toBe(true);
    expect(codes(assessment.reasons).slice(0, 2)).toEqual(["grade-c", "needs-partial"]);
  });

  it("BLOOM (BigScience RAIL: use restrictions) → D, even with use claimed open", () => {
    const licence = realLicence("BigScience-BLOOM-RAIL-1.0");
    const assessment = assess(
      answersOf({ use: "open", weights: "open", methods: "open", data: "partial", retrain: "partial", paper: "open" }),
      { licences: { weights: [licence], code: [realLicence("Apache-2.0")] } },
    );
    expect(assessment.grade).toBe("D");
    expect(assessment.answers.use.grade).toBe("closed");
    expect(assessment.answers.retrain.grade).toBe("closed");
  });

  it("Lucie-7B (Apache-2.0 weights, partial data under CC-BY-NC-SA-4.0) → B, retrain closed", () => {
    const assessment = assess(
      answersOf({ use: "open", weights: "open", methods: "partial", data: "partial", retrain: "partial", paper: "open", modelcard: "open" }),
      { licences: { weights: [realLicence("Apache-2.0")], data: [realLicence("CC-BY-NC-SA-4.0")] } },
    );
    expect(assessment.grade).toBe("B");
    expect(assessment.answers.retrain).toMatchObject({ grade: "closed", adjustments: ["retrain-closed-data-licence"] });
  });

  it("FLUX.1 [dev] (non-commercial, non-production licence) → D", () => {
    const assessment = assess(answersOf({ use: "closed", weights: "open", methods: "closed", data: "closed", inference: "open" }), weightsOnly("LicenseRef-FLUX.1-dev-Non-Commercial"));
    expect(assessment.grade).toBe("D");
  });

  it("Moshi (CC-BY-4.0 weights: attribution only) keeps use open → C", () => {
    expect(assess(answersOf({ use: "open", weights: "open", methods: "closed", data: "closed" }), weightsOnly("CC-BY-4.0")).grade).toBe("C");
  });

  it("a model whose weights are not released → E", () => {
    const assessment = assess(answersOf({ use: "closed", weights: "closed", methods: "closed", data: "closed", retrain: "closed", paper: "partial" }));
    expect(assessment.grade).toBe("E");
    expect(assessment.complete).toBe(true);
  });

  it("a fully open model with evidence and free licences → A, 100", () => {
    const assessment = assess(answersOf(ALL_OPEN), { licences: { weights: [realLicence("Apache-2.0")], code: [realLicence("MIT")], data: [realLicence("ODC-By-1.0")] } });
    expect(assessment).toMatchObject({ grade: "A", score: 100, scoreRounded: 100, complete: true, unknown: [] });
  });
});
