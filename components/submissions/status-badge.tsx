import { getTranslations } from "next-intl/server";

const STYLES: Record<string, string> = {
  draft: "bg-slate-100 text-slate-800 border-slate-400",
  pending: "bg-amber-50 text-amber-900 border-amber-600",
  changes_requested: "bg-orange-50 text-orange-900 border-orange-600",
  approved: "bg-green-50 text-green-900 border-green-700",
  rejected: "bg-red-50 text-red-900 border-red-700",
  withdrawn: "bg-slate-100 text-slate-700 border-slate-400",
};

export async function StatusBadge({ status }: { status: string }) {
  const t = await getTranslations("account.statuses");
  return (
    <span data-status={status} className={`inline-block rounded border px-2 py-0.5 text-sm font-medium ${STYLES[status] ?? ""}`}>
      {t.has(status) ? t(status as "draft") : status}
    </span>
  );
}
