"use client";
// What every submission form shares: the note to the maintainers, the honeypot, the two buttons,
// checking with the kind's schema before sending (the same schema the server applies), and showing
// the server's answer next to the fields. The input stays as typed whatever happens.
import { useRef, useState, useTransition, type FormEvent, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "@/lib/i18n/navigation";
import type { FieldErrors } from "@/lib/errors";
import type { ActionError } from "@/lib/actions/result";
import { fieldErrors } from "@/lib/validation/fields";
import { draftSchemas, submissionSchemas, type SubmissionKind } from "@/lib/validation/submissions";
import { createSubmissionAction, updateSubmissionAction } from "@/lib/submissions/actions";
import { TextArea } from "@/components/forms/fields";
import { Honeypot } from "@/components/forms/honeypot";

export type ExistingSubmission = { id: string; revision: number; status: string };

export function failureMessage(t: ReturnType<typeof useTranslations<"submit">>, error: ActionError): string {
  if (error.reason && t.has(`failure.${error.reason}`)) return t(`failure.${error.reason}` as "failure.honeypot");
  if (error.code === "RATE_LIMITED") return t("failure.RATE_LIMITED", { minutes: Math.max(1, Math.ceil((error.retryAfter ?? 60) / 60)) });
  return t(`failure.${error.code}`);
}

export function SubmissionShell({
  kind,
  target,
  existing,
  initialComment,
  buildPayload,
  children,
  wide = false,
}: {
  /** room for a side column (the model form's grade preview) on wide screens */
  wide?: boolean;
  kind: SubmissionKind;
  target?: string;
  existing?: ExistingSubmission;
  initialComment?: string;
  buildPayload: () => Record<string, unknown>;
  children: (errors: FieldErrors) => ReactNode;
}) {
  const t = useTranslations("submit");
  const router = useRouter();
  const [comment, setComment] = useState(initialComment ?? "");
  const [website, setWebsite] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const summary = useRef<HTMLDivElement>(null);
  const canDraft = !existing || existing.status === "draft";

  function fail(message: string, fields: FieldErrors = {}) {
    setErrors(fields);
    setFailure(message);
    requestAnimationFrame(() => summary.current?.focus());
  }

  function send(draft: boolean) {
    const payload = { ...buildPayload(), comment };
    const check = (draft ? draftSchemas[kind] : submissionSchemas[kind]).safeParse(payload);
    if (!check.success) return fail(t("failure.VALIDATION"), fieldErrors(check.error));
    startTransition(async () => {
      try {
        const result = existing
          ? await updateSubmissionAction({ id: existing.id, revision: existing.revision, payload, draft, website })
          : await createSubmissionAction({ kind, target, payload, draft, website });
        if (!result.ok) return fail(failureMessage(t, result.error), result.error.fields ?? {});
        router.push(`/account/submissions/${result.data.id}?saved=${result.data.status}`);
      } catch {
        fail(t("failure.UNEXPECTED"));
      }
    });
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    send(submitter?.value === "draft");
  }

  return (
    <form onSubmit={onSubmit} noValidate className={`relative ${wide ? "max-w-6xl" : "max-w-3xl"}`}>
      <div ref={summary} tabIndex={-1} role="alert" aria-live="assertive" className={failure ? "mb-4 rounded border border-red-700 bg-red-50 p-3 font-medium text-red-900" : ""}>
        {failure}
      </div>
      {children(errors)}
      <section aria-labelledby="send-title" className="mt-8 border-t border-slate-200 pt-4">
        <h2 id="send-title" className="text-xl font-semibold">{t("sections.send")}</h2>
        <TextArea path="comment" label={t("fields.comment")} hint={t("fields.commentHint")} rows={3} value={comment} onChange={setComment} errors={errors} maxLength={2000} />
        <Honeypot name="website" label={t("fields.honeypot")} value={website} onChange={setWebsite} />
        <div className="mt-6 flex flex-wrap gap-3">
          <button type="submit" name="intent" value="submit" disabled={pending} className="rounded bg-atlas-700 px-4 py-2 font-semibold text-white disabled:opacity-60">
            {pending ? t("actions.saving") : t("actions.submit")}
          </button>
          {canDraft && (
            <button type="submit" name="intent" value="draft" disabled={pending} className="rounded border border-atlas-700 px-4 py-2 text-atlas-700 disabled:opacity-60">
              {t("actions.saveDraft")}
            </button>
          )}
        </div>
      </section>
    </form>
  );
}
