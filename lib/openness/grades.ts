// How grades are shown and ordered: one place for the badge colours and the sort order.

import { GRADES, type AnswerGrade, type Grade } from "./types";

export type GradeDisplay = {
  /** message keys in the openness namespace */
  labelKey: string;
  descriptionKey: string;
  /** background of the badge and grade chip; white text on it has a contrast ratio of at least 4.5 */
  colour: string;
  textColour: string;
};

// Green to red as openness falls; every colour is dark enough to carry white text (WCAG AA), so the
// badge stays readable without a second colour scheme.
export const GRADE_DISPLAY: Readonly<Record<Grade, GradeDisplay>> = {
  A: { labelKey: "grades.A.label", descriptionKey: "grades.A.description", colour: "#1a7f37", textColour: "#ffffff" },
  B: { labelKey: "grades.B.label", descriptionKey: "grades.B.description", colour: "#4d7c0f", textColour: "#ffffff" },
  C: { labelKey: "grades.C.label", descriptionKey: "grades.C.description", colour: "#8a6d00", textColour: "#ffffff" },
  D: { labelKey: "grades.D.label", descriptionKey: "grades.D.description", colour: "#c2410c", textColour: "#ffffff" },
  E: { labelKey: "grades.E.label", descriptionKey: "grades.E.description", colour: "#b91c1c", textColour: "#ffffff" },
};

/** For a model with no assessment yet, or a badge asked for a model that is not in the catalogue. */
export const NO_GRADE_DISPLAY = {
  notAssessed: { labelKey: "grades.notAssessed.label", descriptionKey: "grades.notAssessed.description", colour: "#616161", textColour: "#ffffff" },
  notFound: { labelKey: "grades.notFound.label", descriptionKey: "grades.notFound.description", colour: "#616161", textColour: "#ffffff" },
} as const satisfies Record<string, GradeDisplay>;

export type AnswerDisplay = {
  /** fill of the mark; for "unknown", its outline (the mark is hollow: nothing is known) */
  colour: string;
  /** the symbol drawn on it: the mark never relies on colour alone */
  symbolColour: string;
  symbol: "check" | "half" | "cross" | "question";
  shape: "circle" | "rounded" | "square" | "hollow";
};

// One colour system: an answer wears the colour of the grade it leads to (open as green as A,
// partial as C, closed as red as E), and not-assessed the grey of "not assessed". Each also has its
// own symbol and shape, so a reader who cannot tell the colours apart loses nothing.
export const ANSWER_DISPLAY: Readonly<Record<AnswerGrade, AnswerDisplay>> = {
  open: { colour: GRADE_DISPLAY.A.colour, symbolColour: GRADE_DISPLAY.A.textColour, symbol: "check", shape: "circle" },
  partial: { colour: GRADE_DISPLAY.C.colour, symbolColour: GRADE_DISPLAY.C.textColour, symbol: "half", shape: "rounded" },
  closed: { colour: GRADE_DISPLAY.E.colour, symbolColour: GRADE_DISPLAY.E.textColour, symbol: "cross", shape: "square" },
  unknown: { colour: NO_GRADE_DISPLAY.notAssessed.colour, symbolColour: NO_GRADE_DISPLAY.notAssessed.colour, symbol: "question", shape: "hollow" },
};

/** 0 for A (the best) to 4 for E. */
export function gradeRank(grade: Grade): number {
  return GRADES.indexOf(grade);
}

/** Sort comparator, best grade first: negative when `a` is better than `b`. */
export function compareGrades(a: Grade, b: Grade): number {
  return gradeRank(a) - gradeRank(b);
}

export function isGrade(value: unknown): value is Grade {
  return typeof value === "string" && (GRADES as readonly string[]).includes(value);
}
