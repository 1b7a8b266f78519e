import { getTranslations } from "next-intl/server";
import { CRITERIA, explainReason } from "@/lib/openness";
import { getOpennessText } from "@/lib/i18n/openness-text";
import type { ExplainedAssessment } from "@/lib/catalogue/explain";
import { DataTable } from "@/components/ui/data-table";
import { AnswerMark } from "@/components/openness/answer-mark";
import { GradeSummary } from "./grade-summary";

/**
 * Per criterion, what was claimed and what the methodology's rules made of it, with the rule that
 * changed it: what a maintainer checks before approving, and what a contributor reads to see why.
 */
export async function AssessmentClaims({ assessment, title }: { assessment: ExplainedAssessment; title: string }) {
  const [t, tOpenness] = [await getTranslations("moderation.claims"), await getTranslations("openness")];
  const text = await getOpennessText();
  const reasonsOf = (criterion: string) => assessment.reasons.filter((reason) => reason.criterion === criterion && assessment.answers[reason.criterion].adjustments.includes(reason.code));
  return (
    <section aria-labelledby="claims-title" className="space-y-3" data-testid="assessment-claims">
      <h2 id="claims-title" className="text-xl font-semibold">{title}</h2>
      <GradeSummary assessment={assessment} />
      <DataTable columns={[t("criterion"), t("claimed"), t("counts"), t("why")]}>
        {CRITERIA.map(({ key }) => {
          const answer = assessment.answers[key];
          const changed = answer.grade !== answer.entered;
          return (
            <tr key={key} className="border-b border-slate-200 align-top" data-testid={`claim-${key}`}>
              <th scope="row" className="py-2 pr-4 text-left font-medium">{tOpenness(`criteria.${key}.name`)}</th>
              <td className="py-2 pr-4">
                <span className="inline-flex items-center gap-1"><AnswerMark answer={answer.entered} />{tOpenness(`answers.${answer.entered}.label`)}</span>
              </td>
              <td className={`py-2 pr-4 ${changed ? "font-semibold" : ""}`}>
                <span className="inline-flex items-center gap-1"><AnswerMark answer={answer.grade} />{tOpenness(`answers.${answer.grade}.label`)}</span>
                {changed && <span className="sr-only"> ({t("changed")})</span>}
              </td>
              <td className="py-2 pr-4 text-sm">
                {changed ? (
                  <ul className="list-disc pl-4">
                    {reasonsOf(key).map((reason) => <li key={reason.code}>{explainReason(reason, text)}</li>)}
                  </ul>
                ) : (
                  <span className="text-slate-600">{t("asClaimed")}</span>
                )}
              </td>
            </tr>
          );
        })}
      </DataTable>
    </section>
  );
}
