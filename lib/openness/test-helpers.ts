// Builders shared by the openness tests (not part of the public API).

import type { AnswerGrade, CriterionAnswer, CriterionKey, Licence, LicenceFlags, LicenceThresholds } from "./types";

export const EVIDENCE = "https://example.org/evidence";

/** Answers for the given criteria, each open or partial one with an evidence link. */
export function answersOf(
  grades: Partial<Record<CriterionKey, AnswerGrade>>,
  evidenceUrl: string | null = EVIDENCE,
): CriterionAnswer[] {
  // an undefined entry means "not entered", so tests can drop one criterion from ALL_OPEN
  return Object.entries(grades).flatMap(([criterion, grade]) =>
    grade === undefined ? [] : [{ criterion: criterion as CriterionKey, grade, evidenceUrl }],
  );
}

export const ALL_OPEN: Record<CriterionKey, AnswerGrade> = {
  use: "open",
  methods: "open",
  data: "open",
  retrain: "open",
  weights: "open",
  architecture: "open",
  paper: "open",
  modelcard: "open",
  datacard: "open",
  evaluation: "open",
  checkpoints: "open",
  inference: "open",
};

/** A licence with no restriction, unless flags say otherwise. */
export function testLicence(flags: Partial<LicenceFlags & LicenceThresholds & { reviewed: boolean }> = {}, id = "LicenseRef-Test"): Licence {
  return {
    id,
    name: `Test licence ${id}`,
    url: "https://example.org/licence",
    kind: "model",
    sourceUrl: "https://example.org/licence",
    reviewed: true,
    osiApproved: true,
    openData: true,
    restrictsUse: false,
    nonCommercial: false,
    noDerivatives: false,
    shareAlike: false,
    attribution: true,
    nonProduction: false,
    ...flags,
  };
}
