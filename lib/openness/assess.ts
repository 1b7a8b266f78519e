// The scorer: turns a model's entered answers, the licences of its components and what is known of
// its base model into its score, grade and the reasons for them (METHODOLOGY.md, version 2).
// Pure: same input, same output, no I/O.

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
  type BaseModelFacts,
  type GradeReason,
  type Licence,
  type ModelFacts,
  type ReasonCode,
  LICENCE_COMPONENTS,
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
 * Assesses one model under the current methodology (version 2). Missing criteria count as
 * unknown. Two answers for the same criterion throw an InvalidAnswersError instead of one silently
 * winning, so the result never depends on order; neither does the order of the licences.
 */
export function assess(answers: readonly CriterionAnswer[], facts: ModelFacts = {}): Assessment {
  const entered = indexByCriterion(answers);
  const sheet = new AnswerSheet(entered);
  const base = facts.base ?? null;
  const own = licenceSet(facts.licences?.weights);
  const licences: Components = {
    weights: effectiveWeightsLicences(own, base),
    code: licenceSet(facts.licences?.code),
    data: licenceSet(facts.licences?.data),
  };

  applyEvidenceRule(sheet);
  applyUseRules(sheet, licences, new Set(own.map((licence) => licence.id)), base);
  applyUseBaseCap(sheet, base);
  applyMethodsRules(sheet, licences, base);
  applyDataRules(sheet, licences, base);
  applyRetrainRules(sheet, licences, base);

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

/** What stops a licence from allowing unrestricted use, most telling first (version 2, rules 1 and 5). */
export const USE_RESTRICTIONS = ["nonCommercial", "nonProduction", "restrictsUse", "userCap", "revenueCap"] as const;
export type UseRestriction = (typeof USE_RESTRICTIONS)[number];

/** Every restriction a licence places on use; empty for a licence that allows any use. */
export function restrictionsOnUse(licence: Licence): UseRestriction[] {
  const found: UseRestriction[] = [];
  if (licence.nonCommercial) found.push("nonCommercial");
  if (licence.nonProduction) found.push("nonProduction");
  if (licence.restrictsUse) found.push("restrictsUse");
  if (licence.userCap != null) found.push("userCap");
  if (licence.revenueCap != null) found.push("revenueCap");
  return found;
}

/** What stops data under this licence from being redistributed and used to build a derived model. */
function dataRestrictions(licence: Licence): string[] {
  return [...restrictionsOnUse(licence), ...(licence.noDerivatives ? ["noDerivatives"] : [])];
}

/**
 * Whether data under this licence may be redistributed by anyone for any purpose: an open-data
 * licence, or an OSI-approved one (which grants the same freedoms), with no restriction.
 */
export function allowsRedistribution(licence: Licence): boolean {
  return (licence.openData || licence.osiApproved) && dataRestrictions(licence).length === 0;
}

/**
 * The licences one component carries: each once, in id order, so that neither the order they were
 * entered in nor a repeated entry can change a result or the licence a reason names.
 */
export function licenceSet(licences: readonly Licence[] | null | undefined): Licence[] {
  const byId = new Map<string, Licence>();
  for (const licence of licences ?? []) if (!byId.has(licence.id)) byId.set(licence.id, licence);
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Every weights licence a user of the model must accept: its own and, through its base, those of
 * its ancestors (version 2, rule 3: a fine-tune of a restricted model carries the restriction).
 */
export function effectiveWeightsLicences(own: readonly Licence[] | null | undefined, base: BaseModelFacts | null | undefined): Licence[] {
  return licenceSet([...(own ?? []), ...(base?.inCatalogue ? base.weightsLicences : [])]);
}

function restrictionParams(licence: Licence, restrictions: readonly string[]): Record<string, string | number> {
  return {
    licence: licence.name,
    licenceId: licence.id,
    restriction: restrictions.join(","),
    ...(licence.userCap != null ? { userCap: licence.userCap } : {}),
    ...(licence.revenueCap != null ? { revenueCap: licence.revenueCap, currency: licence.revenueCapCurrency ?? "" } : {}),
  };
}

const licenceName = (licence: Licence) => ({ licence: licence.name, licenceId: licence.id });

type Components = Record<"weights" | "code" | "data", Licence[]>;

// Rules on `use` (rules 1, 3, 4, 5): every weights licence, inherited ones included, decides it,
// and any one that restricts use closes it; an open answer cannot stand on a licence nobody has
// reviewed, nor on a base model outside the catalogue; unreleased weights cannot be used at all.
function applyUseRules(sheet: AnswerSheet, licences: Components, own: ReadonlySet<string>, base: BaseModelFacts | null): void {
  for (const licence of licences.weights) {
    const restrictions = restrictionsOnUse(licence);
    if (restrictions.length === 0) continue;
    const inherited = !own.has(licence.id) && base?.inCatalogue;
    sheet.decideClosed(
      "use",
      inherited
        ? { code: "use-closed-by-inherited-licence", params: { ...restrictionParams(licence, restrictions), base: base.name } }
        : { code: "use-closed-by-licence", params: restrictionParams(licence, restrictions) },
    );
  }
  const weights = sheet.grade("weights");
  if (weights === "closed") sheet.decideClosed("use", { code: "use-closed-weights-closed" });
  // unknown weights prove nothing and must never score above closed weights
  if (weights === "unknown") sheet.unproven("use", { code: "use-unproven-weights-unknown" });
  if (base && !base.inCatalogue) sheet.unproven("use", { code: "use-unproven-base-outside", params: { base: base.name } });
  // A licence nobody has reviewed proves nothing (its restrictions, above, count at once). No weights
  // licence recorded leaves the answer as entered, so that adding a licence can never raise use:
  // the submission forms ask for the licence behind an open answer instead.
  const unreviewed = licences.weights.find((licence) => !licence.reviewed);
  if (unreviewed) sheet.unproven("use", { code: "use-unproven-licence-unreviewed", params: licenceName(unreviewed) });
}

// A derived model can never be freer to use than its base: whatever closed, capped or left the
// base's use unproven (its licences, unreleased weights, a licence under review) holds for it too.
function applyUseBaseCap(sheet: AnswerSheet, base: BaseModelFacts | null): void {
  if (!base?.inCatalogue) return;
  const params = { base: base.name };
  const baseUse = base.grades.use;
  if (baseUse === "closed") sheet.decideClosed("use", { code: "use-closed-by-base", params });
  else if (baseUse === "unknown") sheet.unproven("use", { code: "use-unproven-base", params });
  else if (baseUse === "partial") sheet.capAtPartial("use", { code: "use-partial-base", params });
}

// Rules on `methods` (rules 2, 3, 4): open needs training code under a known, reviewed OSI
// licence, and a base model whose own methods are open.
function applyMethodsRules(sheet: AnswerSheet, licences: Components, base: BaseModelFacts | null): void {
  if (licences.code.length === 0) sheet.capAtPartial("methods", { code: "methods-partial-no-code-licence" });
  const notOsi = licences.code.find((licence) => !licence.osiApproved);
  if (notOsi) sheet.capAtPartial("methods", { code: "methods-partial-code-licence", params: licenceName(notOsi) });
  const unreviewed = licences.code.find((licence) => !licence.reviewed);
  if (unreviewed) sheet.capAtPartial("methods", { code: "methods-partial-code-licence-unreviewed", params: licenceName(unreviewed) });
  applyBaseCap(sheet, "methods", base, "methods-partial-base", "methods-unproven-base-outside");
}

// Rules on `data` (rules 2, 3, 4, 6): open needs every recorded data licence to allow
// redistribution, reviewed, and a base model whose own data is open.
function applyDataRules(sheet: AnswerSheet, licences: Components, base: BaseModelFacts | null): void {
  if (licences.data.length === 0) sheet.capAtPartial("data", { code: "data-partial-no-data-licence" });
  const closedLicence = licences.data.find((licence) => !allowsRedistribution(licence));
  if (closedLicence) {
    const restrictions = dataRestrictions(closedLicence);
    sheet.capAtPartial("data", { code: "data-partial-data-licence", params: restrictionParams(closedLicence, restrictions.length ? restrictions : ["notOpenData"]) });
  }
  const unreviewed = licences.data.find((licence) => !licence.reviewed);
  if (unreviewed) sheet.capAtPartial("data", { code: "data-partial-data-licence-unreviewed", params: licenceName(unreviewed) });
  applyBaseCap(sheet, "data", base, "data-partial-base", "data-unproven-base-outside");
}

/**
 * A derived model's pillar is at most partial when its base's is not open (the base's training is
 * part of the model); with a base outside the catalogue, an open or partial claim stays unproven.
 */
function applyBaseCap(sheet: AnswerSheet, key: "methods" | "data" | "retrain", base: BaseModelFacts | null, partialCode: ReasonCode, outsideCode: ReasonCode): void {
  if (!base) return;
  if (!base.inCatalogue) {
    // what the base contributes is unknown, so an open or partial claim proves nothing yet
    sheet.unproven(key, { code: outsideCode, params: { base: base.name } });
    return;
  }
  if (base.grades[key] !== "open") sheet.capAtPartial(key, { code: partialCode, params: { base: base.name, answer: base.grades[key] } });
}

// Rules on `retrain` (the manifesto's "licences that allow retraining the foundation model";
// METHODOLOGY.md, "Applying the rules the same way everywhere"):
// - missing or unknown training data: the licences may allow retraining, but the foundation model
//   cannot be rebuilt as it was → at most partial (version 1 closed it; version 2 says partial);
// - a weights licence (inherited ones too) that restricts use, or data terms that forbid derived
//   models (NC, ND, use restrictions), follow every retrained model → closed;
// - weights that may not be shared modified, a restrictive code licence, or any component without a known, reviewed licence → at most partial;
// - use or methods closed or not assessed, data not open, or a base that is not retrainable → at most partial.
function applyRetrainRules(sheet: AnswerSheet, licences: Components, base: BaseModelFacts | null): void {
  const data = sheet.grade("data");
  if (data === "closed") sheet.capAtPartial("retrain", { code: "retrain-partial-data-closed" });
  if (data === "unknown") sheet.capAtPartial("retrain", { code: "retrain-partial-data-unknown" });

  const restrictedWeights = licences.weights.find((licence) => restrictionsOnUse(licence).length > 0);
  if (restrictedWeights) {
    sheet.decideClosed("retrain", { code: "retrain-closed-weights-licence", params: restrictionParams(restrictedWeights, restrictionsOnUse(restrictedWeights)) });
  }
  const restrictedData = licences.data.find((licence) => dataRestrictions(licence).length > 0);
  if (restrictedData) {
    sheet.decideClosed("retrain", { code: "retrain-closed-data-licence", params: restrictionParams(restrictedData, dataRestrictions(restrictedData)) });
  }
  const noDerivatives = licences.weights.find((licence) => licence.noDerivatives);
  if (noDerivatives) {
    sheet.capAtPartial("retrain", { code: "retrain-partial-weights-licence", params: restrictionParams(noDerivatives, ["noDerivatives"]) });
  }
  const restrictedCode = licences.code.find((licence) => dataRestrictions(licence).length > 0);
  if (restrictedCode) {
    sheet.capAtPartial("retrain", { code: "retrain-partial-code-licence", params: restrictionParams(restrictedCode, dataRestrictions(restrictedCode)) });
  }
  for (const component of LICENCE_COMPONENTS) {
    if (licences[component].length === 0) sheet.capAtPartial("retrain", { code: "retrain-partial-licence-missing", params: { component } });
    const unreviewed = licences[component].find((licence) => !licence.reviewed);
    if (unreviewed) sheet.capAtPartial("retrain", { code: "retrain-partial-licence-unreviewed", params: { component, ...licenceName(unreviewed) } });
  }

  const use = sheet.grade("use");
  if (use === "closed") sheet.capAtPartial("retrain", { code: "retrain-partial-use-closed" });
  if (use === "unknown") sheet.capAtPartial("retrain", { code: "retrain-partial-use-unknown" });
  const methods = sheet.grade("methods");
  if (methods === "closed") sheet.capAtPartial("retrain", { code: "retrain-partial-methods-closed" });
  if (methods === "unknown") sheet.capAtPartial("retrain", { code: "retrain-partial-methods-unknown" });
  if (sheet.grade("data") === "partial") sheet.capAtPartial("retrain", { code: "retrain-partial-data-not-open" });
  applyBaseCap(sheet, "retrain", base, "retrain-partial-base", "retrain-unproven-base-outside");
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
