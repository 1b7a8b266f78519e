"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "@/lib/i18n/navigation";
import { withdrawSubmissionAction } from "@/lib/submissions/actions";
import { failureMessage } from "./submission-shell";

export function WithdrawButton({ id, revision }: { id: string; revision: number }) {
  const t = useTranslations("submit");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  function withdraw() {
    if (!window.confirm(t("actions.withdrawConfirm"))) return;
    startTransition(async () => {
      const result = await withdrawSubmissionAction({ id, revision });
      if (result.ok) router.refresh();
      else setError(failureMessage(t, result.error));
    });
  }
  return (
    <>
      <button type="button" onClick={withdraw} disabled={pending} className="rounded border border-red-800 px-4 py-2 text-red-800 disabled:opacity-60">
        {t("actions.withdraw")}
      </button>
      <p role="alert" className="text-red-800">{error}</p>
    </>
  );
}
