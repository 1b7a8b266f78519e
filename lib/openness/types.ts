import type { DataException } from "./g7";

// The shared vocabulary of the methodology (../../METHODOLOGY.md in shared/): keys used by the
// scorer, the database, the seed, the API and the UI. Pure types, no I/O.

export const PILLAR_KEYS = ["use", "methods", "data", "retrain"] as const;
export const SUPPORTING_KEYS = [
  "weights",
  "architecture",
  "paper",
  "modelcard",
  "datacard",
  "evaluation",
  "checkpoints",
  "inference",
] as const;
export const CRITERION_KEYS = [...PILLAR_KEYS, ...SUPPORTING_KEYS] as const;

export type PillarKey = (typeof PILLAR_KEYS)[number];
export type SupportingKey = (typeof SUPPORTING_KEYS)[number];
export type CriterionKey = (typeof CRITERION_KEYS)[number];

export const ANSWER_GRADES = ["open", "partial", "closed", "unknown"] as const;
export type AnswerGrade = (typeof ANSWER_GRADES)[number];

export const GRADES = ["A", "B", "C", "D", "E"] as const;
export type Grade = (typeof GRADES)[number];

/** One criterion's answer as entered (by the seed, a submission or a maintainer). */
export type CriterionAnswer = {
  criterion: CriterionKey;
  grade: AnswerGrade;
  evidenceUrl?: string | null;
  note?: string | null;
};

export const LICENCE_KINDS = ["code", "data", "document", "model", "mixed"] as const;
export type LicenceKind = (typeof LICENCE_KINDS)[number];

/** The facts about a licence that the methodology needs. */
export type LicenceFlags = {
  osiApproved: boolean;
  openData: boolean;
  /** field-of-use, acceptable-use policy, audience or revenue caps */
  restrictsUse: boolean;
  nonCommercial: boolean;
  noDerivatives: boolean;
  shareAlike: boolean;
  attribution: boolean;
  /** "non-production" clauses: evaluation, research or testing only (version 2, rule 5) */
  nonProduction: boolean;
};

/** Thresholds a licence sets on use (version 2, rule 5); null where the licence sets none. */
export type LicenceThresholds = {
  /** monthly active users above which a separate licence is needed */
  userCap: number | null;
  /** yearly revenue above which a separate licence is needed, in `revenueCapCurrency` */
  revenueCap: number | null;
  /** ISO 4217 code of `revenueCap` */
  revenueCapCurrency: string | null;
};

export type Licence = LicenceFlags & Partial<LicenceThresholds> & {
  /** SPDX id, or a `LicenseRef-` id for licences not on the SPDX list */
  id: string;
  name: string;
  url: string;
  kind: LicenceKind;
  /** where the flags were checked */
  sourceUrl: string;
  /** false for a licence entered with its flags by a contributor and not yet reviewed */
  reviewed: boolean;
  note?: string;
};

export const LICENCE_COMPONENTS = ["weights", "code", "data"] as const;
export type LicenceComponent = (typeof LICENCE_COMPONENTS)[number];

/**
 * Every licence that applies to each of a model's components (version 2, rule 1): all the terms a
 * user of the weights must accept, of the training code, of the training data. Empty or missing
 * when none is known; order does not matter.
 */
export type ModelLicences = Partial<Record<LicenceComponent, readonly Licence[]>>;

/** How a model was made from its base model (version 2, rule 3). */
export const BASE_RELATIONS = [
  "fine_tune",
  "continued_pretraining",
  "distillation",
  "merge",
  "quantisation",
  "upscaling",
] as const;
export type BaseRelation = (typeof BASE_RELATIONS)[number];

/**
 * What the scorer knows of a model's base model. A catalogue model brings its effective answers
 * and the weights licences it carries (its own and its ancestors'); a model outside the catalogue
 * is only a name and an address, so what it would decide is unknown.
 */
export type BaseModelFacts =
  | {
      inCatalogue: true;
      slug: string;
      name: string;
      relation: BaseRelation;
      /** the base's effective answers for the pillars and the weights */
      grades: Readonly<Record<PillarKey | "weights", AnswerGrade>>;
      /** every weights licence a user of the base must accept, inherited ones included */
      weightsLicences: readonly Licence[];
    }
  | { inCatalogue: false; name: string; url: string | null; relation: BaseRelation };

/** Facts about a model beyond its answers: its licences, its ancestry, its data exception. */
export type ModelFacts = {
  licences?: ModelLicences;
  base?: BaseModelFacts | null;
  /** read by the G7 label only (lib/openness/g7.ts) */
  dataException?: DataException | null;
};

export const ORGANISATION_TYPES = [
  "startup_sme",
  "large_company",
  "research",
  "non_profit",
  "public_consortium",
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export const MODALITIES = ["text", "multimodal", "speech", "audio", "image", "video", "code", "other"] as const;
export type Modality = (typeof MODALITIES)[number];

// ---- Assessments (added with the scorer, lib/openness/assess.ts) ----

export const CRITERION_KINDS = ["pillar", "supporting"] as const;
export type CriterionKind = (typeof CRITERION_KINDS)[number];

/**
 * Stable codes of the reasons an assessment gives (API and UI key on them; messages live under
 * `reasons.<code>` in lib/i18n/messages/<locale>/openness.json). Add codes, never rename or reuse one.
 */
export const REASON_CODES = [
  // headline: which grade rule the model meets (exactly one, always first)
  "grade-a",
  "grade-b",
  "grade-c",
  "grade-d",
  "grade-e-weights-closed",
  "grade-e-weights-unknown",
  // a pillar or the weights is not assessed: the grade is only the best the known answers prove
  "incomplete",
  // what holds the grade back: a requirement of a higher grade that is not met
  "needs-open",
  "needs-partial",
  // derived rules: why a criterion counts differently from what was entered
  "evidence-missing",
  "evidence-invalid",
  "use-closed-by-licence",
  "use-closed-weights-closed",
  "use-unproven-weights-unknown",
  "methods-partial-code-licence",
  "retrain-closed-data-closed",
  "retrain-unproven-data-unknown",
  "retrain-partial-use-closed",
  "retrain-partial-use-unknown",
  "retrain-partial-methods-closed",
  "retrain-partial-methods-unknown",
  "retrain-partial-weights-licence",
  "retrain-partial-code-licence",
  "retrain-partial-data-licence",
  // version 2: every licence per component, unreviewed licences, ancestry
  "use-closed-by-inherited-licence",
  "use-unproven-licence-unreviewed",
  "use-unproven-base-outside",
  "use-closed-by-base",
  "use-partial-base",
  "use-unproven-base",
  "methods-partial-no-code-licence",
  "methods-partial-code-licence-unreviewed",
  "methods-partial-base",
  "methods-unproven-base-outside",
  "data-partial-no-data-licence",
  "data-partial-data-licence",
  "data-partial-data-licence-unreviewed",
  "data-partial-base",
  "data-unproven-base-outside",
  "retrain-closed-weights-licence",
  "retrain-closed-data-licence",
  "retrain-partial-licence-missing",
  "retrain-partial-licence-unreviewed",
  "retrain-partial-data-not-open",
  "retrain-partial-base",
  "retrain-unproven-base-outside",
  "retrain-partial-data-closed",
  "retrain-partial-data-unknown",
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

/** One line of an assessment's explanation; `explainReason` turns it into words. */
export type GradeReason = {
  code: ReasonCode;
  criterion?: CriterionKey;
  params?: Record<string, string | number>;
};

/** A criterion's answer as it counts, after the derived rules. */
export type EffectiveAnswer = {
  /** the grade that counts (score and grade) */
  grade: AnswerGrade;
  /** the grade as entered (`unknown` when nothing was entered) */
  entered: AnswerGrade;
  /** the entered evidence URL when it is an http(s) URL, else null */
  evidenceUrl: string | null;
  note: string | null;
  /** codes of the derived rules that changed this answer, in the order applied */
  adjustments: ReasonCode[];
};

export type Assessment = {
  methodologyVersion: number;
  /** exact score, 0-100, for sorting */
  score: number;
  /** score rounded to an integer, for display */
  scoreRounded: number;
  grade: Grade;
  /** false when a pillar or `weights` is not assessed: the grade is then a lower bound */
  complete: boolean;
  /** every criterion that counts as unknown, in CRITERIA order */
  unknown: CriterionKey[];
  answers: Record<CriterionKey, EffectiveAnswer>;
  /** headline, then `incomplete`, then what holds the grade back, then derived-rule adjustments */
  reasons: GradeReason[];
};
