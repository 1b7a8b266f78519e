import "server-only";
// The submitter hears of every decision by e-mail, in the language they submitted in. Sent after
// the decision is committed: a mail server that is down must not undo a decision (it is logged).
import { db } from "../db/client";
import { sendMail } from "../mail/mailer";
import { decisionMail } from "../mail/templates";
import { authOrigin } from "../auth/config";
import { serverEnv } from "../auth/env";
import { getPathname } from "../i18n/paths";
import { routing, isLocale } from "../i18n/routing";

export async function notifyDecision(submissionId: string): Promise<void> {
  try {
    const submission = await db().submission.findUnique({
      where: { id: submissionId },
      select: { status: true, decisionNote: true, locale: true, payload: true, submitter: { select: { email: true } } },
    });
    const to = submission?.submitter.email;
    if (!submission || !to) return;
    if (submission.status !== "approved" && submission.status !== "rejected" && submission.status !== "changes_requested") return;
    const locale = isLocale(submission.locale) ? submission.locale : routing.defaultLocale;
    const name = String((submission.payload as { name?: unknown }).name ?? "");
    const url = new URL(getPathname({ href: `/account/submissions/${submissionId}`, locale }), authOrigin(serverEnv())).toString();
    await sendMail(decisionMail(to, locale, submission.status, name, submission.decisionNote, url));
  } catch (error) {
    console.error(`[atlas] could not send the decision e-mail for submission ${submissionId}:`, error instanceof Error ? error.message : error);
  }
}
