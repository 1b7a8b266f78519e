import { getTranslations } from "next-intl/server";
import { DERIVED_RULES, GRADE_DISPLAY, GRADE_REQUIREMENTS, GRADES, PILLAR_WEIGHT, SUPPORTING_WEIGHT, PILLAR_KEYS, SUPPORTING_KEYS } from "@/lib/openness";

/** The grade rules as the scorer applies them (GRADE_REQUIREMENTS), and the derived rules. */
export async function GradesSection() {
  const t = await getTranslations("methodology");
  const o = await getTranslations("openness");
  return (
    <>
      <p className="mt-2">{o("grades.rulesFirst")}</p>
      <div className="mt-3 overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm" data-testid="grade-rules">
          <thead>
            <tr className="border-b-2 border-slate-300">
              <th scope="col" className="p-2">{t("gradeTable.grade")}</th>
              <th scope="col" className="p-2">{t("gradeTable.rule")}</th>
              <th scope="col" className="p-2">{t("gradeTable.requires")}</th>
            </tr>
          </thead>
          <tbody>
            {GRADES.map((grade) => {
              const requirements = grade === "E" ? [] : GRADE_REQUIREMENTS[grade];
              return (
                <tr key={grade} className="border-b border-slate-200 align-top">
                  <th scope="row" className="p-2">
                    <span className="inline-block rounded px-2 py-0.5 font-bold" style={{ background: GRADE_DISPLAY[grade].colour, color: GRADE_DISPLAY[grade].textColour }}>
                      {grade}
                    </span>{" "}
                    {o(GRADE_DISPLAY[grade].labelKey)}
                  </th>
                  <td className="p-2">{o(`grades.${grade}.rule`)}</td>
                  <td className="p-2">
                    {requirements.length ? (
                      <ul>
                        {requirements.map((r) => (
                          <li key={r.criterion}>
                            {t("gradeTable.requirement", { criterion: o(`criteria.${r.criterion}.name`), level: o(`answers.${r.atLeast}.inline`) })}
                          </li>
                        ))}
                      </ul>
                    ) : (
                      t("gradeTable.otherwise")
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="mt-3">{o("grades.incomplete.description")}</p>
      <h3 className="mt-6 text-xl font-semibold">{o("score.title")}</h3>
      <p className="mt-1">
        {o("score.explanation", {
          pillarTotal: PILLAR_WEIGHT * PILLAR_KEYS.length,
          pillarWeight: PILLAR_WEIGHT,
          supportingTotal: SUPPORTING_WEIGHT * SUPPORTING_KEYS.length,
          supportingWeight: SUPPORTING_WEIGHT,
        })}
      </p>
      <p className="mt-1">{o("score.rounding")}</p>
      <p className="mt-1">{o("score.openOnly")}</p>
      <h3 id="rules" className="mt-6 text-xl font-semibold">{t("sections.rules")}</h3>
      <ol className="mt-2 list-decimal space-y-1 pl-6" data-testid="derived-rules">
        {DERIVED_RULES.map((rule) => (
          <li key={rule}>{o(`rules.${rule}`)}</li>
        ))}
      </ol>
    </>
  );
}
