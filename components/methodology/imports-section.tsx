import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { OSAI_ATTRIBUTION, OSAI_LIMITS, OSAI_MAPPING, OSAI_OTHER_DIMENSIONS } from "@/lib/imports/osai/mapping";
import { HUB_LIMITS } from "@/lib/huggingface/hub";

const HUB_POINTS = ["fills", "never", "licences", "check"] as const;

/**
 * Where entries may start from other sources: the Hugging Face pre-fill (facts, never answers), and
 * the European Open Source AI Index, whose dimensions map onto our criteria as OSAI_MAPPING says.
 */
export async function ImportsSection() {
  const t = await getTranslations("methodology.imports");
  const o = await getTranslations("openness");
  return (
    <div data-testid="imports-section">
      <p className="mt-2">{t("intro")}</p>

      <h3 className="mt-4 text-lg font-semibold">{t("hub.title")}</h3>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {HUB_POINTS.map((key) => <li key={key}>{t(`hub.${key}`, { seconds: HUB_LIMITS.timeoutMs / 1000 })}</li>)}
      </ul>

      <h3 id="osai" className="mt-4 scroll-mt-4 text-lg font-semibold">{t("osai.title")}</h3>
      <p className="mt-2">{t("osai.intro")}</p>
      <div className="mt-2">
        <DataTable testId="osai-mapping" caption={t("osai.caption")} columns={[t("osai.criterion"), t("osai.dimensions"), t("osai.rule")]}>
          {OSAI_MAPPING.map(({ criterion, from, rule }) => (
            <tr key={criterion} className="border-b border-slate-200 align-top">
              <th scope="row" className="py-2 pr-3 font-medium">{o(`criteria.${criterion}.name`)}</th>
              <td className="py-2 pr-3">{from.length ? from.map((d) => t(`osai.dimensionNames.${d}`)).join(", ") : t("osai.noDimension")}</td>
              <td className="py-2 pr-3">{t(`osai.rules.${rule}`)}</td>
            </tr>
          ))}
        </DataTable>
      </div>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {OSAI_OTHER_DIMENSIONS.map(({ dimension, use }) => (
          <li key={dimension}>{t(`osai.other.${use}`, { dimension: t(`osai.dimensionNames.${dimension}`) })}</li>
        ))}
      </ul>
      <h4 className="mt-4 font-semibold">{t("osai.limitsTitle")}</h4>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {OSAI_LIMITS.map((key) => <li key={key}>{t(`osai.limits.${key}`)}</li>)}
      </ul>
      <p className="mt-2">
        {t("osai.credit", { licence: OSAI_ATTRIBUTION.licence })}{" "}
        <a href={OSAI_ATTRIBUTION.url} className="text-atlas-700 underline" rel="noopener noreferrer">{OSAI_ATTRIBUTION.url}</a>
      </p>
    </div>
  );
}
