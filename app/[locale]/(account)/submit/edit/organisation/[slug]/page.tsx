import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { userForPage } from "@/lib/auth/pages";
import { publishedEntry } from "@/lib/submissions/queries";
import type { OrganisationSnapshot } from "@/lib/submissions/snapshots";
import { OrganisationForm } from "@/components/submissions/organisation-form";
import { PageHeader } from "@/components/submissions/page-header";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "submit.pages" });
  return { title: t("editOrganisation", { name: (await params).slug }), robots: { index: false } };
}

export default async function EditOrganisationPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  await userForPage();
  const organisation = (await publishedEntry("organisation", slug)) as OrganisationSnapshot | null;
  if (!organisation) notFound();
  const t = await getTranslations("submit.pages");
  return (
    <section aria-labelledby="submit-title">
      <PageHeader id="submit-title" title={t("editOrganisation", { name: organisation.name })} intro={t("editIntro")} />
      <OrganisationForm initial={organisation} target={organisation.slug} />
    </section>
  );
}
