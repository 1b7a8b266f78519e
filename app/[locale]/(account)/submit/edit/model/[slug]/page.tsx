import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { userForPage } from "@/lib/auth/pages";
import { publishedEntry } from "@/lib/submissions/queries";
import { modelFormChoices } from "@/lib/submissions/form-data";
import type { ModelSnapshot } from "@/lib/submissions/snapshots";
import { ModelForm } from "@/components/submissions/model-form";
import { PageHeader } from "@/components/submissions/page-header";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "submit.pages" });
  return { title: t("editModel", { name: (await params).slug }), robots: { index: false } };
}

export default async function EditModelPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const actor = await userForPage();
  const model = (await publishedEntry("model", slug)) as ModelSnapshot | null;
  if (!model) notFound();
  const t = await getTranslations("submit.pages");
  const choices = await modelFormChoices(actor.id);
  return (
    <section aria-labelledby="submit-title">
      <PageHeader id="submit-title" title={t("editModel", { name: model.name })} intro={t("editIntro")} />
      <ModelForm initial={model} target={model.slug} organisations={choices.organisations} pendingOrganisations={choices.pendingOrganisations} licences={choices.licences} />
    </section>
  );
}
