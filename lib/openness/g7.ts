// The G7's official openness labels (METHODOLOGY.md, "Official labels beside the grade"), derived
// from the same effective answers as our grade and shown beside it, never instead of it. Pure.
//
// The labels form a ladder: each needs what the one below it needs, and more. A model gets the
// highest label its known facts prove; an unknown fact that could prove a higher one is listed in
// `missing` (the label is then "at least" this one), so that opening a criterion never lowers a
// label. Decisions the G7 text leaves open are written on the methodology page (`g7.decisions.*`).

import { isEvidenceUrl } from "./assess";
import type { AnswerGrade, CriterionKey } from "./types";

export const G7_LABELS = [
  "open_source_ai_with_open_data",
  "open_source_ai",
  "open_weights_ai",
  "weights_available_ai",
  "none",
  "not_determinable",
] as const;
export type G7Label = (typeof G7_LABELS)[number];

/** The labels a model can earn, best first (`none` and `not_determinable` are no label). */
export const G7_LADDER = ["open_source_ai_with_open_data", "open_source_ai", "open_weights_ai", "weights_available_ai"] as const;

/** Higher is more open; no label (either kind) is 0. */
export function g7Rank(label: G7Label): number {
  const index = (G7_LADDER as readonly string[]).indexOf(label);
  return index === -1 ? 0 : G7_LADDER.length - index;
}

/** Why the full training data cannot be shared (the "Open Source AI" exception). */
export const DATA_EXCEPTION_REASONS = ["legal", "technical"] as const;
export type DataExceptionReason = (typeof DATA_EXCEPTION_REASONS)[number];

/** The recorded fact that sharing the full training data is legally or technically impossible. */
export type DataException = { reason: DataExceptionReason; evidenceUrl: string | null; note?: string | null };

export const G7_REASON_CODES = [
  "g7-weights-closed",
  "g7-weights-partial",
  "g7-weights-unknown",
  "g7-use-not-open",
  "g7-inference-not-open",
  "g7-methods-not-open",
  "g7-data-not-open",
  "g7-datacard-not-open",
  "g7-no-data-exception",
  "g7-unknown",
] as const;
export type G7ReasonCode = (typeof G7_REASON_CODES)[number];

export type G7Reason = { code: G7ReasonCode; criterion?: CriterionKey };

export type G7Result = {
  label: G7Label;
  /** false when a fact that could prove a higher label is not assessed */
  complete: boolean;
  /** the criteria (and `dataException`) whose being unknown leaves a higher label undecided */
  missing: (CriterionKey | "dataException")[];
  /** what holds the model below the next label up, nearest first */
  reasons: G7Reason[];
};

type Grades = Readonly<Record<CriterionKey, AnswerGrade>>;

/** A data exception counts only with a reason and evidence anyone can open. */
export function hasDataException(exception: DataException | null | undefined): boolean {
  return Boolean(exception && exception.reason && isEvidenceUrl(exception.evidenceUrl));
}

/**
 * The G7 label of a model, from its effective answers (after our derived rules, so a licence that
 * restricts use has already closed `use`) and its recorded training-data exception.
 */
export function g7Label(grades: Grades, dataException: DataException | null = null): G7Result {
  const missing: G7Result["missing"] = [];
  const reasons: G7Reason[] = [];
  const result = (label: G7Label): G7Result => ({ label, complete: missing.length === 0, missing, reasons });
  /**
   * Whether every condition of the next label holds. A known failure decides it (unknown ones
   * then do not matter, so they are not reported); otherwise unknown ones leave it undecided.
   */
  const holds = (conditions: readonly (readonly [CriterionKey, G7ReasonCode])[]): boolean => {
    const failed = conditions.filter(([criterion]) => grades[criterion] !== "open" && grades[criterion] !== "unknown");
    if (failed.length > 0) {
      for (const [criterion, code] of failed) reasons.push({ code, criterion });
      return false;
    }
    const unknown = conditions.filter(([criterion]) => grades[criterion] === "unknown");
    for (const [criterion] of unknown) {
      missing.push(criterion);
      reasons.push({ code: "g7-unknown", criterion });
    }
    return unknown.length === 0;
  };

  // Every label needs weights released free of charge.
  if (grades.weights === "unknown") {
    missing.push("weights");
    reasons.push({ code: "g7-weights-unknown", criterion: "weights" });
    return result("not_determinable");
  }
  if (grades.weights !== "open") {
    reasons.push({ code: grades.weights === "closed" ? "g7-weights-closed" : "g7-weights-partial", criterion: "weights" });
    return result("none");
  }
  // Open Weights AI: weights and deployment code under an Open Source licence, no use restriction.
  if (!holds([["use", "g7-use-not-open"], ["inference", "g7-inference-not-open"]])) return result("weights_available_ai");
  // Open Source AI, either kind: the training code too.
  if (!holds([["methods", "g7-methods-not-open"]])) return result("open_weights_ai");
  // With Open Data: the full training data under open licences.
  if (holds([["data", "g7-data-not-open"]])) return result("open_source_ai_with_open_data");
  // Without it: data information in its place, and the reason for the exception recorded with evidence.
  if (!hasDataException(dataException)) {
    reasons.push({ code: "g7-no-data-exception" });
    return result("open_weights_ai");
  }
  return result(holds([["datacard", "g7-datacard-not-open"]]) ? "open_source_ai" : "open_weights_ai");
}
