"use client";
// The grade the answers give, recomputed as the person types, with the methodology's scorer.
import { useLocale, useTranslations } from "next-intl";
import { explainReasons, GRADE_DISPLAY, type Assessment } from "@/lib/openness";

export function GradeView({ assessment, title }: { assessment: Assessment; title: string }) {
  const t = useTranslations();
  const locale = useLocale() === "fr" ? "fr" : "en";
  const display = GRADE_DISPLAY[assessment.grade];
  return (
    <div className="rounded border border-slate-300 p-4">
      <h3 className="font-semibold">{title}</h3>
      <p className="mt-2 flex flex-wrap items-center gap-3" data-testid="grade-preview">
        <span className="inline-block rounded px-3 py-1 text-xl font-bold" style={{ background: display.colour, color: display.textColour }}>
          {assessment.grade}
        </span>
        <span className="font-medium">{t(`openness.${display.labelKey}` as "openness.grades.A.label")}</span>
        <span className="tabular-nums">{t("submit.preview.score", { score: assessment.scoreRounded })}</span>
      </p>
      {!assessment.complete && <p className="mt-2 text-sm">{t("submit.preview.incomplete")}</p>}
      <details className="mt-2 text-sm">
        <summary>{t("submit.preview.reasons")}</summary>
        <ul className="mt-1 list-disc pl-5">
          {explainReasons(assessment.reasons, locale).map((reason, i) => (
            <li key={i}>{reason}</li>
          ))}
        </ul>
      </details>
    </div>
  );
}

export function GradePreview({ assessment }: { assessment: Assessment }) {
  const t = useTranslations("submit.preview");
  return (
    <div role="status" aria-live="polite" className="sticky top-2 z-10 bg-white">
      <GradeView assessment={assessment} title={t("title")} />
    </div>
  );
}
