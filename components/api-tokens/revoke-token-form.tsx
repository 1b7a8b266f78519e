"use client";
// Revoking asks first: the confirmation sits in a disclosure (<details>), so it needs no script.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { revokeApiTokenAction } from "@/lib/api-tokens/actions";
import { tokenFailure } from "./failure";

export function RevokeTokenForm({ id, name, revoked }: { id: string; name: string; revoked: boolean }) {
  const t = useTranslations("account.tokens");
  const [state, action, pending] = useActionState(revokeApiTokenAction, null);
  if (revoked) return <p role="status" className="text-sm">{state?.ok ? t("revoked") : ""}</p>;
  return (
    <details className="text-sm">
      <summary className="cursor-pointer font-medium text-red-800 underline">
        {t("revoke")}
        <span className="sr-only"> {t("revokeToken", { name })}</span>
      </summary>
      <form action={action} className="mt-2 max-w-xs space-y-2 rounded border border-red-800 p-2">
        <p>{t("revokeWarning", { name })}</p>
        <input type="hidden" name="id" value={id} />
        <button type="submit" disabled={pending} className="rounded bg-red-800 px-3 py-1 font-semibold text-white disabled:opacity-60">
          {pending ? t("revoking") : t("revokeConfirm", { name })}
        </button>
      </form>
      <p role="alert" className="font-medium text-red-800">{state && !state.ok ? tokenFailure(t, state.error) : null}</p>
    </details>
  );
}
