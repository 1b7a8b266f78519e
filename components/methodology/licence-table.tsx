import { getFormatter, getTranslations } from "next-intl/server";
import { LICENCES, type LicenceFlags } from "@/lib/openness";

const FLAGS: (keyof LicenceFlags)[] = ["osiApproved", "openData", "restrictsUse", "nonCommercial", "nonProduction", "noDerivatives", "shareAlike", "attribution"];

/** The licence knowledge base with the flags the scorer reads. */
export async function LicenceTable() {
  const t = await getTranslations("methodology");
  const format = await getFormatter();
  return (
    <>
      <p className="mt-2">{t("licencesIntro", { count: LICENCES.length })}</p>
      <div className="mt-3 max-h-[36rem] overflow-auto" tabIndex={0} role="region" aria-label={t("sections.licences")}>
        <table className="w-full border-collapse text-left text-sm" data-testid="licence-table">
          <thead className="sticky top-0 bg-white">
            <tr className="border-b-2 border-slate-300">
              <th scope="col" className="p-2">{t("licenceTable.licence")}</th>
              <th scope="col" className="p-2">{t("licenceTable.kind")}</th>
              {FLAGS.map((flag) => (
                <th key={flag} scope="col" className="p-2">{t(`licenceTable.${flag}`)}</th>
              ))}
              <th scope="col" className="p-2">{t("licenceTable.source")}</th>
            </tr>
          </thead>
          <tbody>
            {LICENCES.map((licence) => (
              <tr key={licence.id} className="border-b border-slate-200 align-top">
                <th scope="row" className="p-2 font-normal">
                  <a href={licence.url} className="text-atlas-700 underline" rel="noopener noreferrer">{licence.name}</a>
                  <br />
                  <code className="text-xs text-slate-600">{licence.id}</code>
                  {licence.userCap != null && <p className="text-xs font-semibold">{t("licenceTable.userCap", { users: format.number(licence.userCap) })}</p>}
                  {licence.revenueCap != null && (
                    <p className="text-xs font-semibold">{t("licenceTable.revenueCap", { revenue: format.number(licence.revenueCap, { style: "currency", currency: licence.revenueCapCurrency ?? "USD", maximumFractionDigits: 0 }) })}</p>
                  )}
                  {licence.note && <p className="text-xs text-slate-700">{licence.note}</p>}
                </th>
                <td className="p-2">{t(`licenceKinds.${licence.kind}`)}</td>
                {FLAGS.map((flag) => (
                  <td key={flag} className="p-2" data-flag={flag}>
                    {licence[flag] ? <strong>{t("licenceTable.yes")}</strong> : <span className="text-slate-600">{t("licenceTable.no")}</span>}
                  </td>
                ))}
                <td className="p-2">
                  <a href={licence.sourceUrl} className="text-atlas-700 underline" rel="noopener noreferrer">{t("licenceTable.source")}</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
