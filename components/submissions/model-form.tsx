"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { ANSWER_GRADES, CRITERIA, DATA_EXCEPTION_REASONS, MODALITIES, type BaseModelFacts, type BaseRelation, type CriterionKey, type DataException, type Licence } from "@/lib/openness";
import type { FieldErrors } from "@/lib/errors";
import { LICENCE_COMPONENTS, type LicenceComponent } from "@/lib/validation/submissions";
import { dataExceptionPayload, licencesPayload, modelPayload, modelState, type AnswerState, type DataExceptionState, type LicenceState, type ModelState, type OrganisationState, type PendingOrganisationChoice } from "@/lib/submissions/form-state";
import { previewAssessment } from "@/lib/submissions/preview";
import type { ModelSnapshot } from "@/lib/submissions/snapshots";
import { ErrorText, errorAt, fieldId, Select, TextArea, TextInput } from "@/components/forms/fields";
import { OrganisationFields } from "./organisation-fields";
import { GradePreview } from "./grade-preview";
import { LicenceListFields } from "./licence-list-fields";
import { BaseModelFields, useBaseModel } from "./base-model-fields";
import { SubmissionShell, type ExistingSubmission } from "./submission-shell";
import { HubPrefill } from "./hub-prefill";
import { prefillModelState } from "@/lib/submissions/prefill-state";

export type OrganisationChoice = { slug: string; name: string; country: string };

export function ModelForm({
  initial,
  target,
  existing,
  initialComment,
  organisations,
  pendingOrganisations = [],
  licences,
}: {
  initial?: Partial<ModelSnapshot> | Record<string, unknown> | null;
  target?: string;
  existing?: ExistingSubmission & { kind: "new_model" | "edit_model" };
  initialComment?: string;
  organisations: OrganisationChoice[];
  pendingOrganisations?: PendingOrganisationChoice[];
  licences: Licence[];
}) {
  const t = useTranslations("submit");
  const [state, setState] = useState<ModelState>(() => modelState(initial));
  const kind = existing?.kind ?? (target ? "edit_model" : "new_model");
  const withSlug = kind === "new_model";
  const set = (patch: Partial<ModelState>) => setState((s) => ({ ...s, ...patch }));
  const setAnswer = (key: CriterionKey, patch: Partial<AnswerState>) =>
    setState((s) => ({ ...s, answers: { ...s.answers, [key]: { ...s.answers[key], ...patch } } }));
  const setLicences = (component: LicenceComponent, list: LicenceState[]) => setState((s) => ({ ...s, licences: { ...s.licences, [component]: list } }));
  const baseLookup = useBaseModel(state.baseModel);
  // the pre-fill's answer arrives later: it fills the form as it is then, not as it was when asked
  const current = useRef(state);
  useEffect(() => {
    current.current = state;
  });

  // every input that changes the result changes this: answers, licences, base model, data exception
  const assessment = useMemo(() => {
    const base: BaseModelFacts | null =
      state.baseModel.mode === "outside" && state.baseModel.name.trim()
        ? { inCatalogue: false, name: state.baseModel.name.trim(), url: state.baseModel.url || null, relation: state.baseModel.relation as BaseRelation }
        : baseLookup.status === "found" && state.baseModel.mode === "catalogue"
          ? baseLookup.facts
          : null;
    return previewAssessment(
      state.answers,
      { weights: licencesPayload(state.licences.weights), code: licencesPayload(state.licences.code), data: licencesPayload(state.licences.data) },
      licences,
      base,
      dataExceptionPayload(state.dataException) as DataException | null,
    );
  }, [state.answers, state.licences, state.baseModel, state.dataException, baseLookup, licences]);
  const answered = Object.values(state.answers).some((answer) => answer.grade !== "unknown");

  return (
    <SubmissionShell wide kind={kind} target={target} existing={existing} initialComment={initialComment} buildPayload={() => modelPayload(state, withSlug)}>
      {(errors) => (
        <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_18rem] lg:items-start lg:gap-8">
        <div className="space-y-10">
          <HubPrefill
            target={target}
            onPrefill={(payload) => {
              const prefilled = prefillModelState(current.current, payload);
              setState((current.current = prefilled.state));
              return prefilled.filled;
            }}
          />
          <section aria-labelledby="model-title">
            <h2 id="model-title" className="text-xl font-semibold">{t("sections.model")}</h2>
            <TextInput path="name" label={t("fields.name")} required value={state.name} onChange={(name) => set({ name })} errors={errors} maxLength={120} />
            {withSlug && <TextInput path="slug" label={t("fields.slug")} hint={t("fields.slugHint")} value={state.slug} onChange={(slug) => set({ slug })} errors={errors} maxLength={80} />}
            <TextInput path="version" label={t("fields.version")} value={state.version} onChange={(version) => set({ version })} errors={errors} maxLength={40} />
            <Select
              path="modality"
              label={t("fields.modality")}
              required
              value={state.modality}
              onChange={(modality) => set({ modality })}
              errors={errors}
              placeholder={t("choose")}
              options={MODALITIES.map((value) => ({ value, label: t(`modalities.${value}`) }))}
            />
            <TextInput path="releaseYear" label={t("fields.releaseYear")} inputMode="numeric" value={state.releaseYear} onChange={(releaseYear) => set({ releaseYear })} errors={errors} maxLength={4} />
            <TextInput path="releaseDate" label={t("fields.releaseDate")} type="date" value={state.releaseDate} onChange={(releaseDate) => set({ releaseDate })} errors={errors} />
            <TextInput path="parameterBillions" label={t("fields.parameterBillions")} inputMode="decimal" value={state.parameterBillions} onChange={(parameterBillions) => set({ parameterBillions })} errors={errors} maxLength={20} />
            <TextInput path="activeParameterBillions" label={t("fields.activeParameterBillions")} inputMode="decimal" value={state.activeParameterBillions} onChange={(activeParameterBillions) => set({ activeParameterBillions })} errors={errors} maxLength={20} />
            <TextInput path="tasks" label={t("fields.tasks")} hint={t("fields.tasksHint")} value={state.tasks} onChange={(tasks) => set({ tasks })} errors={errors} maxLength={1300} />
            <TextInput path="languages" label={t("fields.languages")} hint={t("fields.languagesHint")} value={state.languages} onChange={(languages) => set({ languages })} errors={errors} maxLength={500} />
            <TextArea path="languageShareNote" label={t("fields.languageShareNote")} rows={2} value={state.languageShareNote} onChange={(languageShareNote) => set({ languageShareNote })} errors={errors} maxLength={500} />
            <TextArea path="description" label={t("fields.description")} required rows={5} value={state.description} onChange={(description) => set({ description })} errors={errors} maxLength={4000} />
          </section>

          <section aria-labelledby="links-title">
            <h2 id="links-title" className="text-xl font-semibold">{t("sections.links")}</h2>
            {(["modelCardUrl", "codeUrl", "paperUrl", "dataUrl"] as const).map((field) => (
              <TextInput key={field} path={field} label={t(`fields.${field}`)} hint={t("fields.urlHint")} type="url" inputMode="url" value={state[field]} onChange={(value) => set({ [field]: value })} errors={errors} maxLength={2000} />
            ))}
          </section>

          <OrganisationsSection state={state} set={set} organisations={organisations} pendingOrganisations={pendingOrganisations} errors={errors} />

          <section aria-labelledby="licences-title">
            <h2 id="licences-title" className="text-xl font-semibold">{t("sections.licences")}</h2>
            <p className="mt-2 max-w-2xl text-slate-700">{t("licences.intro")}</p>
            {LICENCE_COMPONENTS.map((component) => (
              <LicenceListFields key={component} component={component} list={state.licences[component]} onChange={(list) => setLicences(component, list)} licences={licences} errors={errors} />
            ))}
          </section>

          <BaseModelFields state={state.baseModel} onChange={(patch) => set({ baseModel: { ...state.baseModel, ...patch } })} lookup={baseLookup} errors={errors} />

          <section aria-labelledby="family-title">
            <h2 id="family-title" className="text-xl font-semibold">{t("sections.family")}</h2>
            <p className="mt-2 max-w-2xl text-slate-700">{t("family.intro")}</p>
            <TextInput path="family.name" label={t("family.name")} value={state.familyName} onChange={(familyName) => set({ familyName })} errors={errors} maxLength={120} />
            <TextInput path="family.slug" label={t("family.slug")} hint={t("fields.slugHint")} value={state.familySlug} onChange={(familySlug) => set({ familySlug })} errors={errors} maxLength={80} />
          </section>

          <section aria-labelledby="answers-title">
            <h2 id="answers-title" className="text-xl font-semibold">{t("sections.answers")}</h2>
            <p className="mt-2 max-w-2xl text-slate-700">{t("sections.answersIntro")}</p>
            {CRITERIA.map(({ key }) => (
              <AnswerFields key={key} criterion={key} state={state.answers[key]} onChange={(patch) => setAnswer(key, patch)} errors={errors} />
            ))}
            <DataExceptionFields state={state.dataException} onChange={(patch) => set({ dataException: { ...state.dataException, ...patch } })} errors={errors} />
          </section>
        </div>
          <GradePreview assessment={answered ? assessment : null} />
        </div>
      )}
    </SubmissionShell>
  );
}

function OrganisationsSection({
  state,
  set,
  organisations,
  pendingOrganisations,
  errors,
}: {
  state: ModelState;
  set: (patch: Partial<ModelState>) => void;
  organisations: OrganisationChoice[];
  pendingOrganisations: PendingOrganisationChoice[];
  errors: FieldErrors;
}) {
  const t = useTranslations("submit");
  return (
    <section aria-labelledby="organisations-title">
      <h2 id="organisations-title" className="text-xl font-semibold">{t("sections.organisations")}</h2>
      <OrganisationChecklist
        path="organisations.existing"
        legend={t("fields.existingOrganisations")}
        hint={t("fields.existingOrganisationsHint")}
        choices={organisations.map((o) => ({ value: o.slug, name: o.name, country: o.country }))}
        checked={state.existingOrganisations}
        onChange={(existingOrganisations) => set({ existingOrganisations })}
        errors={errors}
        scroll
      />
      {/* the person's own organisations awaiting review: approving the model publishes those it names */}
      {pendingOrganisations.length > 0 && (
        <OrganisationChecklist
          path="organisations.pending"
          legend={t("fields.pendingOrganisations")}
          hint={t("fields.pendingOrganisationsHint")}
          choices={pendingOrganisations.map((o) => ({ value: o.id, name: o.name, country: o.country }))}
          checked={state.pendingOrganisations}
          onChange={(pendingOrganisations) => set({ pendingOrganisations })}
          errors={errors}
        />
      )}
      <label className="mt-4 flex items-center gap-2 font-medium">
        <input type="checkbox" checked={state.addOrganisation} onChange={(e) => set({ addOrganisation: e.target.checked })} />
        {t("fields.addNewOrganisation")}
      </label>
      {state.addOrganisation && (
        <fieldset className="mt-2 rounded border border-slate-300 p-4">
          <legend className="px-1 font-semibold">{t("sections.newOrganisation")}</legend>
          <OrganisationFields
            state={state.newOrganisation}
            onChange={(patch: Partial<OrganisationState>) => set({ newOrganisation: { ...state.newOrganisation, ...patch } })}
            errors={errors}
            prefix="organisations.new."
            withSlug
          />
        </fieldset>
      )}
    </section>
  );
}

/** Organisations to tick, in the order ticked (the main developer first), with the field's error. */
function OrganisationChecklist({
  path,
  legend,
  hint,
  choices,
  checked,
  onChange,
  errors,
  scroll = false,
}: {
  path: string;
  legend: string;
  hint: string;
  choices: { value: string; name: string; country: string }[];
  checked: string[];
  onChange: (checked: string[]) => void;
  errors: FieldErrors;
  scroll?: boolean;
}) {
  const id = fieldId(path);
  const error = errorAt(errors, path);
  return (
    <fieldset className="mt-4" aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}>
      <legend className="font-medium">{legend}</legend>
      <p id={`${id}-hint`} className="text-sm text-slate-600">{hint}</p>
      <ul className={`mt-2 rounded border border-slate-300 p-2${scroll ? " max-h-64 overflow-y-auto" : ""}`}>
        {choices.map((o) => (
          <li key={o.value}>
            <label className="flex items-center gap-2 py-0.5">
              <input
                type="checkbox"
                checked={checked.includes(o.value)}
                onChange={(e) => onChange(e.target.checked ? [...checked, o.value] : checked.filter((v) => v !== o.value))}
              />
              <span>{o.name}</span>
              <span className="text-sm text-slate-600">({o.country})</span>
            </label>
          </li>
        ))}
      </ul>
      <ErrorText id={`${id}-error`} error={error} />
    </fieldset>
  );
}

function DataExceptionFields({ state, onChange, errors }: { state: DataExceptionState; onChange: (patch: Partial<DataExceptionState>) => void; errors: FieldErrors }) {
  const t = useTranslations("submit");
  return (
    <fieldset className="mt-6 rounded border border-slate-300 p-4">
      <legend className="px-1 text-lg font-semibold">{t("dataException.legend")}</legend>
      <p className="text-sm text-slate-700">{t("dataException.intro")}</p>
      <label className="mt-2 flex items-center gap-2 font-medium">
        <input type="checkbox" checked={state.enabled} onChange={(e) => onChange({ enabled: e.target.checked })} />
        {t("dataException.enable")}
      </label>
      {state.enabled && (
        <>
          <Select
            path="dataException.reason"
            label={t("dataException.reason")}
            value={state.reason}
            onChange={(reason) => onChange({ reason })}
            errors={errors}
            options={DATA_EXCEPTION_REASONS.map((reason) => ({ value: reason, label: t(`dataException.reasons.${reason}`) }))}
          />
          <TextInput path="dataException.evidenceUrl" label={t("fields.evidenceUrl")} required type="url" inputMode="url" value={state.evidenceUrl} onChange={(evidenceUrl) => onChange({ evidenceUrl })} errors={errors} maxLength={2000} />
          <TextArea path="dataException.note" label={t("fields.note")} rows={2} value={state.note} onChange={(note) => onChange({ note })} errors={errors} maxLength={1000} />
        </>
      )}
    </fieldset>
  );
}

function AnswerFields({ criterion, state, onChange, errors }: { criterion: CriterionKey; state: AnswerState; onChange: (patch: Partial<AnswerState>) => void; errors: FieldErrors }) {
  const t = useTranslations();
  const p = `answers.${criterion}`;
  const gradeError = errorAt(errors, `${p}.grade`);
  return (
    <fieldset className="mt-6 rounded border border-slate-300 p-4">
      <legend className="px-1 text-lg font-semibold">{t(`openness.criteria.${criterion}.name`)}</legend>
      <p className="text-sm text-slate-700">{t(`openness.criteria.${criterion}.description`)}</p>
      <fieldset className="mt-2">
        <legend className="sr-only">{t("submit.fields.grade")}</legend>
        <div className="flex flex-wrap gap-4">
          {ANSWER_GRADES.map((grade) => (
            <label key={grade} className="flex items-center gap-1">
              <input type="radio" name={`${p}.grade`} value={grade} checked={state.grade === grade} onChange={() => onChange({ grade })} />
              {t(`openness.answers.${grade}.label`)}
            </label>
          ))}
        </div>
        <ErrorText id={`${fieldId(`${p}.grade`)}-error`} error={gradeError} />
      </fieldset>
      {state.grade !== "unknown" && state.grade !== "closed" && (
        <p className="mt-1 text-sm text-slate-600">{t(`openness.criteria.${criterion}.${state.grade as "open" | "partial"}`)}</p>
      )}
      <TextInput path={`${p}.evidenceUrl`} label={t("submit.fields.evidenceUrl")} type="url" inputMode="url" value={state.evidenceUrl} onChange={(evidenceUrl) => onChange({ evidenceUrl })} errors={errors} maxLength={2000} />
      <TextArea path={`${p}.note`} label={t("submit.fields.note")} rows={2} value={state.note} onChange={(note) => onChange({ note })} errors={errors} maxLength={1000} />
    </fieldset>
  );
}
