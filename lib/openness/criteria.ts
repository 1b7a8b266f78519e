// The criteria of the methodology, defined once: the scorer, the methodology page, the API and the
// badge all read them from here. Texts live in lib/i18n/messages/<locale>/openness.json under the keys named.

import {
  CRITERION_KEYS,
  PILLAR_KEYS,
  type AnswerGrade,
  type CriterionKey,
  type CriterionKind,
  type Grade,
} from "./types";

export const METHODOLOGY_VERSION = 2;

export type MethodologyVersion = {
  version: number;
  /** ISO date the version took effect */
  date: string;
  /** message keys (in the openness namespace) of the changes, listed on the methodology page */
  changes: readonly string[];
};

/** Every version, oldest first; the last one is METHODOLOGY_VERSION. */
export const METHODOLOGY_VERSIONS: readonly MethodologyVersion[] = [
  {
    version: 1,
    date: "2026-11-26",
    changes: [
      "versions.v1.changes.initial",
      "versions.v1.changes.strictData",
      "versions.v1.changes.evidence",
      "versions.v1.changes.derivedRules",
      "versions.v1.changes.gradeRules",
    ],
  },
  {
    version: 2,
    date: "2026-12-07",
    changes: [
      "versions.v2.changes.everyLicence",
      "versions.v2.changes.noLicenceNotOpen",
      "versions.v2.changes.ancestry",
      "versions.v2.changes.licenceIdentity",
      "versions.v2.changes.thresholds",
      "versions.v2.changes.retrainPartial",
      "versions.v2.changes.recipe",
      "versions.v2.changes.order",
      "versions.v2.changes.reference",
      "versions.v2.changes.clarifications",
    ],
  },
];

/** The manifesto's four pillars share 70 points, the eight supporting dimensions 30. */
export const PILLAR_WEIGHT = 17.5;
export const SUPPORTING_WEIGHT = 3.75;

export const POINTS: Readonly<Record<AnswerGrade, number>> = {
  open: 1,
  partial: 0.5,
  closed: 0,
  // not assessed earns nothing, but is shown as "not assessed", never as closed
  unknown: 0,
};

export type CriterionDefinition = {
  key: CriterionKey;
  kind: CriterionKind;
  /** points out of 100 that an open answer earns */
  weight: number;
  /** message key of the criterion's texts: `name`, `description`, `open`, `partial`, `closed` */
  messageKey: `criteria.${CriterionKey}`;
};

const PILLARS: ReadonlySet<CriterionKey> = new Set(PILLAR_KEYS);

export function isPillar(key: CriterionKey): boolean {
  return PILLARS.has(key);
}

/** All criteria, pillars first, in the order every list shows them. */
export const CRITERIA: readonly CriterionDefinition[] = CRITERION_KEYS.map((key) => ({
  key,
  kind: isPillar(key) ? "pillar" : "supporting",
  weight: isPillar(key) ? PILLAR_WEIGHT : SUPPORTING_WEIGHT,
  messageKey: `criteria.${key}`,
}));

export const CRITERION_BY_KEY: Readonly<Record<CriterionKey, CriterionDefinition>> = Object.fromEntries(
  CRITERIA.map((definition) => [definition.key, definition]),
) as Record<CriterionKey, CriterionDefinition>;

/** Answers ordered by what they prove: unknown and closed prove nothing, partial some, open all. */
export const ANSWER_LEVEL: Readonly<Record<AnswerGrade, number>> = {
  unknown: 0,
  closed: 0,
  partial: 1,
  open: 2,
};

export type Requirement = { criterion: CriterionKey; atLeast: "open" | "partial" };

/**
 * The grade rules, tried from A down; a model gets the first grade whose requirements its
 * effective answers meet, else E. An unknown answer meets no requirement, so the grade is the
 * best one the known answers prove. The derived rules make `use` closed when weights are closed,
 * so D ("weights downloadable but use not open") needs only the weights here.
 */
export const GRADE_REQUIREMENTS: Readonly<Record<Exclude<Grade, "E">, readonly Requirement[]>> = {
  A: [
    { criterion: "use", atLeast: "open" },
    { criterion: "methods", atLeast: "open" },
    { criterion: "data", atLeast: "open" },
    { criterion: "retrain", atLeast: "open" },
  ],
  B: [
    { criterion: "use", atLeast: "open" },
    { criterion: "methods", atLeast: "partial" },
    { criterion: "data", atLeast: "partial" },
  ],
  C: [
    { criterion: "use", atLeast: "open" },
    { criterion: "weights", atLeast: "open" },
  ],
  D: [{ criterion: "weights", atLeast: "partial" }],
};

/** Criteria whose being unknown makes an assessment incomplete: the ones the grade rules read. */
export const GRADE_CRITERIA: readonly CriterionKey[] = [...PILLAR_KEYS, "weights"];

/**
 * The derived rules the scorer enforces, in the order it applies them; the methodology page
 * lists them from `rules.<id>` in the messages.
 */
export const DERIVED_RULES = [
  "evidenceRequired",
  "useFollowsWeightsLicence",
  "useNeedsWeights",
  "useNeedsReviewedLicence",
  "methodsNeedOsiCode",
  "dataNeedsOpenLicences",
  "ancestry",
  "retrainNeedsData",
  "retrainNeedsFreeLicences",
  "retrainNeedsUseAndMethods",
  "unknownIsNotMet",
] as const;
export type DerivedRule = (typeof DERIVED_RULES)[number];
