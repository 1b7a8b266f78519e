import { getTranslations } from "next-intl/server";
import { CRITERIA, CRITERION_KINDS, PILLAR_WEIGHT, SUPPORTING_WEIGHT } from "@/lib/openness";

const formatPoints = (n: number, locale: string) => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(n);

/** Every criterion with its weight and what open, partial and closed mean, from lib/openness. */
export async function CriteriaSection({ locale }: { locale: string }) {
  const t = await getTranslations("methodology");
  const o = await getTranslations("openness");
  return (
    <>
      {CRITERION_KINDS.map((kind) => {
        const criteria = CRITERIA.filter((c) => c.kind === kind);
        const weight = kind === "pillar" ? PILLAR_WEIGHT : SUPPORTING_WEIGHT;
        return (
          <div key={kind} className="mt-6">
            <h3 className="text-xl font-semibold">{o(`kinds.${kind}.name`)}</h3>
            <p className="mt-1 text-slate-700">
              {o(`kinds.${kind}.description`, { total: formatPoints(weight * criteria.length, locale), weight: formatPoints(weight, locale) })}
            </p>
            <div className="mt-3 overflow-x-auto">
              <table className="w-full border-collapse text-left text-sm" data-testid={`criteria-${kind}`}>
                <thead>
                  <tr className="border-b-2 border-slate-300">
                    <th scope="col" className="p-2">{t("criteriaTable.criterion")}</th>
                    <th scope="col" className="p-2">{t("criteriaTable.weight")}</th>
                    <th scope="col" className="p-2">{t("criteriaTable.open")}</th>
                    {kind === "pillar" && <th scope="col" className="p-2">{t("criteriaTable.partial")}</th>}
                    {kind === "pillar" && <th scope="col" className="p-2">{t("criteriaTable.closed")}</th>}
                  </tr>
                </thead>
                <tbody>
                  {criteria.map((c) => (
                    <tr key={c.key} id={`criterion-${c.key}`} className="border-b border-slate-200 align-top">
                      <th scope="row" className="p-2">
                        <span className="font-semibold">{o(`${c.messageKey}.name`)}</span>
                        <code className="ml-1 text-xs text-slate-600">{c.key}</code>
                        <p className="font-normal text-slate-700">{o(`${c.messageKey}.description`)}</p>
                      </th>
                      <td className="p-2 tabular-nums">{formatPoints(c.weight, locale)}</td>
                      <td className="p-2">{o(`${c.messageKey}.open`)}</td>
                      {kind === "pillar" && <td className="p-2">{o(`${c.messageKey}.partial`)}</td>}
                      {kind === "pillar" && <td className="p-2">{o(`${c.messageKey}.closed`)}</td>}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        );
      })}
    </>
  );
}
