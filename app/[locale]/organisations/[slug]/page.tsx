import type { Metadata } from "next";
import { cache } from "react";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { entryPageMetadata } from "@/lib/seo/metadata";
import { organisationBySlug, organisationG7Counts, organisationScore } from "@/lib/catalogue/organisations";
import { searchModels } from "@/lib/catalogue/search";
import { currentAnswers } from "@/lib/catalogue/models";
import { EMPTY_MODEL_QUERY, MAX_PAGE } from "@/lib/validation/catalogue";
import { OrganisationPage } from "@/components/organisations/organisation-page";

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const SLUG = /^[a-z0-9][a-z0-9._-]{0,99}$/;

// read once per request: the metadata and the page both need it
const load = cache(async (slug: string) => (SLUG.test(slug) ? organisationBySlug(slug) : null));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const organisation = await load(slug);
  return organisation ? entryPageMetadata(locale, "organisations", organisation) : {};
}

export default async function OrganisationRoute({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const organisation = await load(slug);
  if (!organisation) notFound();
  // Only `page` and `view` are read here; a bad one falls back to the first page, the list.
  const search = await searchParams;
  const requested = Number(search.page);
  const page = Number.isInteger(requested) && requested >= 1 && requested <= MAX_PAGE ? requested : 1;
  const view = search.view === "table" ? "table" : "list";
  // all of its models: a reference developer's are reference models
  const [models, g7] = await Promise.all([
    searchModels({ ...EMPTY_MODEL_QUERY, org: [organisation.slug], scope: "all" }, { page }),
    organisationG7Counts(organisation.id),
  ]);
  const answers = view === "table" ? await currentAnswers(models.items.map((item) => item.id)) : undefined;
  return <OrganisationPage organisation={organisation} score={organisationScore(organisation)} models={models} g7={g7} view={view} answers={answers} />;
}
