import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/server-link";
import { userForPage } from "@/lib/auth/pages";
import { OrganisationForm } from "@/components/submissions/organisation-form";
import { PageHeader } from "@/components/submissions/page-header";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "submit.pages" });
  return { title: t("newOrganisation"), robots: { index: false } };
}

export default async function SubmitOrganisationPage({ params }: Props) {
  setRequestLocale((await params).locale);
  await userForPage();
  const t = await getTranslations("submit.pages");
  return (
    <section aria-labelledby="submit-title">
      <PageHeader id="submit-title" title={t("newOrganisation")} intro={t("newOrganisationIntro")}>
        <p className="mt-2"><Link href="/submit/model" className="text-atlas-700 underline">{t("otherKindModel")}</Link></p>
      </PageHeader>
      <OrganisationForm />
    </section>
  );
}
