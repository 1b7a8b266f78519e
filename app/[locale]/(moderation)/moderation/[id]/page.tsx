import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/server-link";
import { roleForPage } from "@/lib/auth/pages";
import { reviewForPage } from "@/lib/submissions/pages";
import { submissionTitle } from "@/lib/submissions/queries";
import { diffSubmission } from "@/lib/submissions/diff";
import { isModelKind, LICENCE_COMPONENTS, licenceListFrom, type LicenceChoice } from "@/lib/validation/submissions";
import { db } from "@/lib/db/client";
import { assessProposedModel, type ProposedModel } from "@/lib/submissions/assessment";
import { AssessmentClaims } from "@/components/submissions/assessment-claims";
import { StatusBadge } from "@/components/submissions/status-badge";
import { SubmissionDiff } from "@/components/submissions/submission-diff";
import { DecisionForm } from "@/components/moderation/decision-form";
import { AnswerMark } from "@/components/openness/answer-mark";
import { ANSWER_DISPLAY } from "@/lib/openness";

type Props = { params: Promise<{ locale: string; id: string }> };
type Reviewed = Awaited<ReturnType<typeof reviewForPage>>["submission"];

/** What became of a decided submission, said as the outcome it is: approved and published (with the page), changes asked, rejected. */
async function DecisionOutcome({ submission }: { submission: Reviewed }) {
  const t = await getTranslations("moderation.review");
  const ts = await getTranslations("account.statuses");
  const entry = submission.targetModel ?? submission.targetOrganisation;
  const href = entry?.status === "published" ? `/${submission.targetModel ? "models" : "organisations"}/${entry.slug}` : null;
  const box = "flex flex-wrap items-center gap-x-3 gap-y-1 rounded border-l-4 p-3";
  switch (submission.status) {
    case "approved":
      return (
        <p className={`${box} bg-slate-50`} style={{ borderColor: ANSWER_DISPLAY.open.colour }} data-testid="decision-outcome" data-outcome="approved">
          <AnswerMark answer="open" />
          <strong>{t("outcome.approved")}</strong>
          {href && <Link href={href} className="font-semibold text-atlas-700 underline">{t("outcome.viewPage")}</Link>}
          <Link href="/moderation" className="text-atlas-700 underline">{t("outcome.next")}</Link>
        </p>
      );
    case "changes_requested":
    case "rejected":
      return (
        <p className={`${box} border-atlas-700 bg-slate-50`} data-testid="decision-outcome" data-outcome={submission.status}>
          <strong>{t(submission.status === "rejected" ? "outcome.rejected" : "outcome.changesRequested")}</strong>
          <span>{t("outcome.told")}</span>
          <Link href="/moderation" className="text-atlas-700 underline">{t("outcome.next")}</Link>
        </p>
      );
    default:
      return <p className="rounded bg-slate-50 p-3" data-testid="decision-outcome">{t("notPending", { status: ts(submission.status) })}</p>;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "moderation.queue" });
  return { title: t("title"), robots: { index: false } };
}

export default async function ReviewPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await roleForPage("maintainer");
  const { submission, current, pendingOrganisations } = await reviewForPage(actor, id);
  const [t, tk, ts, format] = [await getTranslations("moderation.review"), await getTranslations("account.kinds"), await getTranslations("account.statuses"), await getFormatter()];
  const payload = submission.payload as Record<string, unknown>;
  const currentGrade = current && "grade" in current ? current : null;
  // what approval would store: the same scorer with the catalogue's licences and the base model's stored facts
  const after = isModelKind(submission.kind) ? await assessProposedModel(db(), payload as ProposedModel) : null;
  const choices = LICENCE_COMPONENTS.flatMap((component) => (licenceListFrom((payload.licences as Record<string, unknown> | undefined)?.[component]) as LicenceChoice[]));
  const newLicence = choices.some((c) => c?.mode === "new");
  const matched = choices.flatMap((c) => (c?.mode === "existing" && c.proposedAs ? [{ id: c.id, proposed: c.proposedAs }] : []));
  return (
    <article aria-labelledby="review-title" className="space-y-6">
      <p><Link href="/moderation" className="text-atlas-700 underline">{t("back")}</Link></p>
      <header>
        <h1 id="review-title" className="text-3xl font-bold"><bdi>{submissionTitle(payload)}</bdi></h1>
        <p className="mt-2 flex flex-wrap items-center gap-3">
          <StatusBadge status={submission.status} />
          <span>{tk(submission.kind)}</span>
          <span className="text-sm text-slate-700">
            {t("submittedBy", { who: submission.submitter.email ?? submission.submitter.name ?? "?", date: format.dateTime(submission.submittedAt ?? submission.createdAt, { dateStyle: "medium", timeStyle: "short" }) })}
          </span>
        </p>
      </header>
      {typeof payload.comment === "string" && payload.comment && (
        <section aria-labelledby="comment-title" className="rounded border border-slate-300 bg-slate-50 p-4">
          <h2 id="comment-title" className="font-semibold">{t("comment")}</h2>
          <p className="mt-1 whitespace-pre-line"><bdi>{payload.comment}</bdi></p>
        </section>
      )}
      {after && (
        <div className="grid gap-4 sm:grid-cols-2" data-testid="grades">
          <div className="rounded border border-slate-300 p-4">
            <h2 className="font-semibold">{t("gradeBefore")}</h2>
            <p className="mt-2 text-xl font-bold" data-testid="grade-before">
              {currentGrade?.grade ? `${currentGrade.grade} · ${Math.round(currentGrade.score ?? 0)}/100` : t("noGrade")}
            </p>
          </div>
          <div className="rounded border border-slate-300 p-4" data-testid="grade-after">
            <h2 className="font-semibold">{t("gradeAfter")}</h2>
            <p className="mt-2 text-xl font-bold">{`${after.grade} · ${after.scoreRounded}/100`}</p>
          </div>
        </div>
      )}
      {newLicence && <p className="rounded bg-amber-50 p-3">{t("unreviewedLicence")}</p>}
      {matched.length > 0 && (
        <ul className="rounded border border-atlas-700 bg-atlas-50 p-3" data-testid="licence-matches">
          {matched.map((m) => (
            <li key={`${m.id}-${m.proposed.id}`}>{t("licenceMatched", { proposed: `${m.proposed.name} (${m.proposed.id})`, id: m.id, by: t(`matchBy.${m.proposed.by}`) })}</li>
          ))}
        </ul>
      )}
      {after && <AssessmentClaims assessment={after} title={t("claimsTitle")} />}
      {submission.status === "pending" && pendingOrganisations.length > 0 && (
        <section aria-labelledby="carried-title" className="rounded border border-slate-300 bg-slate-50 p-3" data-testid="carried-organisations">
          <h2 id="carried-title" className="font-semibold">{t("carried.title")}</h2>
          <ul className="mt-1 list-disc pl-5">
            {pendingOrganisations.map((o) => (
              <li key={o.id}>
                <Link href={`/moderation/${o.id}`} className="text-atlas-700 underline"><bdi>{o.name}</bdi></Link>
                {" · "}
                {o.status === "pending" ? t("carried.publishedWithModel") : t("carried.notPending", { status: ts(o.status) })}
              </li>
            ))}
          </ul>
        </section>
      )}
      <SubmissionDiff
        rows={diffSubmission(submission.kind, current as Record<string, unknown> | null, payload, Object.fromEntries(pendingOrganisations.map((o) => [o.id, o.name])))}
        compare={Boolean(current)}
        caption={current ? t("diffEdit") : t("diffNew")}
      />
      {/* present before the decision too, so that the confirmation that replaces the form is announced */}
      <div role="status" aria-live="polite">
        {submission.status !== "pending" && <DecisionOutcome submission={submission} />}
      </div>
      {submission.status === "pending" && submission.submitterId === actor.id ? (
        <p role="status" className="rounded bg-slate-50 p-3" data-testid="own-submission">{t("own")}</p>
      ) : submission.status === "pending" ? (
        <DecisionForm id={submission.id} revision={submission.revision} />
      ) : null}
    </article>
  );
}
