import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assess } from "./assess";
import { ANSWER_LEVEL, GRADE_CRITERIA, PILLAR_WEIGHT } from "./criteria";
import { explainReason, OPENNESS_LOCALES } from "./explain";
import { gradeRank } from "./grades";
import { EVIDENCE, testLicence } from "./test-helpers";
import { ANSWER_GRADES, CRITERION_KEYS, PILLAR_KEYS, type AnswerGrade, type CriterionAnswer, type CriterionKey, type ModelLicences } from "./types";

const RUNS = { numRuns: 500 };

const evidenceArb = fc.constantFrom<string | null | undefined>(EVIDENCE, "http://example.org/x", null, undefined, "", "ftp://example.org/x");

/** Random answer sheets: any grade, any evidence (good, missing or bad), any criterion left out. */
const answersArb: fc.Arbitrary<CriterionAnswer[]> = fc
  .tuple(
    ...CRITERION_KEYS.map((criterion) =>
      fc.option(
        fc
          .record({ criterion: fc.constant(criterion), grade: fc.constantFrom(...ANSWER_GRADES), evidenceUrl: evidenceArb })
          .map((answer): CriterionAnswer => answer),
        { nil: undefined, freq: 4 },
      ),
    ),
  )
  .map((answers) => answers.filter((answer) => answer !== undefined));

const licenceArb = fc
  .record({
    osiApproved: fc.boolean(),
    restrictsUse: fc.boolean(),
    nonCommercial: fc.boolean(),
    noDerivatives: fc.boolean(),
  })
  .map((flags) => testLicence(flags));

const licencesArb: fc.Arbitrary<ModelLicences> = fc.record(
  {
    weights: fc.option(licenceArb, { nil: null }),
    code: fc.option(licenceArb, { nil: null }),
    data: fc.option(licenceArb, { nil: null }),
  },
  { requiredKeys: [] },
);

/** Replaces (or adds) one criterion's answer. */
function withAnswer(answers: readonly CriterionAnswer[], answer: CriterionAnswer): CriterionAnswer[] {
  return [...answers.filter((a) => a.criterion !== answer.criterion), answer];
}

const NEXT: Readonly<Partial<Record<AnswerGrade, AnswerGrade>>> = { unknown: "closed", closed: "partial", partial: "open" };

describe("assess, for any answers and licences", () => {
  it("scores within 0-100, and the score is the weighted sum of the effective answers", () => {
    fc.assert(
      fc.property(answersArb, licencesArb, (answers, licences) => {
        const { score, answers: effective } = assess(answers, licences);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(100);
        const sum = CRITERION_KEYS.reduce((total, key) => {
          const weight = (PILLAR_KEYS as readonly string[]).includes(key) ? PILLAR_WEIGHT : 3.75;
          return total + weight * { open: 1, partial: 0.5, closed: 0, unknown: 0 }[effective[key].grade];
        }, 0);
        expect(score).toBe(sum);
      }),
      RUNS,
    );
  });

  it("never lowers score or grade when one answer improves (unknown → closed → partial → open, with evidence)", () => {
    fc.assert(
      fc.property(
        answersArb,
        licencesArb,
        fc.constantFrom(...CRITERION_KEYS),
        fc.constantFrom<AnswerGrade>("unknown", "closed", "partial"),
        (answers, licences, criterion, from) => {
          const to = NEXT[from];
          if (!to) throw new Error("unreachable");
          const before = assess(withAnswer(answers, { criterion, grade: from, evidenceUrl: EVIDENCE }), licences);
          const after = assess(withAnswer(answers, { criterion, grade: to, evidenceUrl: EVIDENCE }), licences);
          expect(after.score).toBeGreaterThanOrEqual(before.score);
          expect(gradeRank(after.grade)).toBeLessThanOrEqual(gradeRank(before.grade));
        },
      ),
      RUNS,
    );
  });

  it("does not depend on the order of the answers", () => {
    fc.assert(
      fc.property(
        answersArb.chain((answers) => fc.tuple(fc.constant(answers), fc.shuffledSubarray(answers, { minLength: answers.length }))),
        licencesArb,
        ([answers, shuffled], licences) => {
          expect(assess(shuffled, licences)).toEqual(assess(answers, licences));
        },
      ),
      RUNS,
    );
  });

  it("never scores or grades an unknown (or missing) answer above a closed one", () => {
    fc.assert(
      fc.property(answersArb, licencesArb, fc.constantFrom(...CRITERION_KEYS), fc.boolean(), (answers, licences, criterion, drop) => {
        const closed = assess(withAnswer(answers, { criterion, grade: "closed" }), licences);
        const unknownAnswers = drop
          ? answers.filter((a) => a.criterion !== criterion)
          : withAnswer(answers, { criterion, grade: "unknown" });
        const unknown = assess(unknownAnswers, licences);
        expect(unknown.score).toBeLessThanOrEqual(closed.score);
        expect(gradeRank(unknown.grade)).toBeGreaterThanOrEqual(gradeRank(closed.grade));
      }),
      RUNS,
    );
  });

  it("rounds consistently: nearest integer, monotone, 0 and 100 only for exact 0 and 100", () => {
    fc.assert(
      fc.property(answersArb, answersArb, licencesArb, (first, second, licences) => {
        const a = assess(first, licences);
        const b = assess(second, licences);
        for (const { score, scoreRounded } of [a, b]) {
          expect(Number.isInteger(scoreRounded)).toBe(true);
          expect(Math.abs(score - scoreRounded)).toBeLessThanOrEqual(0.5);
          expect(scoreRounded === 0).toBe(score === 0);
          expect(scoreRounded === 100).toBe(score === 100);
        }
        if (a.score <= b.score) expect(a.scoreRounded).toBeLessThanOrEqual(b.scoreRounded);
      }),
      RUNS,
    );
  });

  it("derived rules only ever lower what was entered, and say so", () => {
    fc.assert(
      fc.property(answersArb, licencesArb, (answers, licences) => {
        const assessment = assess(answers, licences);
        for (const key of CRITERION_KEYS) {
          const { grade, entered, adjustments } = assessment.answers[key];
          expect(ANSWER_LEVEL[grade]).toBeLessThanOrEqual(ANSWER_LEVEL[entered]);
          if (grade !== entered) expect(adjustments.length).toBeGreaterThan(0);
        }
      }),
      RUNS,
    );
  });

  it("keeps grade, completeness, unknown list and reasons consistent with the effective answers", () => {
    fc.assert(
      fc.property(answersArb, licencesArb, (answers, licences) => {
        const assessment = assess(answers, licences);
        const effective = (key: CriterionKey) => assessment.answers[key].grade;
        expect(assessment.grade === "A").toBe(PILLAR_KEYS.every((key) => effective(key) === "open"));
        if (effective("weights") === "closed" || effective("weights") === "unknown") expect(assessment.grade).toBe("E");
        expect(assessment.complete).toBe(GRADE_CRITERIA.every((key) => effective(key) !== "unknown"));
        expect(assessment.unknown).toEqual(CRITERION_KEYS.filter((key) => effective(key) === "unknown"));
        expect(assessment.reasons[0]?.code.startsWith(`grade-${assessment.grade.toLowerCase()}`)).toBe(true);
        expect(assessment.reasons.some((r) => r.code === "incomplete")).toBe(!assessment.complete);
        // every adjustment on an answer is explained, with its parameters, in the reasons
        const adjustmentCount = CRITERION_KEYS.reduce((n, key) => n + assessment.answers[key].adjustments.length, 0);
        expect(assessment.reasons.filter((r) => r.criterion && assessment.answers[r.criterion].adjustments.includes(r.code))).toHaveLength(adjustmentCount);
      }),
      RUNS,
    );
  });

  it("explains every reason in words in every locale, with no placeholder left", () => {
    fc.assert(
      fc.property(answersArb, licencesArb, (answers, licences) => {
        for (const reason of assess(answers, licences).reasons) {
          for (const locale of OPENNESS_LOCALES) {
            const text = explainReason(reason, locale);
            expect(text).not.toMatch(/[{}]/);
            expect(text).not.toBe(reason.code);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
