import { getTranslations } from "next-intl/server";
import type { FieldErrors } from "@/lib/validation/catalogue";

/** Which parameters of the address were dropped, and what each accepts; nothing when all were fine. */
export async function QueryErrors({ errors }: { errors: FieldErrors }) {
  const fields = Object.keys(errors);
  if (fields.length === 0) return null;
  const t = await getTranslations("catalogue");
  return (
    <div role="alert" className="mb-4 rounded border border-amber-400 bg-amber-50 p-3 text-sm" data-testid="query-errors">
      <p className="font-semibold">{t("models.badParams.title")}</p>
      <ul className="ml-5 list-disc">
        {fields.map((field) => (
          <li key={field}>
            {t("models.badParams.field", {
              field: t.has(`filters.fieldNames.${field}`) ? t(`filters.fieldNames.${field}`) : field,
              message: t.has(`filters.errors.${field}`) ? t(`filters.errors.${field}`) : (errors[field] ?? []).join(" "),
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}
