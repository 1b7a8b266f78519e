import { getTranslations } from "next-intl/server";
import { G7_LADDER } from "@/lib/openness";

/** The G7's four labels, how we derive them from our criteria, and what the text leaves open. */
export async function G7Section() {
  const t = await getTranslations("openness.g7");
  const DECISIONS = ["ladder", "deploymentCode", "openSourceLicence", "exception", "freeOfCharge"] as const;
  return (
    <div data-testid="g7-section">
      <p className="mt-2">{t("intro")}</p>
      <p className="mt-2">
        <a href="https://g7.utoronto.ca/ict/260529-vision.html" className="text-atlas-700 underline" rel="noopener noreferrer">{t("sourceLink")}</a>
      </p>
      <p className="mt-2 text-sm text-slate-700">{t("translation")}</p>
      <h3 className="mt-4 text-lg font-semibold">{t("mapping")}</h3>
      <dl className="mt-2 space-y-2">
        {[...G7_LADDER, "none", "not_determinable"].map((label) => (
          <div key={label}>
            <dt className="font-semibold">{t(`labels.${label}.name`)}</dt>
            <dd className="ml-4">{t(`labels.${label}.rule`)}</dd>
          </div>
        ))}
      </dl>
      <h3 className="mt-4 text-lg font-semibold">{t("decisions.title")}</h3>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {DECISIONS.map((key) => <li key={key}>{t(`decisions.${key}`)}</li>)}
      </ul>
    </div>
  );
}
