import { getTranslations } from "next-intl/server";
import { getOpennessText } from "@/lib/i18n/openness-text";
import {
  CRITERIA,
  CRITERION_KINDS,
  GRADE_DISPLAY,
  PILLAR_WEIGHT,
  SUPPORTING_WEIGHT,
  explainReason,
  type Assessment,
  type GradeReason,
} from "@/lib/openness";
import { AnswerMark } from "./answer-mark";

const HEADLINE = new Set(["grade-a", "grade-b", "grade-c", "grade-d", "grade-e-weights-closed", "grade-e-weights-unknown", "incomplete"]);
const HELD_BACK = new Set(["needs-open", "needs-partial"]);

function group(reasons: readonly GradeReason[]) {
  return {
    why: reasons.filter((reason) => HEADLINE.has(reason.code)),
    heldBack: reasons.filter((reason) => HELD_BACK.has(reason.code)),
    adjustments: reasons.filter((reason) => !HEADLINE.has(reason.code) && !HELD_BACK.has(reason.code)),
  };
}

/**
 * A model's openness scorecard, driven by lib/openness: the grade and score, the reasons for the
 * grade in words, then each pillar and supporting dimension with its answer, what was entered
 * when a rule changed it, its evidence link and its note.
 */
export async function Scorecard({ assessment, title }: { assessment: Assessment; title: string }) {
  const t = await getTranslations("openness");
  const text = await getOpennessText();
  const locale = text.locale;
  const display = GRADE_DISPLAY[assessment.grade];
  const { why, heldBack, adjustments } = group(assessment.reasons);
  const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const reasonList = (reasons: readonly GradeReason[]) => (
    <ul className="ml-5 list-disc space-y-1">
      {reasons.map((reason, index) => (
        <li key={`${reason.code}-${reason.criterion ?? ""}-${index}`}>{explainReason(reason, text)}</li>
      ))}
    </ul>
  );

  return (
    <section aria-labelledby="scorecard-title" className="rounded border border-slate-300" data-testid="scorecard">
      <div className="flex flex-wrap items-center gap-4 border-b border-slate-300 bg-slate-50 p-4">
        <h2 id="scorecard-title" className="w-full text-xl font-semibold">{title}</h2>
        <div className="flex items-center gap-3">
          <span
            className="inline-flex h-14 w-14 items-center justify-center rounded text-3xl font-bold"
            style={{ backgroundColor: display.colour, color: display.textColour }}
            aria-hidden="true"
          >
            {assessment.grade}
          </span>
          <div>
            <p className="text-lg font-semibold" data-testid="scorecard-grade">
              {t("scorecard.grade")} {assessment.grade} · {t(display.labelKey)}
              {!assessment.complete && <span className="ml-2 text-sm font-normal text-slate-700">({t("grades.incomplete.label")})</span>}
            </p>
            <p className="text-sm text-slate-700">{t(display.descriptionKey)}</p>
          </div>
        </div>
        <div className="ml-auto text-right">
          <p className="text-sm text-slate-700">{t("scorecard.score")}</p>
          <p className="text-2xl font-bold tabular-nums" data-testid="scorecard-score">{t("scorecard.scoreOutOf", { score: assessment.scoreRounded })}</p>
        </div>
        <p className="w-full text-xs text-slate-700">{t("scorecard.methodologyVersion", { version: assessment.methodologyVersion })}</p>
      </div>

      <div className="space-y-4 p-4">
        {why.length > 0 && (
          <div>
            <h3 className="font-semibold">{t("scorecard.whyThisGrade")}</h3>
            {reasonList(why)}
          </div>
        )}
        {heldBack.length > 0 && (
          <div>
            <h3 className="font-semibold">{t("scorecard.heldBack")}</h3>
            {reasonList(heldBack)}
          </div>
        )}
        {adjustments.length > 0 && (
          <div>
            <h3 className="font-semibold">{t("scorecard.adjustments")}</h3>
            {reasonList(adjustments)}
          </div>
        )}

        {CRITERION_KINDS.map((kind) => {
          const criteria = CRITERIA.filter((criterion) => criterion.kind === kind);
          const weight = kind === "pillar" ? PILLAR_WEIGHT : SUPPORTING_WEIGHT;
          return (
            <div key={kind}>
              <h3 className="text-lg font-semibold">{t(`kinds.${kind}.name`)}</h3>
              <p className="text-sm text-slate-700">
                {t(`kinds.${kind}.description`, { total: numbers.format(weight * criteria.length), weight: numbers.format(weight) })}
              </p>
              <ul className="mt-2 divide-y divide-slate-200 rounded border border-slate-200">
                {criteria.map((criterion) => {
                  const answer = assessment.answers[criterion.key];
                  return (
                    <li key={criterion.key} id={`criterion-${criterion.key}`} className="grid scroll-mt-4 gap-1 p-3 sm:grid-cols-[14rem_1fr]" data-testid={`criterion-${criterion.key}`}>
                      <div>
                        <p className="font-medium">{t(`${criterion.messageKey}.name`)}</p>
                        <p className="text-xs text-slate-600">{t(`${criterion.messageKey}.description`)}</p>
                      </div>
                      <div className="text-sm">
                        <p className="flex items-center gap-2 font-semibold">
                          <AnswerMark answer={answer.grade} />
                          <span data-testid="answer">{t(`answers.${answer.grade}.label`)}</span>
                          {answer.entered !== answer.grade && (
                            <span className="font-normal text-slate-700">
                              ({t("scorecard.entered", { answer: t(`answers.${answer.entered}.inline`) })})
                            </span>
                          )}
                        </p>
                        {answer.grade !== "unknown" && (
                          <p className="text-slate-700">{t(`${criterion.messageKey}.${answer.grade}`)}</p>
                        )}
                        <p>
                          {answer.evidenceUrl ? (
                            <a href={answer.evidenceUrl} className="break-all text-atlas-700 underline" rel="nofollow noopener noreferrer">
                              {t("scorecard.evidence")}<span className="sr-only"> – {t(`${criterion.messageKey}.name`)}</span>
                            </a>
                          ) : (
                            <span className="text-slate-600">{t("scorecard.noEvidence")}</span>
                          )}
                        </p>
                        {answer.note && (
                          <div className="mt-1 text-slate-800">
                            <p className="text-xs font-semibold uppercase tracking-wide text-slate-600">{t("scorecard.note")}</p>
                            <p>{answer.note}</p>
                          </div>
                        )}
                      </div>
                    </li>
                  );
                })}
              </ul>
            </div>
          );
        })}
      </div>
    </section>
  );
}
