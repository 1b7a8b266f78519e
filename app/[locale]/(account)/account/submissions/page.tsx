import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/server-link";
import { userForPage } from "@/lib/auth/pages";
import { mySubmissions, submissionTitle } from "@/lib/submissions/queries";
import { StatusBadge } from "@/components/submissions/status-badge";
import { PageHeader } from "@/components/submissions/page-header";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "account.submissions" });
  return { title: t("title"), robots: { index: false } };
}

export default async function MySubmissionsPage({ params }: Props) {
  setRequestLocale((await params).locale);
  const actor = await userForPage();
  const [t, tk, tMenu, format] = [
    await getTranslations("account.submissions"),
    await getTranslations("account.kinds"),
    await getTranslations("auth.menu"),
    await getFormatter(),
  ];
  const submissions = await mySubmissions(actor);
  return (
    <section aria-labelledby="my-submissions-title">
      <PageHeader id="my-submissions-title" title={t("title")} intro={t("intro")}>
        <p className="mt-2 text-sm text-slate-700">{tMenu("signedInAs", { name: actor.email ?? actor.name ?? "" })}</p>
        <p className="mt-3 flex flex-wrap gap-4">
          <Link href="/submit/model" className="rounded bg-atlas-700 px-4 py-2 font-semibold text-white">{t("submitModel")}</Link>
          <Link href="/submit/organisation" className="rounded border border-atlas-700 px-4 py-2 text-atlas-700">{t("submitOrganisation")}</Link>
        </p>
      </PageHeader>
      {submissions.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded border border-slate-200" data-testid="my-submissions">
          {submissions.map((s) => (
            <li key={s.id} className="p-4">
              <div className="flex flex-wrap items-center justify-between gap-3">
                <Link href={`/account/submissions/${s.id}`} className="text-lg font-semibold text-atlas-700 underline">
                  <bdi>{submissionTitle(s.payload)}</bdi>
                </Link>
                <StatusBadge status={s.status} />
              </div>
              <p className="text-sm text-slate-700">
                {tk(s.kind)} · {t("updated")}: {format.dateTime(s.updatedAt, { dateStyle: "medium", timeStyle: "short" })}
              </p>
              {s.decisionNote && (
                <p className="mt-2 whitespace-pre-line rounded bg-slate-50 p-2 text-sm">
                  <span className="font-medium">{t("note")}: </span>
                  <bdi>{s.decisionNote}</bdi>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
