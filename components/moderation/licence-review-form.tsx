"use client";
// A maintainer confirms (or corrects) the facts a contributor gave for a new licence. Until then the
// licence's restrictions count but it opens nothing (methodology version 2, rule 4).
import { useState, useTransition, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "@/lib/i18n/navigation";
import type { FieldErrors } from "@/lib/errors";
import { LICENCE_FLAGS, type LicenceFlag } from "@/lib/submissions/form-state";
import { reviewLicenceAction } from "@/lib/licences/actions";
import { TextArea, TextInput } from "@/components/forms/fields";
import { failureMessage } from "@/components/submissions/submission-shell";

export type LicenceToReview = Record<LicenceFlag, boolean> & {
  id: string;
  userCap: number | null;
  revenueCap: number | null;
  revenueCapCurrency: string | null;
  note: string | null;
};

export function LicenceReviewForm({ licence }: { licence: LicenceToReview }) {
  const t = useTranslations("moderation.licences");
  const ts = useTranslations("submit");
  const router = useRouter();
  const [flags, setFlags] = useState<Record<LicenceFlag, boolean>>(() => Object.fromEntries(LICENCE_FLAGS.map((flag) => [flag, licence[flag]])) as Record<LicenceFlag, boolean>);
  const [userCap, setUserCap] = useState(licence.userCap?.toString() ?? "");
  const [revenueCap, setRevenueCap] = useState(licence.revenueCap?.toString() ?? "");
  const [currency, setCurrency] = useState(licence.revenueCapCurrency ?? "");
  const [note, setNote] = useState(licence.note ?? "");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const prefix = `licence-${licence.id}`;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    startTransition(async () => {
      const result = await reviewLicenceAction({ id: licence.id, ...flags, userCap, revenueCap, revenueCapCurrency: currency, note });
      if (!result.ok) {
        setErrors(result.error.fields ?? {});
        setMessage(failureMessage(ts, result.error));
        return;
      }
      setMessage(t("done", { count: result.data.rescored }));
      router.refresh();
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="mt-3 space-y-2">
      <fieldset>
        <legend className="font-medium">{ts("fields.licenceFlags")}</legend>
        {LICENCE_FLAGS.map((flag) => (
          <label key={flag} className="flex items-center gap-2 py-0.5">
            <input type="checkbox" checked={flags[flag]} onChange={(e) => setFlags({ ...flags, [flag]: e.target.checked })} />
            {ts(`flags.${flag}`)}
          </label>
        ))}
      </fieldset>
      <TextInput path={`${prefix}.userCap`} label={ts("fields.userCap")} inputMode="numeric" value={userCap} onChange={setUserCap} errors={prefixed(errors, prefix)} maxLength={20} />
      <TextInput path={`${prefix}.revenueCap`} label={ts("fields.revenueCap")} inputMode="decimal" value={revenueCap} onChange={setRevenueCap} errors={prefixed(errors, prefix)} maxLength={20} />
      <TextInput path={`${prefix}.revenueCapCurrency`} label={ts("fields.revenueCapCurrency")} value={currency} onChange={setCurrency} errors={prefixed(errors, prefix)} maxLength={3} />
      <TextArea path={`${prefix}.note`} label={ts("fields.licenceNote")} rows={2} value={note} onChange={setNote} errors={prefixed(errors, prefix)} maxLength={1000} />
      <button type="submit" disabled={pending} className="rounded bg-atlas-700 px-4 py-2 font-semibold text-white disabled:opacity-60">
        {t("confirm")}
      </button>
      <p role="status" aria-live="polite" className="text-sm">{message}</p>
    </form>
  );
}

/** The action's field errors under this form's ids (several forms share one page). */
function prefixed(errors: FieldErrors, prefix: string): FieldErrors {
  return Object.fromEntries(Object.entries(errors).map(([path, error]) => [`${prefix}.${path}`, error]));
}
