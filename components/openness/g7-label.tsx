import { getTranslations } from "next-intl/server";
import { getOpennessText } from "@/lib/i18n/openness-text";
import { Link } from "@/lib/i18n/server-link";
import { explainReason, type G7Label, type G7Result } from "@/lib/openness";

/**
 * The G7 label a model earns, beside its grade and never instead of it: the official name, "at
 * least" when an unassessed fact could earn a higher one. A bordered chip with the words, not a
 * colour: the grade badge keeps the colours.
 */
export async function G7LabelChip({ label, complete }: { label: G7Label; complete: boolean }) {
  const t = await getTranslations("openness.g7");
  const name = t(`labels.${label}.name`);
  return (
    <span className="inline-flex items-center gap-1 rounded border border-slate-500 px-2 py-0.5 text-sm text-slate-900" data-testid="g7-label">
      <span className="font-semibold">{t("short")}:</span>
      <span>{complete || label === "none" || label === "not_determinable" ? name : t("atLeast", { label: name })}</span>
    </span>
  );
}

/** The label with why: what holds the model below the next label up, and what is missing. */
export async function G7Explanation({ g7 }: { g7: G7Result }) {
  const t = await getTranslations("openness.g7");
  const text = await getOpennessText();
  return (
    <section aria-labelledby="g7-title" className="rounded border border-slate-300 p-4" data-testid="g7-explanation">
      <h2 id="g7-title" className="text-xl font-semibold">{t("title")}</h2>
      <p className="mt-2">
        <G7LabelChip label={g7.label} complete={g7.complete} />
      </p>
      <p className="mt-2 text-sm text-slate-700">{t(`labels.${g7.label}.rule`)}</p>
      {g7.reasons.length > 0 && (
        <>
          <h3 className="mt-3 font-medium">{t("why")}</h3>
          <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
            {g7.reasons.map((reason, index) => (
              <li key={`${reason.code}-${reason.criterion ?? index}`}>{explainReason(reason, text)}</li>
            ))}
          </ul>
        </>
      )}
      <p className="mt-3 text-sm">
        <Link href="/methodology#g7" className="text-atlas-700 underline">{t("mapping")}</Link>
      </p>
    </section>
  );
}
