"use client";

import { useState, useTransition, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "@/lib/i18n/navigation";
import type { FieldErrors } from "@/lib/errors";
import { DECISIONS, decideSubmissionRequest, type Decision } from "@/lib/validation/submissions";
import { fieldErrors } from "@/lib/validation/fields";
import { decideSubmissionAction } from "@/lib/submissions/actions";
import { TextArea } from "@/components/forms/fields";
import { failureMessage } from "@/components/submissions/submission-shell";

const LABELS = { approve: "approve", request_changes: "requestChanges", reject: "reject" } as const satisfies Record<Decision, string>;

export function DecisionForm({ id, revision }: { id: string; revision: number }) {
  const t = useTranslations("moderation.review");
  const ts = useTranslations("submit");
  const router = useRouter();
  const [decision, setDecision] = useState<Decision | "">("");
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = { id, revision, decision, note };
    const check = decideSubmissionRequest.safeParse(input);
    if (!check.success) {
      setErrors(fieldErrors(check.error));
      setMessage(ts("failure.VALIDATION"));
      return;
    }
    startTransition(async () => {
      const result = await decideSubmissionAction(input);
      if (!result.ok) {
        setErrors(result.error.fields ?? {});
        setMessage(failureMessage(ts, result.error));
        return;
      }
      setErrors({});
      setMessage(null);
      router.refresh();
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl rounded border border-slate-300 p-4">
      <fieldset>
        <legend className="text-lg font-semibold">{t("decision")}</legend>
        {DECISIONS.map((d) => (
          <label key={d} className="flex items-center gap-2 py-1">
            <input type="radio" name="decision" value={d} checked={decision === d} onChange={() => setDecision(d)} />
            {t(LABELS[d])}
          </label>
        ))}
        {errors.decision && <p className="text-sm font-medium text-red-800">{ts("errors.choose")}</p>}
      </fieldset>
      <TextArea path="note" label={t("note")} hint={t("noteHint")} rows={4} value={note} onChange={setNote} errors={errors} maxLength={2000} />
      <p role="alert" aria-live="assertive" className="mt-3 font-medium text-red-800">{message}</p>
      <button type="submit" disabled={pending} className="mt-3 rounded bg-atlas-700 px-4 py-2 font-semibold text-white disabled:opacity-60">
        {pending ? t("sending") : t("send")}
      </button>
    </form>
  );
}
