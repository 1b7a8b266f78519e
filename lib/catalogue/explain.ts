// An assessment explained: the scorer's result and the G7 label, from the answers as entered and a
// model's facts. Pure (no database), so the submission form's live preview uses it in the browser.
import { assess, CRITERION_KEYS, g7Label, type Assessment, type CriterionAnswer, type CriterionKey, type G7Result, type ModelFacts } from "../openness";
import type { AnswerGrade } from "../openness/types";

/** The answers as they were entered, from the stored rows (the effective grade where nothing was adjusted). */
export function enteredAnswers(rows: readonly { criterion: string; grade: AnswerGrade; enteredGrade: AnswerGrade | null; evidenceUrl: string | null; note: string | null }[]): CriterionAnswer[] {
  const stored = new Map(rows.map((row) => [row.criterion, row]));
  return CRITERION_KEYS.map((criterion) => {
    const row = stored.get(criterion);
    return { criterion, grade: row ? (row.enteredGrade ?? row.grade) : "unknown", evidenceUrl: row?.evidenceUrl ?? null, note: row?.note ?? null };
  });
}

export type ExplainedAssessment = Assessment & { g7: G7Result };

/** The scorer's result and the G7 label, from the answers as entered and the model's facts. */
export function explainAssessment(answers: readonly CriterionAnswer[], facts: ModelFacts): ExplainedAssessment {
  const result = assess(answers, facts);
  const grades = Object.fromEntries(CRITERION_KEYS.map((key) => [key, result.answers[key].grade])) as Record<CriterionKey, AnswerGrade>;
  return { ...result, g7: g7Label(grades, facts.dataException ?? null) };
}

