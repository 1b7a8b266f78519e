import type { Metadata } from "next";
import { DataTable } from "@/components/ui/data-table";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { roleForPage } from "@/lib/auth/pages";
import { usersForAdmin } from "@/lib/auth/users";
import { PageHeader } from "@/components/submissions/page-header";
import { RoleForm } from "@/components/admin/role-form";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ q?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "admin.users" });
  return { title: t("title"), robots: { index: false } };
}

export default async function UsersPage({ params, searchParams }: Props) {
  setRequestLocale((await params).locale);
  const actor = await roleForPage("admin");
  const q = typeof (await searchParams).q === "string" ? (await searchParams).q!.slice(0, 100) : "";
  const [t, format] = [await getTranslations("admin.users"), await getFormatter()];
  const users = await usersForAdmin(actor, q);
  return (
    <section aria-labelledby="users-title">
      <PageHeader id="users-title" title={t("title")} intro={t("intro")} />
      <form role="search" className="mb-4 flex gap-2">
        <label htmlFor="user-search" className="sr-only">{t("search")}</label>
        <input id="user-search" name="q" defaultValue={q} placeholder={t("search")} maxLength={100} className="w-72 rounded border border-slate-400 px-3 py-2" />
        <button type="submit" className="rounded border border-atlas-700 px-3 py-2 text-atlas-700">{t("searchButton")}</button>
      </form>
      {users.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <DataTable testId="users" columns={[t("email"), t("submissions"), t("since"), t("role")]}>
            {users.map((u) => (
              <tr key={u.id} className="border-b border-slate-200">
                <td className="py-2 pr-2"><bdi>{u.email ?? u.name ?? u.id}</bdi></td>
                <td className="py-2 pr-2 tabular-nums">{u._count.submissions}</td>
                <td className="py-2 pr-2">{format.dateTime(u.createdAt, { dateStyle: "medium" })}</td>
                <td className="py-2"><RoleForm userId={u.id} role={u.role} who={u.email ?? u.name ?? u.id} /></td>
              </tr>
            ))}
        </DataTable>
      )}
    </section>
  );
}
