"use client";
// A model's ancestry (methodology version 2, rule 3): none, a model of the catalogue (its grade and
// licences are read from the public API, so the preview applies what it passes on), or a model
// outside the catalogue by name and address.
import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { BASE_RELATIONS, type AnswerGrade, type BaseModelFacts, type Licence } from "@/lib/openness";
import type { FieldErrors } from "@/lib/errors";
import type { BaseModelState } from "@/lib/submissions/form-state";
import { Select, TextInput } from "@/components/forms/fields";

export type BaseLookup = { status: "idle" | "loading" | "missing" | "error" } | { status: "found"; name: string; facts: BaseModelFacts };

type ApiLicence = Omit<Licence, "sourceUrl"> & { sourceUrl: string | null };
type ApiModel = {
  name: string;
  licences: { weights: ApiLicence[] };
  inheritedWeightsLicences: ApiLicence[];
  assessment: { criteria: { criterion: string; grade: AnswerGrade }[] } | null;
};

const toLicence = (licence: ApiLicence): Licence => ({ ...licence, sourceUrl: licence.sourceUrl ?? licence.url });

const SLUG = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;

/** The base model's facts from /api/v1/models/<slug>, looked up when the slug settles. */
export function useBaseModel(state: BaseModelState): BaseLookup {
  const [lookup, setLookup] = useState<{ key: string; result: BaseLookup } | null>(null);
  const slug = state.mode === "catalogue" ? state.slug.trim() : "";
  const relation = state.relation as BaseModelFacts["relation"];
  const key = `${slug} ${relation}`;
  useEffect(() => {
    if (!SLUG.test(slug)) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      setLookup({ key, result: { status: "loading" } });
      try {
        const response = await fetch(`/api/v1/models/${encodeURIComponent(slug)}`, { signal: controller.signal, headers: { accept: "application/json" } });
        if (response.status === 404) return setLookup({ key, result: { status: "missing" } });
        if (!response.ok) return setLookup({ key, result: { status: "error" } });
        const model = (await response.json()) as ApiModel;
        const grade = (criterion: string) => model.assessment?.criteria.find((c) => c.criterion === criterion)?.grade ?? "unknown";
        setLookup({
          key,
          result: {
            status: "found",
            name: model.name,
            facts: {
              inCatalogue: true,
              slug,
              name: model.name,
              relation,
              grades: { use: grade("use"), methods: grade("methods"), data: grade("data"), retrain: grade("retrain"), weights: grade("weights") },
              weightsLicences: [...model.licences.weights, ...model.inheritedWeightsLicences].map(toLicence),
            },
          },
        });
      } catch {
        if (!controller.signal.aborted) setLookup({ key, result: { status: "error" } });
      }
    }, 300);
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [slug, relation, key]);
  if (!SLUG.test(slug)) return { status: "idle" };
  return lookup?.key === key ? lookup.result : { status: "loading" };
}

export function BaseModelFields({ state, onChange, lookup, errors }: { state: BaseModelState; onChange: (patch: Partial<BaseModelState>) => void; lookup: BaseLookup; errors: FieldErrors }) {
  const t = useTranslations("submit");
  const tOpenness = useTranslations("openness");
  return (
    <section aria-labelledby="base-title">
      <h2 id="base-title" className="text-xl font-semibold">{t("sections.baseModel")}</h2>
      <p className="mt-2 max-w-2xl text-slate-700">{t("baseModel.intro")}</p>
      <fieldset className="mt-3">
        <legend className="font-medium">{t("baseModel.legend")}</legend>
        {(["none", "catalogue", "outside"] as const).map((mode) => (
          <label key={mode} className="flex items-center gap-2 py-0.5">
            <input type="radio" name="baseModel.mode" value={mode} checked={state.mode === mode} onChange={() => onChange({ mode })} />
            {t(`baseModel.modes.${mode}`)}
          </label>
        ))}
      </fieldset>
      {state.mode !== "none" && (
        <div className="mt-2 rounded border border-slate-300 p-4">
          <Select
            path="baseModel.relation"
            label={t("baseModel.relation")}
            value={state.relation}
            onChange={(relation) => onChange({ relation })}
            errors={errors}
            options={BASE_RELATIONS.map((relation) => ({ value: relation, label: tOpenness(`relations.${relation}`) }))}
          />
          {state.mode === "catalogue" ? (
            <>
              <TextInput path="baseModel.slug" label={t("baseModel.slug")} hint={t("baseModel.slugHint")} required value={state.slug} onChange={(slug) => onChange({ slug })} errors={errors} maxLength={80} />
              <p role="status" className="mt-1 text-sm" data-testid="base-lookup">
                {lookup.status === "found" && t("baseModel.found", { name: lookup.name })}
                {lookup.status === "loading" && t("baseModel.loading")}
                {lookup.status === "missing" && t("baseModel.missing")}
                {lookup.status === "error" && t("baseModel.error")}
              </p>
            </>
          ) : (
            <>
              <TextInput path="baseModel.name" label={t("baseModel.name")} required value={state.name} onChange={(name) => onChange({ name })} errors={errors} maxLength={120} />
              <TextInput path="baseModel.url" label={t("baseModel.url")} hint={t("fields.urlHint")} type="url" value={state.url} onChange={(url) => onChange({ url })} errors={errors} maxLength={2000} />
              <p className="mt-1 text-sm text-slate-700">{t("baseModel.outsideHint")}</p>
            </>
          )}
        </div>
      )}
    </section>
  );
}
