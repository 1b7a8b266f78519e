"use client";

import { useLocale, useTranslations } from "next-intl";
import { EUROPEAN_COUNTRIES } from "@/lib/openness/europe";
import { ORGANISATION_TYPES } from "@/lib/openness/types";
import type { FieldErrors } from "@/lib/errors";
import type { OrganisationState } from "@/lib/submissions/form-state";
import { Select, TextArea, TextInput } from "@/components/forms/fields";

export function useCountryOptions() {
  const locale = useLocale();
  const t = useTranslations("submit.countries");
  const names = new Intl.DisplayNames([locale], { type: "region" });
  return EUROPEAN_COUNTRIES.map(({ code }) => ({ value: code, label: code === "EU" ? t("EU") : `${names.of(code) ?? code} (${code})` })).sort((a, b) =>
    a.label.localeCompare(b.label, locale),
  );
}

export function OrganisationFields({
  state,
  onChange,
  errors,
  prefix = "",
  withSlug,
}: {
  state: OrganisationState;
  onChange: (patch: Partial<OrganisationState>) => void;
  errors: FieldErrors;
  prefix?: string;
  withSlug: boolean;
}) {
  const t = useTranslations("submit");
  const countries = useCountryOptions();
  const p = (name: string) => `${prefix}${name}`;
  return (
    <>
      <TextInput path={p("name")} label={t("fields.name")} required value={state.name} onChange={(name) => onChange({ name })} errors={errors} maxLength={120} />
      {withSlug && (
        <TextInput path={p("slug")} label={t("fields.slug")} hint={t("fields.slugHint")} value={state.slug} onChange={(slug) => onChange({ slug })} errors={errors} maxLength={80} />
      )}
      <Select
        path={p("type")}
        label={t("fields.type")}
        required
        value={state.type}
        onChange={(type) => onChange({ type })}
        errors={errors}
        placeholder={t("choose")}
        options={ORGANISATION_TYPES.map((value) => ({ value, label: t(`organisationTypes.${value}`) }))}
      />
      <Select path={p("country")} label={t("fields.country")} hint={t("fields.countryHint")} required value={state.country} onChange={(country) => onChange({ country })} errors={errors} placeholder={t("choose")} options={countries} />
      <TextArea path={p("countryNote")} label={t("fields.countryNote")} rows={2} value={state.countryNote} onChange={(countryNote) => onChange({ countryNote })} errors={errors} maxLength={500} />
      <Select
        path={p("isSme")}
        label={t("fields.isSme")}
        value={state.isSme}
        onChange={(isSme) => onChange({ isSme })}
        errors={errors}
        options={(["unknown", "yes", "no"] as const).map((value) => ({ value, label: t(`sme.${value}`) }))}
      />
      <TextInput path={p("website")} label={t("fields.website")} hint={t("fields.urlHint")} type="url" inputMode="url" value={state.website} onChange={(website) => onChange({ website })} errors={errors} maxLength={2000} />
      <TextInput path={p("foundedYear")} label={t("fields.foundedYear")} inputMode="numeric" value={state.foundedYear} onChange={(foundedYear) => onChange({ foundedYear })} errors={errors} maxLength={4} />
      <TextArea path={p("description")} label={t("fields.description")} required value={state.description} onChange={(description) => onChange({ description })} errors={errors} maxLength={2000} />
      <TextArea path={p("sources")} label={t("fields.sources")} hint={t("fields.sourcesHint")} required rows={3} value={state.sources} onChange={(sources) => onChange({ sources })} errors={errors} />
    </>
  );
}
