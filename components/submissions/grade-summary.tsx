import { getTranslations } from "next-intl/server";
import { explainReasons } from "@/lib/openness";
import { getOpennessText } from "@/lib/i18n/openness-text";
import type { ExplainedAssessment } from "@/lib/catalogue/explain";
import { GradeBadge } from "@/components/models/grade-badge";
import { G7LabelChip } from "@/components/openness/g7-label";

/** The grade a submission would get, its G7 label and the reasons, on the server's pages. */
export async function GradeSummary({ assessment }: { assessment: ExplainedAssessment }) {
  const t = await getTranslations("submit.preview");
  const text = await getOpennessText();
  const headline = assessment.reasons.filter((reason) => !reason.criterion || reason.code.startsWith("needs-"));
  return (
    <div className="rounded border border-slate-300 p-4" data-testid="grade-summary">
      <p className="flex flex-wrap items-center gap-3">
        <GradeBadge grade={assessment.grade} complete={assessment.complete} />
        <span className="tabular-nums">{t("score", { score: assessment.scoreRounded })}</span>
        <G7LabelChip label={assessment.g7.label} complete={assessment.g7.complete} />
      </p>
      <ul className="mt-2 list-disc pl-5 text-sm">
        {explainReasons(headline, text).map((reason, index) => <li key={index}>{reason}</li>)}
      </ul>
    </div>
  );
}
