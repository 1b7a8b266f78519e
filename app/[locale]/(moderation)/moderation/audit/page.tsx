import type { Metadata } from "next";
import { DataTable } from "@/components/ui/data-table";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/server-link";
import { roleForPage } from "@/lib/auth/pages";
import { auditEntries } from "@/lib/submissions/queries";
import { PageHeader } from "@/components/submissions/page-header";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ page?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "moderation.audit" });
  return { title: t("title"), robots: { index: false } };
}

export default async function AuditPage({ params, searchParams }: Props) {
  setRequestLocale((await params).locale);
  const actor = await roleForPage("maintainer");
  const page = Math.min(10_000, Math.max(1, Number((await searchParams).page) || 1));
  const [t, format] = [await getTranslations("moderation.audit"), await getFormatter()];
  const entries = await auditEntries(actor, page);
  return (
    <section aria-labelledby="audit-title">
      <PageHeader id="audit-title" title={t("title")} intro={t("intro")} />
      {entries.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <DataTable testId="audit-log" columns={[t("when"), t("who"), t("what"), t("entity"), t("why")]}>
              {entries.map((e) => (
                <tr key={String(e.id)} className="border-b border-slate-200 align-top">
                  <td className="py-2 pr-2 whitespace-nowrap">{format.dateTime(e.createdAt, { dateStyle: "short", timeStyle: "medium" })}</td>
                  <td className="py-2 pr-2">{e.actor?.email ?? e.actor?.name ?? t("system")}</td>
                  <td className="py-2 pr-2 font-mono">{e.action}</td>
                  <td className="py-2 pr-2 font-mono">{e.entityType} {e.entityId}</td>
                  <td className="py-2 whitespace-pre-line"><bdi>{e.reason ?? ""}</bdi></td>
                </tr>
              ))}
        </DataTable>
      )}
      <nav className="mt-4 flex gap-4">
        {page > 1 && <Link href={`/moderation/audit?page=${page - 1}`} className="text-atlas-700 underline">{t("newer")}</Link>}
        {entries.length === 100 && <Link href={`/moderation/audit?page=${page + 1}`} className="text-atlas-700 underline">{t("older")}</Link>}
      </nav>
    </section>
  );
}
