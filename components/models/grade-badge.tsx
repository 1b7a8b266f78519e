import { getTranslations } from "next-intl/server";
import { GRADE_DISPLAY, isGrade } from "@/lib/openness";

/** The grade letter with its label; "incomplete" when a criterion the grade depends on is not assessed. */
export async function GradeBadge({ grade, complete }: { grade: string | null; complete: boolean }) {
  const t = await getTranslations();
  if (!isGrade(grade)) return <span className="text-slate-600">{t("models.notAssessed")}</span>;
  const display = GRADE_DISPLAY[grade];
  return (
    <span className="inline-flex items-center gap-2">
      <span className="inline-block rounded px-2 py-0.5 font-bold" style={{ background: display.colour, color: display.textColour }}>
        {grade}
      </span>
      <span>{t(`openness.${display.labelKey}`)}</span>
      {!complete && <span className="text-sm text-slate-600">({t("models.incomplete")})</span>}
    </span>
  );
}
