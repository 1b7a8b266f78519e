import type { Metadata } from "next";
import { cache } from "react";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { entryPageMetadata } from "@/lib/seo/metadata";
import { modelBySlug } from "@/lib/catalogue/models";
import { ModelPage } from "@/components/models/model-page";

type Props = { params: Promise<{ locale: string; slug: string }> };

const SLUG = /^[a-z0-9][a-z0-9._-]{0,99}$/;

// read once per request: the metadata and the page both need it
const load = cache(async (slug: string) => (SLUG.test(slug) ? modelBySlug(slug) : null));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const model = await load(slug);
  return model ? entryPageMetadata(locale, "models", model) : {};
}

export default async function ModelRoute({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const model = await load(slug);
  if (!model) notFound();
  return <ModelPage model={model} />;
}
