import "server-only";
// Each active filter of a /models query in words, with the link that removes it: the chips above
// the results, and the "without this filter" suggestions of an empty result.
import { getLocale, getTranslations } from "next-intl/server";
import { activeFilters, type ModelFilterField, type ModelQuery } from "@/lib/validation/catalogue";
import { modelsQueryString } from "@/lib/validation/catalogue-url";
import { countryName, languageName } from "@/lib/i18n/display-names";

export type FilterChip = {
  field: ModelFilterField;
  label: string;
  /** the query without this value (or this filter), page back to 1 */
  without: ModelQuery;
  href: string;
};

type Names = { licences: ReadonlyMap<string, string>; organisations: ReadonlyMap<string, string> };

export async function filterChips(query: ModelQuery, names: Names): Promise<FilterChip[]> {
  const locale = await getLocale();
  const t = await getTranslations("catalogue");
  const tOpenness = await getTranslations("openness");
  const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const chips: FilterChip[] = [];

  const push = (field: ModelFilterField, label: string, without: ModelQuery) =>
    chips.push({ field, label, without, href: `/models${modelsQueryString({ ...without, page: 1 })}` });

  for (const field of activeFilters(query)) {
    const value = query[field];
    if (Array.isArray(value)) {
      for (const item of value as string[]) {
        const rest = (value as string[]).filter((other) => other !== item);
        push(field, listLabel(field, item), { ...query, [field]: rest.length ? rest : undefined, page: 1 });
      }
      continue;
    }
    const without = { ...query, [field]: undefined, page: 1 };
    switch (field) {
      case "q":
        push(field, t("filters.chips.q", { value: String(value) }), without);
        break;
      case "use":
      case "methods":
      case "data":
      case "retrain":
        push(
          field,
          t("filters.chips.use", {
            criterion: tOpenness(`criteria.${field}.name`),
            value: t(value === "open" ? "filters.pillarOpen" : "filters.pillarPartial"),
          }),
          without,
        );
        break;
      case "commercial":
      case "sme":
        push(field, t(`filters.chips.${field}`), without);
        break;
      case "paramsMin":
      case "paramsMax":
      case "yearMin":
      case "yearMax":
        push(field, t(`filters.chips.${field}`, { value: field.startsWith("year") ? String(value) : numbers.format(Number(value)) }), without);
        break;
    }
  }
  return chips;

  function listLabel(field: ModelFilterField, item: string): string {
    switch (field) {
      case "grade":
        return t("filters.chips.grade", { value: `${item} · ${tOpenness(`grades.${item}.label`)}` });
      case "licence":
        return names.licences.get(item) ?? item;
      case "org":
        return names.organisations.get(item) ?? item;
      case "orgType":
        return t(`orgType.${item}`);
      case "country":
        return countryName(item, locale);
      case "modality":
        return t(`modality.${item}`);
      case "task":
        return taskLabel(t, item);
      case "lang":
        return languageName(item, locale);
      default:
        return item;
    }
  }
}

/** A Hugging Face task id in words where the messages have it, else the id itself. */
export function taskLabel(t: Awaited<ReturnType<typeof getTranslations<"catalogue">>>, task: string): string {
  return t.has(`tasks.${task}`) ? t(`tasks.${task}`) : task;
}
