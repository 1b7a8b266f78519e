// The scorer: turns a model's entered answers (and the licences of its components, when known)
// into its score, grade and the reasons for them. Pure: same input, same output, no I/O.

import {
  ANSWER_LEVEL,
  CRITERIA,
  GRADE_CRITERIA,
  GRADE_REQUIREMENTS,
  METHODOLOGY_VERSION,
  POINTS,
  type Requirement,
} from "./criteria";
import {
  ANSWER_GRADES,
  CRITERION_KEYS,
  GRADES,
  type AnswerGrade,
  type Assessment,
  type CriterionAnswer,
  type CriterionKey,
  type EffectiveAnswer,
  type Grade,
  type GradeReason,
  type Licence,
  type ModelLicences,
  type ReasonCode,
} from "./types";

/** Thrown when the answers cannot be assessed as given (a bug upstream, not a model's fault). */
export class InvalidAnswersError extends Error {
  constructor(
    message: string,
    readonly criterion: string,
  ) {
    super(message);
    this.name = "InvalidAnswersError";
  }
}

/** An evidence link must be a web page anyone can open: an absolute http or https URL. */
export function isEvidenceUrl(value: string | null | undefined): boolean {
  if (value == null || value.trim() === "") return false;
  try {
    const url = new URL(value.trim());
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
  } catch {
    return false;
  }
}

/** Display rounding, the same everywhere (half up; scores are never negative). */
export function roundScore(score: number): number {
  return Math.round(score);
}

/** The first grade whose requirements the answers meet, A down to D; else E. */
export function gradeFor(grades: Readonly<Record<CriterionKey, AnswerGrade>>): Grade {
  for (const grade of GRADES) {
    if (grade === "E") break;
    if (GRADE_REQUIREMENTS[grade].every((requirement) => meets(grades[requirement.criterion], requirement))) {
      return grade;
    }
  }
  return "E";
}

function meets(grade: AnswerGrade, requirement: Requirement): boolean {
  return ANSWER_LEVEL[grade] >= ANSWER_LEVEL[requirement.atLeast];
}

/**
 * Assesses one model. Missing criteria count as unknown. Two answers for the same criterion throw
 * an InvalidAnswersError instead of one silently winning, so the result never depends on order.
 */
export function assess(answers: readonly CriterionAnswer[], licences: ModelLicences = {}): Assessment {
  const entered = indexByCriterion(answers);
  const sheet = new AnswerSheet(entered);

  applyEvidenceRule(sheet);
  applyUseRules(sheet, licences);
  applyMethodsRules(sheet, licences);
  applyRetrainRules(sheet, licences);

  const grades = sheet.grades();
  const score = CRITERIA.reduce((sum, { key, weight }) => sum + weight * POINTS[grades[key]], 0);
  const grade = gradeFor(grades);
  const unknown = CRITERIA.map(({ key }) => key).filter((key) => grades[key] === "unknown");
  const undecided = GRADE_CRITERIA.filter((key) => grades[key] === "unknown");

  return {
    methodologyVersion: METHODOLOGY_VERSION,
    score,
    scoreRounded: roundScore(score),
    grade,
    complete: undecided.length === 0,
    unknown,
    answers: sheet.effectiveAnswers(),
    reasons: [
      headline(grade, grades),
      ...(undecided.length > 0 ? [{ code: "incomplete", params: { count: undecided.length } } as const] : []),
      ...heldBack(grade, grades),
      ...sheet.adjustmentReasons(),
    ],
  };
}

function indexByCriterion(answers: readonly CriterionAnswer[]): Map<CriterionKey, CriterionAnswer> {
  const byCriterion = new Map<CriterionKey, CriterionAnswer>();
  for (const answer of answers) {
    // the types already say this, but answers often come from JSON or the database
    if (!(CRITERION_KEYS as readonly string[]).includes(answer.criterion)) {
      throw new InvalidAnswersError(`Unknown criterion "${String(answer.criterion)}"`, String(answer.criterion));
    }
    if (!(ANSWER_GRADES as readonly string[]).includes(answer.grade)) {
      throw new InvalidAnswersError(
        `Unknown answer "${String(answer.grade)}" for criterion "${answer.criterion}"`,
        answer.criterion,
      );
    }
    if (byCriterion.has(answer.criterion)) {
      throw new InvalidAnswersError(
        `Two answers for criterion "${answer.criterion}": give exactly one answer per criterion`,
        answer.criterion,
      );
    }
    byCriterion.set(answer.criterion, answer);
  }
  return byCriterion;
}

/** The answers as they count so far, and the adjustments made to reach them. */
class AnswerSheet {
  private readonly current = new Map<CriterionKey, AnswerGrade>();
  private readonly adjustments = new Map<CriterionKey, GradeReason[]>();

  constructor(private readonly entered: ReadonlyMap<CriterionKey, CriterionAnswer>) {
    for (const key of CRITERION_KEYS) this.current.set(key, this.enteredGrade(key));
  }

  enteredGrade(key: CriterionKey): AnswerGrade {
    return this.entered.get(key)?.grade ?? "unknown";
  }

  evidenceOf(key: CriterionKey): string | null | undefined {
    return this.entered.get(key)?.evidenceUrl;
  }

  grade(key: CriterionKey): AnswerGrade {
    return this.current.get(key) ?? "unknown";
  }

  /** Records the change only when it changes something, so reasons name only rules that bit. */
  set(key: CriterionKey, grade: AnswerGrade, reason: Omit<GradeReason, "criterion">): void {
    if (this.grade(key) === grade) return;
    this.current.set(key, grade);
    const list = this.adjustments.get(key) ?? [];
    list.push({ ...reason, criterion: key });
    this.adjustments.set(key, list);
  }

  /** A known fact decides the answer is closed, whatever was entered (unknown included). */
  decideClosed(key: CriterionKey, reason: Omit<GradeReason, "criterion">): void {
    this.set(key, "closed", reason);
  }

  /** An open answer can be at most partial. */
  capAtPartial(key: CriterionKey, reason: Omit<GradeReason, "criterion">): void {
    if (this.grade(key) === "open") this.set(key, "partial", reason);
  }

  /** An open or partial answer cannot be shown yet: it counts as unknown; closed stays closed. */
  unproven(key: CriterionKey, reason: Omit<GradeReason, "criterion">): void {
    if (ANSWER_LEVEL[this.grade(key)] > 0) this.set(key, "unknown", reason);
  }

  grades(): Record<CriterionKey, AnswerGrade> {
    return Object.fromEntries(CRITERION_KEYS.map((key) => [key, this.grade(key)])) as Record<CriterionKey, AnswerGrade>;
  }

  effectiveAnswers(): Record<CriterionKey, EffectiveAnswer> {
    return Object.fromEntries(
      CRITERION_KEYS.map((key): [CriterionKey, EffectiveAnswer] => {
        const answer = this.entered.get(key);
        const evidence = answer?.evidenceUrl;
        return [
          key,
          {
            grade: this.grade(key),
            entered: this.enteredGrade(key),
            evidenceUrl: evidence != null && isEvidenceUrl(evidence) ? evidence.trim() : null,
            note: answer?.note?.trim() || null,
            adjustments: (this.adjustments.get(key) ?? []).map((reason) => reason.code),
          },
        ];
      }),
    ) as Record<CriterionKey, EffectiveAnswer>;
  }

  /** In CRITERIA order, each criterion's in the order the rules applied. */
  adjustmentReasons(): GradeReason[] {
    return CRITERION_KEYS.flatMap((key) => this.adjustments.get(key) ?? []);
  }
}

// Rule: an open or partial answer counts only with an evidence link; without one it proves nothing.
function applyEvidenceRule(sheet: AnswerSheet): void {
  for (const key of CRITERION_KEYS) {
    const grade = sheet.grade(key);
    if (grade !== "open" && grade !== "partial") continue;
    const evidence = sheet.evidenceOf(key);
    if (isEvidenceUrl(evidence)) continue;
    const missing = evidence == null || evidence.trim() === "";
    sheet.set(key, "unknown", { code: missing ? "evidence-missing" : "evidence-invalid", params: { entered: grade } });
  }
}

function licenceParams(licence: Licence, restriction: LicenceRestriction): Record<string, string> {
  return { licence: licence.name, licenceId: licence.id, restriction };
}

type LicenceRestriction = "nonCommercial" | "noDerivatives" | "restrictsUse";

/** What stops a licence from allowing unrestricted use (commercial use and field-of-use). */
function restrictionOnUse(licence: Licence): LicenceRestriction | null {
  if (licence.nonCommercial) return "nonCommercial";
  if (licence.restrictsUse) return "restrictsUse";
  return null;
}

/** What stops a licence from allowing a retrained model to be used and shared freely. */
function retrainRestriction(licence: Licence): LicenceRestriction | null {
  if (licence.nonCommercial) return "nonCommercial";
  if (licence.noDerivatives) return "noDerivatives";
  if (licence.restrictsUse) return "restrictsUse";
  return null;
}

// Rules on `use`: the weights licence, when known, decides it; and unreleased weights cannot be
// used at all (the methodology counts "weights not released" as use closed).
function applyUseRules(sheet: AnswerSheet, licences: ModelLicences): void {
  const weightsLicence = licences.weights;
  const restriction = weightsLicence ? restrictionOnUse(weightsLicence) : null;
  if (weightsLicence && restriction) {
    sheet.decideClosed("use", { code: "use-closed-by-licence", params: licenceParams(weightsLicence, restriction) });
  }
  const weights = sheet.grade("weights");
  if (weights === "closed") sheet.decideClosed("use", { code: "use-closed-weights-closed" });
  // unknown weights prove nothing and must never score above closed weights
  if (weights === "unknown") sheet.unproven("use", { code: "use-unproven-weights-unknown" });
}

// Rule on `methods`: open needs the training code under an OSI licence; a known non-OSI code
// licence leaves the methods public but not open.
function applyMethodsRules(sheet: AnswerSheet, licences: ModelLicences): void {
  const codeLicence = licences.code;
  if (codeLicence && !codeLicence.osiApproved) {
    sheet.capAtPartial("methods", { code: "methods-partial-code-licence", params: { licence: codeLicence.name, licenceId: codeLicence.id } });
  }
}

// Rules on `retrain` (the manifesto's "a licence that allows retraining the foundation model"):
// - no training data, no retraining of the foundation model: data closed → retrain closed; data
//   not assessed → retrain cannot be shown (unknown), so unknown data never beats closed data;
// - any known component licence (weights, code, data) that is non-commercial, no-derivatives or
//   restricts use follows the retrained model → at most partial (checked first: it names the licence);
// - use closed or unknown (the weights carry restrictions, or are not released) or methods closed
//   or unknown (no training code): a retrained model is possible only with restrictions or by
//   rewriting the code → at most partial.
// Partial use, methods or data do not cap retrain: pre-training data and code alone can suffice.
function applyRetrainRules(sheet: AnswerSheet, licences: ModelLicences): void {
  const data = sheet.grade("data");
  if (data === "closed") sheet.decideClosed("retrain", { code: "retrain-closed-data-closed" });
  if (data === "unknown") sheet.unproven("retrain", { code: "retrain-unproven-data-unknown" });

  const componentCodes = {
    weights: "retrain-partial-weights-licence",
    code: "retrain-partial-code-licence",
    data: "retrain-partial-data-licence",
  } as const satisfies Record<keyof ModelLicences, ReasonCode>;
  for (const component of ["weights", "code", "data"] as const) {
    const licence = licences[component];
    const restriction = licence ? retrainRestriction(licence) : null;
    if (licence && restriction) {
      sheet.capAtPartial("retrain", { code: componentCodes[component], params: licenceParams(licence, restriction) });
    }
  }

  const use = sheet.grade("use");
  if (use === "closed") sheet.capAtPartial("retrain", { code: "retrain-partial-use-closed" });
  if (use === "unknown") sheet.capAtPartial("retrain", { code: "retrain-partial-use-unknown" });

  const methods = sheet.grade("methods");
  if (methods === "closed") sheet.capAtPartial("retrain", { code: "retrain-partial-methods-closed" });
  if (methods === "unknown") sheet.capAtPartial("retrain", { code: "retrain-partial-methods-unknown" });
}

function headline(grade: Grade, grades: Readonly<Record<CriterionKey, AnswerGrade>>): GradeReason {
  switch (grade) {
    case "A":
      return { code: "grade-a" };
    case "B":
      return { code: "grade-b" };
    case "C":
      return { code: "grade-c" };
    case "D":
      return { code: "grade-d" };
    case "E":
      return { code: grades.weights === "unknown" ? "grade-e-weights-unknown" : "grade-e-weights-closed" };
  }
}

/**
 * What holds the grade back: for each better grade, nearest first, its unmet requirements; a
 * criterion is named once, at the nearest grade that needs it.
 */
function heldBack(grade: Grade, grades: Readonly<Record<CriterionKey, AnswerGrade>>): GradeReason[] {
  const reasons: GradeReason[] = [];
  const named = new Set<CriterionKey>();
  const better = GRADES.slice(0, GRADES.indexOf(grade)).reverse();
  for (const target of better) {
    if (target === "E") continue;
    for (const requirement of GRADE_REQUIREMENTS[target]) {
      const answer = grades[requirement.criterion];
      if (meets(answer, requirement) || named.has(requirement.criterion)) continue;
      named.add(requirement.criterion);
      reasons.push({
        code: requirement.atLeast === "open" ? "needs-open" : "needs-partial",
        criterion: requirement.criterion,
        params: { grade: target, answer },
      });
    }
  }
  return reasons;
}
