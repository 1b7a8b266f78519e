import { describe, expect, it } from "vitest";
import { assess, gradeFor, InvalidAnswersError, isEvidenceUrl, roundScore } from "./assess";
import { licenceById } from "./licences";
import { ALL_OPEN, answersOf, EVIDENCE, testLicence } from "./test-helpers";
import type { CriterionAnswer, Licence } from "./types";

function realLicence(id: string): Licence {
  const licence = licenceById(id);
  if (!licence) throw new Error(`licence ${id} missing from the licence table`);
  return licence;
}

const codes = (reasons: { code: string }[]) => reasons.map((reason) => reason.code);

describe("score", () => {
  it("is 100 when everything is open with evidence, 0 when nothing is entered", () => {
    expect(assess(answersOf(ALL_OPEN)).score).toBe(100);
    const empty = assess([]);
    expect(empty.score).toBe(0);
    expect(empty.scoreRounded).toBe(0);
  });

  it("adds weight times points: a partial pillar is 8.75, a partial supporting dimension 1.875", () => {
    expect(assess(answersOf({ weights: "open", use: "partial" })).score).toBe(3.75 + 8.75);
    expect(assess(answersOf({ weights: "partial" })).score).toBe(1.875);
    expect(assess(answersOf({ weights: "partial" })).scoreRounded).toBe(2);
  });

  it("rounds half up for display and keeps the exact value", () => {
    // use 17.5 + weights 3.75 + paper 1.875 = 23.125
    const assessment = assess(answersOf({ use: "open", weights: "open", paper: "partial" }));
    expect(assessment.score).toBe(23.125);
    expect(assessment.scoreRounded).toBe(23);
    expect(roundScore(8.5)).toBe(9);
  });
});

describe("grade rules (rules first)", () => {
  it("A: all four pillars open", () => {
    const assessment = assess(answersOf(ALL_OPEN));
    expect(assessment.grade).toBe("A");
    expect(assessment.complete).toBe(true);
    expect(assessment.reasons).toEqual([{ code: "grade-a" }]);
  });

  it("B: use open, methods and data at least partial", () => {
    const assessment = assess(answersOf({ ...ALL_OPEN, methods: "partial", data: "partial", retrain: "partial" }));
    expect(assessment.grade).toBe("B");
    expect(assessment.reasons).toEqual([
      { code: "grade-b" },
      { code: "needs-open", criterion: "methods", params: { grade: "A", answer: "partial" } },
      { code: "needs-open", criterion: "data", params: { grade: "A", answer: "partial" } },
      { code: "needs-open", criterion: "retrain", params: { grade: "A", answer: "partial" } },
    ]);
  });

  it("C: use and weights open, short of B", () => {
    const assessment = assess(answersOf({ ...ALL_OPEN, methods: "partial", data: "closed", retrain: "closed" }));
    expect(assessment.grade).toBe("C");
    expect(assessment.reasons.slice(0, 2)).toEqual([
      { code: "grade-c" },
      { code: "needs-partial", criterion: "data", params: { grade: "B", answer: "closed" } },
    ]);
  });

  it("D: weights downloadable but use closed or partial", () => {
    expect(assess(answersOf({ ...ALL_OPEN, use: "closed" })).grade).toBe("D");
    expect(assess(answersOf({ ...ALL_OPEN, use: "partial" })).grade).toBe("D");
    expect(assess(answersOf({ ...ALL_OPEN, use: "closed", weights: "partial" })).grade).toBe("D");
  });

  it("D also when use is open but the weights are only partly downloadable and B is out of reach", () => {
    const assessment = assess(answersOf({ use: "open", weights: "partial", methods: "closed", data: "closed" }));
    expect(assessment.grade).toBe("D");
    expect(assessment.reasons[1]).toEqual({ code: "needs-open", criterion: "weights", params: { grade: "C", answer: "partial" } });
  });

  it("B does not need the weights fully open (use open already implies released weights)", () => {
    expect(assess(answersOf({ use: "open", weights: "partial", methods: "partial", data: "partial" })).grade).toBe("B");
  });

  it("E: weights closed, whatever else is claimed", () => {
    const assessment = assess(answersOf({ ...ALL_OPEN, weights: "closed" }));
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
    const assessment = assess(answersOf({ use: "open", weights: "open", methods: "partial", data: "partial" }));
    expect(assessment.grade).toBe("B");
    expect(assessment.complete).toBe(false);
    expect(assessment.unknown).toEqual(["retrain", "architecture", "paper", "modelcard", "datacard", "evaluation", "checkpoints", "inference"]);
    expect(codes(assessment.reasons)).toEqual(["grade-b", "incomplete", "needs-open", "needs-open", "needs-open"]);
  });

  it("supporting dimensions other than weights do not make an assessment incomplete", () => {
    const assessment = assess(answersOf({ use: "open", methods: "open", data: "open", retrain: "open", weights: "open" }));
    expect(assessment.complete).toBe(true);
    expect(assessment.unknown).toHaveLength(7);
  });

  it("weights unknown with use open: weights not proven downloadable, so E and use not counted", () => {
    const assessment = assess(answersOf({ ...ALL_OPEN, weights: "unknown" }));
    expect(assessment.grade).toBe("E");
    expect(assessment.complete).toBe(false);
    expect(assessment.answers.use).toMatchObject({ grade: "unknown", entered: "open", adjustments: ["use-unproven-weights-unknown"] });
    expect(assessment.reasons[0]).toEqual({ code: "grade-e-weights-unknown" });
    // never better than the same model with weights closed
    const closed = assess(answersOf({ ...ALL_OPEN, weights: "closed" }));
    expect(assessment.score).toBeLessThanOrEqual(closed.score);
  });

  it("a pillar unknown holds the grade at the level the others prove", () => {
    expect(assess(answersOf({ ...ALL_OPEN, retrain: "unknown" })).grade).toBe("B");
    expect(assess(answersOf({ ...ALL_OPEN, data: "unknown" })).grade).toBe("C");
    expect(assess(answersOf({ ...ALL_OPEN, use: "unknown" })).grade).toBe("D");
  });
});

describe("evidence rule", () => {
  it("open or partial without an evidence link counts as unknown, with the reason", () => {
    const assessment = assess([
      ...answersOf({ ...ALL_OPEN, paper: undefined, modelcard: undefined }),
      { criterion: "paper", grade: "open", evidenceUrl: null },
      { criterion: "modelcard", grade: "partial", evidenceUrl: "   " },
    ]);
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

describe("use follows the weights licence", () => {
  it("a non-commercial weights licence makes use closed even when open is claimed", () => {
    const licence = testLicence({ nonCommercial: true }, "NC-Test");
    const assessment = assess(answersOf(ALL_OPEN), { weights: licence });
    expect(assessment.answers.use).toMatchObject({ grade: "closed", entered: "open", adjustments: ["use-closed-by-licence"] });
    expect(assessment.reasons).toContainEqual({
      code: "use-closed-by-licence",
      criterion: "use",
      params: { licence: licence.name, licenceId: "NC-Test", restriction: "nonCommercial" },
    });
    expect(assessment.grade).toBe("D");
  });

  it("a use-restricting licence decides use even when nothing was entered", () => {
    const assessment = assess(answersOf({ weights: "open" }), { weights: testLicence({ restrictsUse: true }) });
    expect(assessment.answers.use).toMatchObject({ grade: "closed", entered: "unknown" });
    expect(assessment.reasons).toContainEqual(expect.objectContaining({ code: "use-closed-by-licence", params: expect.objectContaining({ restriction: "restrictsUse" }) }));
  });

  it("a free licence never raises use: an entered closed (e.g. an acceptable-use gate) stays closed", () => {
    const assessment = assess(answersOf({ ...ALL_OPEN, use: "closed" }), { weights: testLicence() });
    expect(assessment.answers.use.grade).toBe("closed");
    expect(assessment.answers.use.adjustments).toEqual([]);
  });

  it("unreleased weights make use closed", () => {
    const assessment = assess(answersOf({ use: "open", weights: "closed" }));
    expect(assessment.answers.use.adjustments).toEqual(["use-closed-weights-closed"]);
  });

  it("a no-derivatives weights licence does not close use (it limits retraining instead)", () => {
    const assessment = assess(answersOf(ALL_OPEN), { weights: testLicence({ noDerivatives: true }) });
    expect(assessment.answers.use.grade).toBe("open");
    expect(assessment.answers.retrain.adjustments).toEqual(["retrain-partial-weights-licence"]);
    expect(assessment.grade).toBe("B");
  });
});

describe("methods need an OSI licence on the training code", () => {
  it("a known non-OSI code licence caps methods at partial", () => {
    const assessment = assess(answersOf(ALL_OPEN), { code: testLicence({ osiApproved: false }, "Source-Available") });
    expect(assessment.answers.methods).toMatchObject({ grade: "partial", adjustments: ["methods-partial-code-licence"] });
    expect(assessment.grade).toBe("B");
  });

  it("an OSI code licence leaves methods as entered", () => {
    expect(assess(answersOf(ALL_OPEN), { code: realLicence("Apache-2.0") }).grade).toBe("A");
  });
});

describe("retrain", () => {
  it("is closed when data is closed, even if open was claimed or nothing entered", () => {
    const claimed = assess(answersOf({ ...ALL_OPEN, data: "closed" }));
    expect(claimed.answers.retrain).toMatchObject({ grade: "closed", adjustments: ["retrain-closed-data-closed"] });
    const missing = assess(answersOf({ ...ALL_OPEN, data: "closed", retrain: undefined }));
    expect(missing.answers.retrain).toMatchObject({ grade: "closed", entered: "unknown" });
  });

  it("is not counted while data is not assessed", () => {
    const assessment = assess(answersOf({ ...ALL_OPEN, data: "unknown" }));
    expect(assessment.answers.retrain).toMatchObject({ grade: "unknown", adjustments: ["retrain-unproven-data-unknown"] });
  });

  it("is at most partial when use is closed or unknown, but data and code are open", () => {
    const closed = assess(answersOf({ ...ALL_OPEN, use: "closed" }));
    expect(closed.answers.retrain).toMatchObject({ grade: "partial", adjustments: ["retrain-partial-use-closed"] });
    const unknown = assess(answersOf({ ...ALL_OPEN, use: "unknown" }));
    expect(unknown.answers.retrain).toMatchObject({ grade: "partial", adjustments: ["retrain-partial-use-unknown"] });
  });

  it("is at most partial when no training code is published or it is not assessed", () => {
    expect(assess(answersOf({ ...ALL_OPEN, methods: "closed" })).answers.retrain.adjustments).toEqual(["retrain-partial-methods-closed"]);
    expect(assess(answersOf({ ...ALL_OPEN, methods: "unknown" })).answers.retrain.adjustments).toEqual(["retrain-partial-methods-unknown"]);
  });

  it("is at most partial when any known component licence is NC, ND or restricts use", () => {
    const cases = [
      [{ weights: testLicence({ noDerivatives: true }) }, "retrain-partial-weights-licence", "noDerivatives"],
      [{ code: testLicence({ restrictsUse: true }) }, "retrain-partial-code-licence", "restrictsUse"],
      [{ data: testLicence({ nonCommercial: true, noDerivatives: true }) }, "retrain-partial-data-licence", "nonCommercial"],
    ] as const;
    for (const [licences, code, restriction] of cases) {
      const assessment = assess(answersOf(ALL_OPEN), licences);
      expect(assessment.answers.retrain.grade).toBe("partial");
      expect(assessment.reasons).toContainEqual(expect.objectContaining({ code, criterion: "retrain", params: expect.objectContaining({ restriction }) }));
      expect(assessment.grade).toBe("B");
    }
  });

  it("partial data or methods do not cap it (pre-training data and code can suffice)", () => {
    const assessment = assess(answersOf({ ...ALL_OPEN, data: "partial", methods: "partial" }));
    expect(assessment.answers.retrain.grade).toBe("open");
  });

  it("names the rules that changed the answer, the closed rule before the caps", () => {
    const assessment = assess(answersOf({ ...ALL_OPEN, data: "closed", use: "closed" }), { data: testLicence({ nonCommercial: true }) });
    expect(assessment.answers.retrain.adjustments).toEqual(["retrain-closed-data-closed"]);
    // the first cap to bite is named (the licence, the most specific); later caps change nothing
    const caps = assess(answersOf(ALL_OPEN), { weights: testLicence({ nonCommercial: true }) });
    expect(caps.answers.use.adjustments).toEqual(["use-closed-by-licence"]);
    expect(caps.answers.retrain.adjustments).toEqual(["retrain-partial-weights-licence"]);
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
    expect(assess([]).methodologyVersion).toBe(1);
  });
});

describe("real catalogue cases (shared/catalogue/models.tsv)", () => {
  const hf = (path: string) => `https://huggingface.co/${path}`;

  it("Mistral 7B (Apache-2.0 weights, data undisclosed, no training code) → C", () => {
    const assessment = assess(
      [
        { criterion: "use", grade: "open", evidenceUrl: hf("mistralai/Mistral-7B-v0.1") },
        { criterion: "weights", grade: "open", evidenceUrl: hf("mistralai/Mistral-7B-v0.1") },
        { criterion: "methods", grade: "closed" },
        { criterion: "data", grade: "closed" },
        { criterion: "retrain", grade: "closed" },
        { criterion: "paper", grade: "open", evidenceUrl: "https://arxiv.org/abs/2310.06825" },
        { criterion: "modelcard", grade: "partial", evidenceUrl: hf("mistralai/Mistral-7B-v0.1") },
      ],
      { weights: realLicence("Apache-2.0") },
    );
    expect(assessment.grade).toBe("C");
    expect(assessment.complete).toBe(true);
    expect(assessment.reasons).toEqual([
      { code: "grade-c" },
      { code: "needs-partial", criterion: "methods", params: { grade: "B", answer: "closed" } },
      { code: "needs-partial", criterion: "data", params: { grade: "B", answer: "closed" } },
      { code: "needs-open", criterion: "retrain", params: { grade: "A", answer: "closed" } },
    ]);
  });

  it("BLOOM (BigScience RAIL: use restrictions) → D, even with use claimed open", () => {
    const licence = realLicence("BigScience-BLOOM-RAIL-1.0");
    const assessment = assess(
      answersOf({ use: "open", weights: "open", methods: "open", data: "partial", retrain: "partial", paper: "open" }),
      { weights: licence },
    );
    expect(assessment.grade).toBe("D");
    expect(assessment.answers.use.grade).toBe("closed");
    expect(assessment.reasons).toContainEqual({
      code: "use-closed-by-licence",
      criterion: "use",
      params: { licence: licence.name, licenceId: licence.id, restriction: "restrictsUse" },
    });
  });

  it("Pharia-1 (Open Aleph License, non-commercial; data not released) → D", () => {
    const assessment = assess(
      answersOf({ use: "closed", weights: "open", methods: "partial", data: "closed", modelcard: "open" }),
      { weights: realLicence("LicenseRef-Open-Aleph-License") },
    );
    expect(assessment.grade).toBe("D");
    expect(assessment.answers.retrain.grade).toBe("closed");
  });

  it("Lucie-7B (Apache-2.0 weights, open code, partial data under CC-BY-NC-SA-4.0) → B, retrain partial", () => {
    const assessment = assess(
      answersOf({ use: "open", weights: "open", methods: "open", data: "partial", retrain: "open", paper: "open", modelcard: "open" }),
      { weights: realLicence("Apache-2.0"), data: realLicence("CC-BY-NC-SA-4.0") },
    );
    expect(assessment.grade).toBe("B");
    expect(assessment.answers.retrain).toMatchObject({ grade: "partial", entered: "open", adjustments: ["retrain-partial-data-licence"] });
    expect(assessment.reasons).toContainEqual(
      expect.objectContaining({ code: "retrain-partial-data-licence", params: expect.objectContaining({ licenceId: "CC-BY-NC-SA-4.0", restriction: "nonCommercial" }) }),
    );
  });

  it("FLUX.1 [dev] (non-commercial licence, inference code only) → D", () => {
    const assessment = assess(
      answersOf({ use: "closed", weights: "open", methods: "closed", data: "closed", inference: "open" }),
      { weights: realLicence("LicenseRef-FLUX.1-dev-Non-Commercial") },
    );
    expect(assessment.grade).toBe("D");
    expect(codes(assessment.reasons)[0]).toBe("grade-d");
  });

  it("Mistral Large 2 (Mistral AI Research License) and Stable Diffusion v1-4 (CreativeML OpenRAIL-M) → D", () => {
    for (const id of ["LicenseRef-Mistral-AI-Research-License", "CreativeML-OpenRAIL-M"]) {
      expect(assess(answersOf({ use: "open", weights: "open" }), { weights: realLicence(id) }).grade).toBe("D");
    }
  });

  it("Moshi (CC-BY-4.0 weights: attribution only) keeps use open → C", () => {
    const assessment = assess(answersOf({ use: "open", weights: "open", methods: "closed", data: "closed" }), { weights: realLicence("CC-BY-4.0") });
    expect(assessment.grade).toBe("C");
  });

  it("a model whose weights are not released → E", () => {
    const assessment = assess(answersOf({ use: "closed", weights: "closed", methods: "closed", data: "closed", retrain: "closed", paper: "partial" }));
    expect(assessment.grade).toBe("E");
    expect(assessment.complete).toBe(true);
  });

  it("a fully open model with evidence and free licences → A, 100", () => {
    const assessment = assess(answersOf(ALL_OPEN), {
      weights: realLicence("Apache-2.0"),
      code: realLicence("MIT"),
      data: realLicence("ODC-By-1.0"),
    });
    expect(assessment).toMatchObject({ grade: "A", score: 100, scoreRounded: 100, complete: true, unknown: [] });
  });
});
