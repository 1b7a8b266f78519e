"use client";

import { useState, useTransition, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "@/lib/i18n/navigation";
import { ROLES, type Role } from "@/lib/auth/roles";
import { changeRoleAction } from "@/lib/auth/actions";
import { failureMessage } from "@/components/submissions/submission-shell";

export function RoleForm({ userId, role, who }: { userId: string; role: Role; who: string }) {
  const t = useTranslations("admin.users");
  const tr = useTranslations("auth.roles");
  const ts = useTranslations("submit");
  const router = useRouter();
  const [value, setValue] = useState<Role>(role);
  const [reason, setReason] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    startTransition(async () => {
      const result = await changeRoleAction({ userId, role: value, reason });
      setMessage(result.ok ? t("saved") : failureMessage(ts, result.error));
      if (result.ok) router.refresh();
    });
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-center gap-2">
      <select aria-label={t("roleFor", { who })} value={value} onChange={(e) => setValue(e.target.value as Role)} className="rounded border border-slate-400 px-2 py-1">
        {ROLES.map((r) => (
          <option key={r} value={r}>{tr(r)}</option>
        ))}
      </select>
      <input aria-label={t("reasonFor", { who })} placeholder={t("reason")} value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} className="rounded border border-slate-400 px-2 py-1" />
      <button type="submit" disabled={pending} className="rounded bg-atlas-700 px-3 py-1 text-white disabled:opacity-60">{t("change")}</button>
      <span role="status" className="text-sm">{message}</span>
    </form>
  );
}
