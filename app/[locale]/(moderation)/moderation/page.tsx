import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/server-link";
import { roleForPage } from "@/lib/auth/pages";
import { isSubmissionKind, reviewQueue, submissionTitle } from "@/lib/submissions/queries";
import { SUBMISSION_KINDS } from "@/lib/validation/submissions";
import { PageHeader } from "@/components/submissions/page-header";
import { unreviewedLicences } from "@/lib/licences/review";
import { LicenceReviewForm } from "@/components/moderation/licence-review-form";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ kind?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "moderation.queue" });
  return { title: t("title"), robots: { index: false } };
}

export default async function ModerationQueuePage({ params, searchParams }: Props) {
  setRequestLocale((await params).locale);
  const actor = await roleForPage("maintainer");
  const { kind: rawKind } = await searchParams;
  const kind = isSubmissionKind(rawKind) ? rawKind : undefined;
  const [t, tk, format] = [await getTranslations("moderation.queue"), await getTranslations("account.kinds"), await getFormatter()];
  const queue = await reviewQueue(actor, kind);
  const licences = await unreviewedLicences();
  const tl = await getTranslations("moderation.licences");
  return (
    <section aria-labelledby="queue-title">
      <PageHeader id="queue-title" title={t("title")} intro={t("intro")}>
        <p className="mt-2"><Link href="/moderation/audit" className="text-atlas-700 underline">{t("audit")}</Link></p>
      </PageHeader>
      <nav aria-label={t("filter")} className="mb-4">
        <ul className="flex flex-wrap gap-2">
          {[undefined, ...SUBMISSION_KINDS].map((k) => (
            <li key={k ?? "all"}>
              <Link
                href={k ? `/moderation?kind=${k}` : "/moderation"}
                aria-current={k === kind ? "page" : undefined}
                className={`inline-block rounded border px-3 py-1 ${k === kind ? "border-atlas-900 bg-atlas-900 text-white" : "border-atlas-700 text-atlas-700"}`}
              >
                {k ? tk(k) : t("all")}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {queue.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ol className="divide-y divide-slate-200 rounded border border-slate-200" data-testid="review-queue">
          {queue.map((s) => (
            <li key={s.id} className="flex flex-wrap items-center justify-between gap-3 p-4">
              <div>
                <Link href={`/moderation/${s.id}`} className="text-lg font-semibold text-atlas-700 underline"><bdi>{submissionTitle(s.payload)}</bdi></Link>
                <p className="text-sm text-slate-700">
                  {tk(s.kind)} · {t("submittedBy", { who: s.submitter.email ?? s.submitter.name ?? "?" })} ·{" "}
                  {t("waiting", { date: format.dateTime(s.submittedAt ?? s.createdAt, { dateStyle: "medium", timeStyle: "short" }) })}
                </p>
              </div>
            </li>
          ))}
        </ol>
      )}
      <section aria-labelledby="licences-title" className="mt-10" data-testid="licences-to-review">
        <h2 id="licences-title" className="text-2xl font-semibold">{tl("title", { count: licences.length })}</h2>
        <p className="mt-1 max-w-3xl text-slate-700">{tl("intro")}</p>
        {licences.length === 0 ? (
          <p className="mt-2">{tl("empty")}</p>
        ) : (
          <ul className="mt-3 space-y-4">
            {licences.map((licence) => (
              <li key={licence.id} className="rounded border border-slate-300 p-4" data-testid={`licence-review-${licence.id}`}>
                <h3 className="text-lg font-semibold">
                  <a href={licence.url} className="text-atlas-700 underline" rel="noopener noreferrer"><bdi>{licence.name}</bdi></a>{" "}
                  <span className="text-sm font-normal text-slate-700">({licence.id})</span>
                </h3>
                <p className="text-sm text-slate-700">
                  {tl("usedBy", { models: licence.models.map((m) => m.model.name).join(", ") || "–" })}
                </p>
                <LicenceReviewForm
                  licence={{
                    id: licence.id,
                    osiApproved: licence.osiApproved,
                    openData: licence.openData,
                    restrictsUse: licence.restrictsUse,
                    nonCommercial: licence.nonCommercial,
                    nonProduction: licence.nonProduction,
                    noDerivatives: licence.noDerivatives,
                    shareAlike: licence.shareAlike,
                    attribution: licence.attribution,
                    userCap: licence.userCap,
                    revenueCap: licence.revenueCap,
                    revenueCapCurrency: licence.revenueCapCurrency,
                    note: licence.note,
                  }}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}
