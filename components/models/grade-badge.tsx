import { getTranslations } from "next-intl/server";

const GRADE_STYLES: Record<string, string> = {
  A: "bg-grade-a",
  B: "bg-grade-b",
  C: "bg-grade-c",
  D: "bg-grade-d",
  E: "bg-grade-e",
};

/** The grade letter with its label; "incomplete" when a pillar is not assessed. */
export async function GradeBadge({ grade, complete }: { grade: string | null; complete: boolean }) {
  const t = await getTranslations();
  if (!grade) return <span className="text-slate-600">{t("models.notAssessed")}</span>;
  return (
    <span className="inline-flex items-center gap-2">
      <span className={`inline-block rounded px-2 py-0.5 font-bold text-white ${GRADE_STYLES[grade] ?? "bg-slate-600"}`}>
        {grade}
      </span>
      <span>{t(`openness.grades.${grade}.label`)}</span>
      {!complete && <span className="text-sm text-slate-600">({t("models.incomplete")})</span>}
    </span>
  );
}
