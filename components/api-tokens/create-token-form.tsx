"use client";
// Making a token: a plain form posting to a server action, so it works before JavaScript loads.
// The new token comes back in the action's state and is shown here once; it is never stored.
import { useActionState, useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { createApiTokenAction } from "@/lib/api-tokens/actions";
import { API_TOKEN_LIMITS } from "@/lib/validation/api-tokens";
import { ErrorText } from "@/components/forms/fields";
import { CopyButton } from "./copy-button";
import { tokenFailure } from "./failure";

export function CreateTokenForm() {
  const t = useTranslations("account.tokens");
  const [state, action, pending] = useActionState(createApiTokenAction, null);
  const created = useRef<HTMLHeadingElement>(null);
  const nameError = state && !state.ok ? state.error.fields?.name : undefined;
  const failure = state && !state.ok && !state.error.fields ? tokenFailure(t, state.error) : null;

  useEffect(() => {
    if (state?.ok) created.current?.focus();
  }, [state]);

  return (
    <div className="space-y-4">
      {state?.ok && (
        <section aria-labelledby="new-token-title" className="rounded border-2 border-green-700 bg-green-50 p-4" data-testid="new-token">
          <h3 id="new-token-title" ref={created} tabIndex={-1} className="text-lg font-semibold">
            {t("createdTitle", { name: state.data.name })}
          </h3>
          <p className="mt-1">{t("createdOnce")}</p>
          <label htmlFor="new-token-value" className="mt-3 block font-medium">{t("token")}</label>
          <div className="mt-1 flex flex-wrap items-center gap-2">
            <input
              id="new-token-value"
              readOnly
              value={state.data.token}
              spellCheck={false}
              autoComplete="off"
              onFocus={(e) => e.currentTarget.select()}
              className="w-full max-w-xl rounded border border-slate-400 bg-white px-3 py-2 font-mono text-sm"
            />
            <CopyButton text={state.data.token} label={t("copy")} done={t("copied")} />
          </div>
        </section>
      )}
      <form action={action} className="max-w-md" noValidate>
        <label htmlFor="token-name" className="block font-medium">{t("name")}</label>
        <p id="token-name-hint" className="text-sm text-slate-600">{t("nameHint", { max: API_TOKEN_LIMITS.nameLength })}</p>
        <input
          id="token-name"
          name="name"
          required
          maxLength={API_TOKEN_LIMITS.nameLength}
          defaultValue={state && !state.ok ? state.name : ""}
          aria-describedby={nameError ? "token-name-hint token-name-error" : "token-name-hint"}
          aria-invalid={nameError ? true : undefined}
          className="mt-1 w-full rounded border border-slate-400 px-3 py-2 aria-[invalid=true]:border-red-700"
        />
        <ErrorText id="token-name-error" error={nameError} />
        <button type="submit" disabled={pending} className="mt-3 rounded bg-atlas-700 px-4 py-2 font-semibold text-white disabled:opacity-60">
          {pending ? t("creating") : t("create")}
        </button>
        <p role="alert" className="mt-2 font-medium text-red-800">{failure}</p>
      </form>
    </div>
  );
}
