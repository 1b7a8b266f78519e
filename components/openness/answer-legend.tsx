import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { ANSWER_GRADES } from "@/lib/openness";
import { AnswerMark } from "./answer-mark";

/** What each answer mark means, in words: the key of a table or chart of marks. */
export async function AnswerLegend({ note }: { note?: ReactNode }) {
  const t = await getTranslations("openness");
  const tTable = await getTranslations("catalogue.table");
  return (
    <div className="text-sm text-slate-800" data-testid="answer-legend">
      <p className="flex flex-wrap items-center gap-x-4 gap-y-1">
        <span className="font-semibold">{tTable("legend")}</span>
        {ANSWER_GRADES.map((answer) => (
          <span key={answer} className="inline-flex items-center gap-1.5">
            <AnswerMark answer={answer} />
            {t(`answers.${answer}.label`)}
          </span>
        ))}
      </p>
      {note && <p className="mt-1 text-slate-700">{note}</p>}
    </div>
  );
}
