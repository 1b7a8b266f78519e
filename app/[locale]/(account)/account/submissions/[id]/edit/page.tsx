import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { userForPage } from "@/lib/auth/pages";
import { modelFormChoices } from "@/lib/submissions/form-data";
import { ModelForm } from "@/components/submissions/model-form";
import { OrganisationForm } from "@/components/submissions/organisation-form";
import { PageHeader } from "@/components/submissions/page-header";
import { ownSubmissionForPage } from "@/lib/submissions/pages";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "submit.pages" });
  return { title: t("editSubmission"), robots: { index: false } };
}

export default async function EditMySubmissionPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await userForPage();
  const submission = await ownSubmissionForPage(actor, id);
  if (!["draft", "pending", "changes_requested"].includes(submission.status)) notFound();
  const t = await getTranslations("submit.pages");
  const payload = submission.payload as Record<string, unknown>;
  const comment = typeof payload.comment === "string" ? payload.comment : "";
  const existing = { id: submission.id, revision: submission.revision, status: submission.status };
  return (
    <section aria-labelledby="edit-title">
      <PageHeader id="edit-title" title={t("editSubmission")} />
      {submission.kind === "new_model" || submission.kind === "edit_model" ? (
        <ModelForm initial={payload} existing={{ ...existing, kind: submission.kind }} initialComment={comment} {...await modelFormChoices(actor.id)} />
      ) : (
        <OrganisationForm initial={payload} existing={{ ...existing, kind: submission.kind }} initialComment={comment} />
      )}
    </section>
  );
}
