import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/server-link";
import { userForPage } from "@/lib/auth/pages";
import { modelFormChoices } from "@/lib/submissions/form-data";
import { ModelForm } from "@/components/submissions/model-form";
import { PageHeader } from "@/components/submissions/page-header";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "submit.pages" });
  return { title: t("newModel"), robots: { index: false } };
}

export default async function SubmitModelPage({ params }: Props) {
  setRequestLocale((await params).locale);
  const actor = await userForPage();
  const t = await getTranslations("submit.pages");
  const choices = await modelFormChoices(actor.id);
  return (
    <section aria-labelledby="submit-title">
      <PageHeader id="submit-title" title={t("newModel")} intro={t("newModelIntro")}>
        <p className="mt-2"><Link href="/submit/organisation" className="text-atlas-700 underline">{t("otherKind")}</Link></p>
      </PageHeader>
      <ModelForm organisations={choices.organisations} pendingOrganisations={choices.pendingOrganisations} licences={choices.licences} />
    </section>
  );
}
