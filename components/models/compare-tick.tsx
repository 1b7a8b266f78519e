import { getTranslations } from "next-intl/server";

/** A model's "compare" tick box, belonging to the page's compare form (HTML's form attribute). */
export async function CompareTick({ form, slug, name, className }: { form: string; slug: string; name: string; className: string }) {
  const t = await getTranslations("catalogue.models.compare");
  return (
    <input type="checkbox" form={form} name="models" value={slug} id={`compare-${slug}`} aria-label={t("select", { name })} className={`h-4 w-4 shrink-0 ${className}`} />
  );
}
