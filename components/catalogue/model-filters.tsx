import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { getPathname } from "@/lib/i18n/paths";
import { Link } from "@/lib/i18n/server-link";
import { GRADES, MODALITIES, ORGANISATION_TYPES, EU_OFFICIAL_LANGUAGES, EUROPEAN_LANGUAGES, PILLAR_KEYS } from "@/lib/openness";
import { MODEL_SORTS, type ModelQuery } from "@/lib/validation/catalogue";
import { modelsQueryString } from "@/lib/validation/catalogue-url";
import type { FilterOptions } from "@/lib/catalogue/search";
import { countryName, languageName } from "@/lib/i18n/display-names";
import { QueryForm } from "./query-form";
import { taskLabel } from "./filter-chips";

const EU_SET: ReadonlySet<string> = new Set(EU_OFFICIAL_LANGUAGES);

function Group({ legend, open, children }: { legend: string; open: boolean; children: ReactNode }) {
  return (
    <details open={open} className="border-b border-slate-200 py-2">
      <summary className="cursor-pointer py-1 font-semibold text-atlas-900">{legend}</summary>
      <fieldset className="mt-2">
        <legend className="sr-only">{legend}</legend>
        {children}
      </fieldset>
    </details>
  );
}

// One element per choice, styled by one class (app/globals.css): the filters' few hundred choices
// were a third of /models's HTML and of its RSC payload (issue 22). The id is kept: QueryForm
// puts the focus back on it after an update.
function Check({ name, value, checked, id, children }: { name: string; value: string; checked: boolean; id: string; children: ReactNode }) {
  return (
    <label className="filter-check">
      <input type="checkbox" id={id} name={name} value={value} defaultChecked={checked} />
      <span>{children}</span>
    </label>
  );
}

/** The /models filter form: every filter of the URL contract, a plain GET form enhanced by QueryForm. */
export async function ModelFilters({ query, options }: { query: ModelQuery; options: FilterOptions }) {
  const t = await getTranslations("catalogue");
  const tOpenness = await getTranslations("openness");
  const locale = await getLocale();
  const action = getPathname({ href: "/models", locale });
  const has = (list: readonly string[] | undefined, value: string) => list?.includes(value) ?? false;
  const otherLanguages = (query.lang ?? []).filter((code) => !EU_SET.has(code));
  const euLanguages = [...EU_OFFICIAL_LANGUAGES].sort((a, b) => languageName(a, locale).localeCompare(languageName(b, locale), locale));
  const countries = [...new Set([...options.countries, ...(query.country ?? [])])].sort((a, b) =>
    countryName(a, locale).localeCompare(countryName(b, locale), locale),
  );
  const licences = [...options.licences];
  for (const id of query.licence ?? []) if (!licences.some((licence) => licence.id === id)) licences.push({ id, name: id });
  const tasks = [...new Set([...options.tasks, ...(query.task ?? [])])];
  const input = "w-full rounded border border-slate-400 px-2 py-1";

  return (
    <QueryForm
      key={modelsQueryString(query)}
      kind="models"
      action={action}
      id="model-filters"
      aria-labelledby="filters-title"
      updatingLabel={t("models.updating")}
      className="text-sm"
    >
      <div className="space-y-3 border-b border-slate-200 pb-3">
        <div>
          <label htmlFor="filter-q" className="block font-semibold text-atlas-900">{t("filters.search")}</label>
          <input id="filter-q" name="q" type="search" defaultValue={query.q ?? ""} maxLength={200} className={input} aria-describedby="filter-q-help" />
          <p id="filter-q-help" className="mt-1 text-xs text-slate-600">{t("filters.searchHelp")}</p>
        </div>
        <div>
          <label htmlFor="filter-sort" className="block font-semibold text-atlas-900">{t("filters.sort")}</label>
          <select id="filter-sort" name="sort" defaultValue={query.sort} className={input}>
            {MODEL_SORTS.map((sort) => (
              <option key={sort} value={sort}>{t(`filters.sorts.${sort}`)}</option>
            ))}
          </select>
        </div>
        {(query.org ?? []).map((slug) => (
          <input key={slug} type="hidden" name="org" value={slug} />
        ))}
        {query.view && query.view !== "list" && <input type="hidden" name="view" value={query.view} />}
      </div>

      <Group legend={t("filters.grade")} open>
        {GRADES.map((grade) => (
          <Check key={grade} id={`filter-grade-${grade}`} name="grade" value={grade} checked={has(query.grade, grade)}>
            <span className="font-bold">{grade}</span> · {tOpenness(`grades.${grade}.label`)}
          </Check>
        ))}
      </Group>

      <Group legend={t("filters.pillars")} open={PILLAR_KEYS.some((pillar) => query[pillar])}>
        {PILLAR_KEYS.map((pillar) => (
          <div key={pillar} className="py-1">
            <label htmlFor={`filter-${pillar}`} className="block">{tOpenness(`criteria.${pillar}.name`)}</label>
            <select id={`filter-${pillar}`} name={pillar} defaultValue={query[pillar] ?? ""} className={input}>
              <option value="">{t("filters.pillarAny")}</option>
              <option value="open">{t("filters.pillarOpen")}</option>
              <option value="partial">{t("filters.pillarPartial")}</option>
            </select>
          </div>
        ))}
      </Group>

      <Group legend={t("filters.licence")} open={Boolean(query.commercial || query.licence?.length)}>
        <Check id="filter-commercial" name="commercial" value="1" checked={Boolean(query.commercial)}>
          {t("filters.commercial")}
        </Check>
        <p className="mt-2 font-medium">{t("filters.licences")}</p>
        <div className="max-h-56 overflow-y-auto pr-1">
          {licences.map((licence) => (
            <Check key={licence.id} id={`filter-licence-${licence.id}`} name="licence" value={licence.id} checked={has(query.licence, licence.id)}>
              {licence.name}
            </Check>
          ))}
        </div>
      </Group>

      <Group legend={t("filters.organisation")} open={Boolean(query.sme || query.orgType?.length || query.country?.length)}>
        <Check id="filter-sme" name="sme" value="1" checked={Boolean(query.sme)}>
          {t("filters.sme")}
        </Check>
        <p className="mt-2 font-medium">{t("filters.orgType")}</p>
        {ORGANISATION_TYPES.map((type) => (
          <Check key={type} id={`filter-orgType-${type}`} name="orgType" value={type} checked={has(query.orgType, type)}>
            {t(`orgType.${type}`)}
          </Check>
        ))}
        <p className="mt-2 font-medium">{t("filters.country")}</p>
        <div className="max-h-56 overflow-y-auto pr-1">
          {countries.map((code) => (
            <Check key={code} id={`filter-country-${code}`} name="country" value={code} checked={has(query.country, code)}>
              {countryName(code, locale)}
            </Check>
          ))}
        </div>
      </Group>

      <Group legend={t("filters.model")} open={Boolean(query.modality?.length || query.task?.length)}>
        <p className="font-medium">{t("filters.modality")}</p>
        {MODALITIES.map((modality) => (
          <Check key={modality} id={`filter-modality-${modality}`} name="modality" value={modality} checked={has(query.modality, modality)}>
            {t(`modality.${modality}`)}
          </Check>
        ))}
        <p className="mt-2 font-medium">{t("filters.task")}</p>
        <div className="max-h-56 overflow-y-auto pr-1">
          {tasks.map((task) => (
            <Check key={task} id={`filter-task-${task}`} name="task" value={task} checked={has(query.task, task)}>
              {taskLabel(t, task)}
            </Check>
          ))}
        </div>
      </Group>

      <Group legend={t("filters.lang")} open={Boolean(query.lang?.length)}>
        <p className="text-xs text-slate-600">{t("filters.langHelp")}</p>
        <p className="mt-2 font-medium">{t("filters.langEu")}</p>
        <div className="max-h-56 overflow-y-auto pr-1">
          {euLanguages.map((code) => (
            <Check key={code} id={`filter-lang-${code}`} name="lang" value={code} checked={has(query.lang, code)}>
              <span lang={code}>{languageName(code, locale)}</span> <span className="text-slate-600">({code})</span>
            </Check>
          ))}
        </div>
        <label htmlFor="filter-lang-other" className="mt-2 block font-medium">{t("filters.langOther")}</label>
        <input
          id="filter-lang-other"
          name="lang"
          type="text"
          list="european-languages"
          defaultValue={otherLanguages.join(", ")}
          className={input}
          aria-describedby="filter-lang-other-help"
          autoComplete="off"
        />
        <p id="filter-lang-other-help" className="mt-1 text-xs text-slate-600">{t("filters.langOtherHelp")}</p>
        <datalist id="european-languages">
          {EUROPEAN_LANGUAGES.map(({ code }) => (
            <option key={code} value={code}>{languageName(code, locale)}</option>
          ))}
        </datalist>
      </Group>

      <Group legend={t("filters.size")} open={[query.paramsMin, query.paramsMax, query.yearMin, query.yearMax].some((v) => v !== undefined)}>
        <div className="grid grid-cols-2 gap-2">
          {(["paramsMin", "paramsMax", "yearMin", "yearMax"] as const).map((field) => (
            <div key={field}>
              <label htmlFor={`filter-${field}`} className="block text-xs">{t(`filters.${field}`)}</label>
              <input
                id={`filter-${field}`}
                name={field}
                type="number"
                inputMode="decimal"
                min={field.startsWith("year") ? 1900 : 0}
                max={field.startsWith("year") ? 2100 : undefined}
                step={field.startsWith("year") ? 1 : "any"}
                defaultValue={query[field] ?? ""}
                className={input}
              />
            </div>
          ))}
        </div>
      </Group>

      <div className="flex flex-wrap items-center gap-3 pt-3">
        <button type="submit" className="rounded bg-atlas-700 px-4 py-2 font-semibold text-white hover:bg-atlas-900 max-md:hidden">
          {t("filters.apply")}
        </button>
        <Link href={`/models${modelsQueryString({ view: query.view })}`} className="text-atlas-700 underline">{t("filters.clearAll")}</Link>
      </div>
      <p className="mt-2 text-xs text-slate-600">{t("filters.applyHelp")}</p>
    </QueryForm>
  );
}
