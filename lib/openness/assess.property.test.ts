import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assess } from "./assess";
import { ANSWER_LEVEL, GRADE_CRITERIA, PILLAR_WEIGHT } from "./criteria";
import { explainReason } from "./explain";
import { opennessText } from "../i18n/messages";
import { LOCALES } from "../i18n/routing";
import { gradeRank } from "./grades";
import { EVIDENCE, testLicence } from "./test-helpers";
import { ANSWER_GRADES, BASE_RELATIONS, CRITERION_KEYS, LICENCE_COMPONENTS, PILLAR_KEYS, type AnswerGrade, type BaseModelFacts, type CriterionAnswer, type CriterionKey, type ModelFacts } from "./types";

const RUNS = { numRuns: 1000 };

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

/** A licence's flags decide its id, so two licences with one id are always the same licence. */
const licenceArb = fc
  .record({
    osiApproved: fc.boolean(),
    openData: fc.boolean(),
    restrictsUse: fc.boolean(),
    nonCommercial: fc.boolean(),
    noDerivatives: fc.boolean(),
    nonProduction: fc.boolean(),
    reviewed: fc.boolean(),
    userCap: fc.option(fc.constant(700_000_000), { nil: undefined, freq: 4 }),
  })
  .map((flags) => testLicence(flags, `L-${Object.values(flags).map((value) => (value === undefined ? "n" : value === true ? "1" : value === false ? "0" : "c")).join("")}`));

const licenceListArb = fc.array(licenceArb, { maxLength: 3 });

const baseArb: fc.Arbitrary<BaseModelFacts | null> = fc.option(
  fc.oneof(
    fc.record({
      inCatalogue: fc.constant(true as const),
      slug: fc.constant("base"),
      name: fc.constant("Base"),
      relation: fc.constantFrom(...BASE_RELATIONS),
      grades: fc.record({
        use: fc.constantFrom(...ANSWER_GRADES),
        methods: fc.constantFrom(...ANSWER_GRADES),
        data: fc.constantFrom(...ANSWER_GRADES),
        retrain: fc.constantFrom(...ANSWER_GRADES),
        weights: fc.constantFrom(...ANSWER_GRADES),
      }),
      weightsLicences: licenceListArb,
    }),
    fc.record({ inCatalogue: fc.constant(false as const), name: fc.constant("Outside"), url: fc.constant(null), relation: fc.constantFrom(...BASE_RELATIONS) }),
  ),
  { nil: null, freq: 2 },
);

const licencesArb: fc.Arbitrary<ModelFacts> = fc.record({
  licences: fc.record({ weights: licenceListArb, code: licenceListArb, data: licenceListArb }, { requiredKeys: [] }),
  base: baseArb,
});

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

  it("adding a licence never raises use, on any component", () => {
    fc.assert(
      fc.property(answersArb, licencesArb, fc.constantFrom(...LICENCE_COMPONENTS), licenceArb, (answers, facts, component, extra) => {
        const before = assess(answers, facts);
        const more = { ...facts, licences: { ...facts.licences, [component]: [...(facts.licences?.[component] ?? []), extra] } };
        const after = assess(answers, more);
        expect(ANSWER_LEVEL[after.answers.use.grade]).toBeLessThanOrEqual(ANSWER_LEVEL[before.answers.use.grade]);
      }),
      RUNS,
    );
  });

  it("a derived model never gets use, data or methods above what its base allows", () => {
    fc.assert(
      fc.property(answersArb, licencesArb, (answers, facts) => {
        const base = facts.base;
        if (!base) return;
        const derived = assess(answers, facts).answers;
        if (!base.inCatalogue) {
          for (const key of ["use", "methods", "data", "retrain"] as const) expect(derived[key].grade).not.toBe("open");
          return;
        }
        expect(ANSWER_LEVEL[derived.use.grade]).toBeLessThanOrEqual(ANSWER_LEVEL[base.grades.use]);
        for (const key of ["methods", "data", "retrain"] as const) {
          const allowed = base.grades[key] === "open" ? ANSWER_LEVEL.open : ANSWER_LEVEL.partial;
          expect(ANSWER_LEVEL[derived[key].grade], key).toBeLessThanOrEqual(allowed);
        }
      }),
      RUNS,
    );
  });

  it("does not depend on the order of the licences, nor on a licence listed twice", () => {
    fc.assert(
      fc.property(
        answersArb,
        licencesArb.chain((facts) =>
          fc.tuple(
            fc.constant(facts),
            fc.record({
              weights: fc.shuffledSubarray([...(facts.licences?.weights ?? [])], { minLength: facts.licences?.weights?.length ?? 0 }),
              code: fc.shuffledSubarray([...(facts.licences?.code ?? [])], { minLength: facts.licences?.code?.length ?? 0 }),
              data: fc.shuffledSubarray([...(facts.licences?.data ?? [])], { minLength: facts.licences?.data?.length ?? 0 }),
            }),
          ),
        ),
        (answers, [facts, shuffled]) => {
          const twice = { ...shuffled, data: [...shuffled.data, ...shuffled.data] };
          expect(assess(answers, { ...facts, licences: twice })).toEqual(assess(answers, facts));
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
          for (const locale of LOCALES) {
            const text = explainReason(reason, opennessText(locale));
            expect(text).not.toMatch(/[{}]/);
            expect(text).not.toBe(reason.code);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
