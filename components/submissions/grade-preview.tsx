"use client";
// The grade the answers give, recomputed as the person types, with the methodology's scorer: the
// same function that approval stores. Neutral until a criterion is answered (an empty form has no
// grade yet, not an E); beside the form on wide screens, a bar at the bottom on phones.
import { useLocale, useMessages, useTranslations } from "next-intl";
import { explainReasons, GRADE_DISPLAY, type MessageTree } from "@/lib/openness";
import type { ExplainedAssessment } from "@/lib/catalogue/explain";

export function GradeView({ assessment, title }: { assessment: ExplainedAssessment; title: string }) {
  const t = useTranslations();
  // the openness namespace is among the messages sent to the forms (ACCOUNT_CLIENT_MESSAGES)
  const text = { locale: useLocale(), messages: useMessages().openness as MessageTree };
  const display = GRADE_DISPLAY[assessment.grade];
  const g7Name = t(`openness.g7.labels.${assessment.g7.label}.name` as "openness.g7.title");
  return (
    <div className="rounded border border-slate-300 bg-white p-4">
      <h3 className="font-semibold">{title}</h3>
      <p className="mt-2 flex flex-wrap items-center gap-3" data-testid="grade-preview">
        <span className="inline-block rounded px-3 py-1 text-xl font-bold" style={{ background: display.colour, color: display.textColour }}>
          {assessment.grade}
        </span>
        <span className="font-medium">{t(`openness.${display.labelKey}` as "openness.grades.A.label")}</span>
        <span className="tabular-nums">{t("submit.preview.score", { score: assessment.scoreRounded })}</span>
      </p>
      <p className="mt-1 text-sm" data-testid="g7-preview">
        {t("openness.g7.short")}: {assessment.g7.complete ? g7Name : t("openness.g7.atLeast", { label: g7Name })}
      </p>
      {!assessment.complete && <p className="mt-2 text-sm">{t("submit.preview.incomplete")}</p>}
      <details className="mt-2 text-sm">
        <summary>{t("submit.preview.reasons")}</summary>
        <ul className="mt-1 list-disc pl-5" data-testid="preview-reasons">
          {explainReasons(assessment.reasons, text).map((reason, i) => (
            <li key={i}>{reason}</li>
          ))}
        </ul>
      </details>
    </div>
  );
}

export function GradePreview({ assessment }: { assessment: ExplainedAssessment | null }) {
  const t = useTranslations("submit.preview");
  return (
    <aside aria-label={t("title")} className="sticky bottom-0 z-10 mt-6 border-t border-slate-300 bg-white py-2 lg:bottom-auto lg:top-4 lg:col-start-2 lg:row-start-1 lg:mt-0 lg:border-0 lg:py-0">
      <div role="status" aria-live="polite">
        {assessment ? (
          <GradeView assessment={assessment} title={t("title")} />
        ) : (
          <p className="rounded border border-slate-300 bg-white p-4" data-testid="grade-preview-empty">{t("empty")}</p>
        )}
      </div>
    </aside>
  );
}
