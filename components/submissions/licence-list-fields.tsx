"use client";
// Every licence of one component (methodology version 2, rule 1): a list with "add" and "remove",
// each a known licence or a new one with its flags and thresholds. A licence typed as new that is a
// known one (same SPDX id, address or name) is said to be the known one at once, as the server
// will treat it (rule 4).
import { useTranslations } from "next-intl";
import { identifyLicence, LICENCE_KINDS, type Licence } from "@/lib/openness";
import type { FieldErrors } from "@/lib/errors";
import { emptyLicence, LICENCE_FLAGS, type LicenceState } from "@/lib/submissions/form-state";
import { MAX_LICENCES_PER_COMPONENT, type LicenceComponent } from "@/lib/validation/submissions";
import { ErrorText, errorAt, fieldId, Select, TextArea, TextInput } from "@/components/forms/fields";

export function LicenceListFields({
  component,
  list,
  onChange,
  licences,
  errors,
}: {
  component: LicenceComponent;
  list: LicenceState[];
  onChange: (list: LicenceState[]) => void;
  licences: Licence[];
  errors: FieldErrors;
}) {
  const t = useTranslations("submit");
  const path = `licences.${component}`;
  const id = fieldId(path);
  const listError = errors[path];
  const update = (index: number, patch: Partial<LicenceState>) => onChange(list.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  return (
    <fieldset className="mt-4 rounded border border-slate-300 p-4" aria-describedby={`${id}-hint${listError ? ` ${id}-error` : ""}`} data-testid={`licences-${component}`}>
      <legend className="px-1 font-semibold">{t(`licences.${component}.legend`)}</legend>
      <p id={`${id}-hint`} className="text-sm text-slate-700">{t(`licences.${component}.hint`)}</p>
      <ErrorText id={`${id}-error`} error={listError} />
      {list.length === 0 && <p className="mt-2 text-sm text-slate-700">{t("licences.none")}</p>}
      <ol className="mt-2 space-y-3">
        {list.map((item, index) => (
          <li key={index} className="rounded border border-slate-200 p-3">
            <LicenceRow
              path={`${path}.${index}`}
              position={index + 1}
              state={item}
              onChange={(patch) => update(index, patch)}
              onRemove={() => onChange(list.filter((_, i) => i !== index))}
              licences={licences}
              errors={errors}
            />
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="mt-3 rounded border border-atlas-700 px-3 py-1 text-atlas-700 disabled:opacity-60"
        disabled={list.length >= MAX_LICENCES_PER_COMPONENT}
        onClick={() => onChange([...list, emptyLicence()])}
      >
        {t("licences.add", { component: t(`components.${component}`) })}
      </button>
    </fieldset>
  );
}

function LicenceRow({
  path,
  position,
  state,
  onChange,
  onRemove,
  licences,
  errors,
}: {
  path: string;
  position: number;
  state: LicenceState;
  onChange: (patch: Partial<LicenceState>) => void;
  onRemove: () => void;
  licences: Licence[];
  errors: FieldErrors;
}) {
  const t = useTranslations("submit");
  const setNew = (patch: Partial<LicenceState["licence"]>) => onChange({ licence: { ...state.licence, ...patch } });
  const match = state.mode === "new" ? identifyLicence(state.licence, licences) : null;
  const value = state.mode === "existing" ? state.id : "__new";
  const error = errorAt(errors, `${path}.licence`) && !errorAt(errors, `${path}.licence.id`) ? errorAt(errors, `${path}.licence`) : undefined;
  return (
    <>
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-0 grow">
          <Select
            path={`${path}.id`}
            label={t("licences.choice", { position })}
            value={value}
            onChange={(v) => onChange(v === "__new" ? { mode: "new" } : { mode: "existing", id: v })}
            errors={errors}
            placeholder={t("choose")}
            options={[...licences.map((l) => ({ value: l.id, label: `${l.name} (${l.id})` })), { value: "__new", label: t("fields.licenceNew") }]}
          />
        </div>
        <button type="button" onClick={onRemove} className="mb-1 rounded border border-slate-400 px-3 py-1 text-sm">
          {t("licences.remove", { position })}
        </button>
      </div>
      <ErrorText id={`${fieldId(path)}-error`} error={error} />
      {state.mode === "new" && (
        <fieldset className="mt-2 rounded border border-slate-200 p-3">
          <legend className="px-1 font-medium">{t("licences.newLegend", { position })}</legend>
          {match ? (
            <p role="status" className="rounded border border-atlas-700 bg-atlas-50 p-2 text-sm" data-testid="licence-match">
              {t(`licences.match.${match.by}`, { name: match.licence.name, id: match.licence.id })}
            </p>
          ) : (
            <p className="text-sm text-slate-700">{t("fields.licenceUnreviewed")}</p>
          )}
          <TextInput path={`${path}.licence.id`} label={t("fields.licenceId")} hint={t("fields.licenceIdHint")} required value={state.licence.id} onChange={(id) => setNew({ id })} errors={errors} maxLength={64} />
          <TextInput path={`${path}.licence.name`} label={t("fields.licenceName")} required value={state.licence.name} onChange={(name) => setNew({ name })} errors={errors} maxLength={120} />
          <TextInput path={`${path}.licence.url`} label={t("fields.licenceUrl")} hint={t("fields.urlHint")} required type="url" value={state.licence.url} onChange={(url) => setNew({ url })} errors={errors} maxLength={2000} />
          <Select path={`${path}.licence.kind`} label={t("fields.licenceKind")} value={state.licence.kind} onChange={(kind) => setNew({ kind })} errors={errors} options={LICENCE_KINDS.map((k) => ({ value: k, label: t(`licenceKinds.${k}`) }))} />
          <fieldset className="mt-4">
            <legend className="font-medium">{t("fields.licenceFlags")}</legend>
            {LICENCE_FLAGS.map((flag) => (
              <label key={flag} className="flex items-center gap-2 py-0.5">
                <input type="checkbox" checked={state.licence[flag]} onChange={(e) => setNew({ [flag]: e.target.checked })} />
                {t(`flags.${flag}`)}
              </label>
            ))}
          </fieldset>
          <TextInput path={`${path}.licence.userCap`} label={t("fields.userCap")} hint={t("fields.userCapHint")} inputMode="numeric" value={state.licence.userCap} onChange={(userCap) => setNew({ userCap })} errors={errors} maxLength={20} />
          <div className="flex flex-wrap gap-3">
            <TextInput path={`${path}.licence.revenueCap`} label={t("fields.revenueCap")} hint={t("fields.revenueCapHint")} inputMode="decimal" value={state.licence.revenueCap} onChange={(revenueCap) => setNew({ revenueCap })} errors={errors} maxLength={20} />
            <TextInput path={`${path}.licence.revenueCapCurrency`} label={t("fields.revenueCapCurrency")} hint={t("fields.revenueCapCurrencyHint")} value={state.licence.revenueCapCurrency} onChange={(revenueCapCurrency) => setNew({ revenueCapCurrency })} errors={errors} maxLength={3} />
          </div>
          <TextArea path={`${path}.licence.note`} label={t("fields.licenceNote")} rows={2} value={state.licence.note} onChange={(note) => setNew({ note })} errors={errors} maxLength={1000} />
        </fieldset>
      )}
    </>
  );
}
