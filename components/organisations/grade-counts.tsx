import { getTranslations } from "next-intl/server";
import { GRADE_DISPLAY, GRADES } from "@/lib/openness";

/** An organisation's published models per grade, the grades it has: each letter in its colour with its count. */
export async function GradeCounts({ counts }: { counts: readonly number[] }) {
  const t = await getTranslations("catalogue.organisations");
  const present = GRADES.map((grade, index) => ({ grade, count: counts[index] ?? 0 })).filter(({ count }) => count > 0);
  if (present.length === 0) return null;
  return (
    <ul aria-label={t("byGrade")} className="flex flex-wrap justify-end gap-1.5" data-testid="grade-counts">
      {present.map(({ grade, count }) => (
        <li key={grade} className="inline-flex items-center gap-1 text-sm tabular-nums" data-grade={grade} data-count={count}>
          <span aria-hidden="true" className="inline-block rounded px-1.5 font-bold" style={{ backgroundColor: GRADE_DISPLAY[grade].colour, color: GRADE_DISPLAY[grade].textColour }}>
            {grade}
          </span>
          <span aria-hidden="true">{count}</span>
          <span className="sr-only">{t("gradeCount", { grade, count })}</span>
        </li>
      ))}
    </ul>
  );
}
