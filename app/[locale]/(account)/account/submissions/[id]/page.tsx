import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/server-link";
import { userForPage } from "@/lib/auth/pages";
import { submissionTitle } from "@/lib/submissions/queries";
import { ownSubmissionForPage } from "@/lib/submissions/pages";
import { diffSubmission } from "@/lib/submissions/diff";
import { StatusBadge } from "@/components/submissions/status-badge";
import { SubmissionDiff } from "@/components/submissions/submission-diff";
import { WithdrawButton } from "@/components/submissions/withdraw-button";
import { AssessmentClaims } from "@/components/submissions/assessment-claims";
import { db } from "@/lib/db/client";
import { assessProposedModel, type ProposedModel } from "@/lib/submissions/assessment";
import { isModelKind } from "@/lib/validation/submissions";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ saved?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "account.submissions" });
  return { title: t("title"), robots: { index: false } };
}

export default async function MySubmissionPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await userForPage();
  const submission = await ownSubmissionForPage(actor, id);
  const { saved } = await searchParams;
  const [t, tk, ts, format] = [await getTranslations("account.submissions"), await getTranslations("account.kinds"), await getTranslations("submit.saved"), await getFormatter()];
  const editable = ["draft", "pending", "changes_requested"].includes(submission.status);
  const published = submission.status === "approved" ? (submission.targetModel ? { href: `/models/${submission.targetModel.slug}`, name: submission.targetModel.name } : submission.targetOrganisation ? { href: `/organisations/${submission.targetOrganisation.slug}`, name: submission.targetOrganisation.name } : null) : null;
  return (
    <article aria-labelledby="submission-title" className="space-y-6">
      <p><Link href="/account/submissions" className="text-atlas-700 underline">{t("back")}</Link></p>
      {(saved === "draft" || saved === "pending") && <p role="status" className="rounded bg-green-50 p-3 text-green-900">{ts(saved)}</p>}
      <header>
        <h1 id="submission-title" className="text-3xl font-bold"><bdi>{submissionTitle(submission.payload)}</bdi></h1>
        <p className="mt-2 flex flex-wrap items-center gap-3">
          <StatusBadge status={submission.status} />
          <span>{tk(submission.kind)}</span>
          {submission.submittedAt && <span className="text-sm text-slate-700">{t("submittedOn", { date: format.dateTime(submission.submittedAt, { dateStyle: "medium" }) })}</span>}
          {submission.decidedAt && <span className="text-sm text-slate-700">{t("decidedOn", { date: format.dateTime(submission.decidedAt, { dateStyle: "medium" }) })}</span>}
        </p>
      </header>
      {submission.decisionNote && (
        <section aria-labelledby="note-title" className="rounded border border-slate-300 bg-slate-50 p-4">
          <h2 id="note-title" className="font-semibold">{t("note")}</h2>
          <p className="mt-1 whitespace-pre-line" data-testid="decision-note"><bdi>{submission.decisionNote}</bdi></p>
        </section>
      )}
      {published && (
        <p>
          {t("published")} <Link href={published.href} className="text-atlas-700 underline"><bdi>{published.name}</bdi></Link>
        </p>
      )}
      {editable && (
        <div className="space-y-2">
          <p>{t("editable")}</p>
          <div className="flex flex-wrap items-start gap-3">
            <Link href={`/account/submissions/${submission.id}/edit`} className="rounded bg-atlas-700 px-4 py-2 font-semibold text-white">{(await getTranslations("submit.actions"))("edit")}</Link>
            <WithdrawButton id={submission.id} revision={submission.revision} />
          </div>
        </div>
      )}
      {isModelKind(submission.kind) && (
        <AssessmentClaims assessment={await assessProposedModel(db(), submission.payload as ProposedModel)} title={t("wouldGet")} />
      )}
      <SubmissionDiff rows={diffSubmission(submission.kind, null, submission.payload as Record<string, unknown>)} compare={false} caption={t("yourValues")} />
    </article>
  );
}
