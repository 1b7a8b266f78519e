// schema.org descriptions for search engines: a model as a SoftwareApplication, an organisation
// as an Organization. Absolute URLs only when SITE_URL says where the site lives.
import type { ModelDetail } from "@/lib/catalogue/models";

function pageUrl(path: string, locale: string): string | undefined {
  const site = process.env.SITE_URL?.replace(/\/$/, "");
  return site ? `${site}${locale === "en" ? "" : `/${locale}`}${path}` : undefined;
}

export function modelStructuredData(model: ModelDetail, locale: string) {
  return {
    "@context": "https://schema.org",
    "@type": "SoftwareApplication",
    name: model.name,
    description: model.description || undefined,
    url: pageUrl(`/models/${model.slug}`, locale),
    applicationCategory: "Machine learning model",
    softwareVersion: model.version ?? undefined,
    datePublished: model.releaseDate ? model.releaseDate.toISOString().slice(0, 10) : model.releaseYear ? String(model.releaseYear) : undefined,
    license: model.facts.licences?.weights?.[0]?.url,
    inLanguage: model.languages.length ? model.languages : undefined,
    isAccessibleForFree: true,
    sameAs: [model.modelCardUrl, model.codeUrl, model.paperUrl].filter(Boolean),
    creator: model.organisations.map(({ organisation }) => ({
      "@type": "Organization",
      name: organisation.name,
      url: pageUrl(`/organisations/${organisation.slug}`, locale),
      address: { "@type": "PostalAddress", addressCountry: organisation.country },
    })),
    additionalProperty:
      model.grade && model.score !== null
        ? [
            { "@type": "PropertyValue", name: "Openness grade", value: model.grade },
            { "@type": "PropertyValue", name: "Openness score", value: Math.round(model.score), minValue: 0, maxValue: 100 },
          ]
        : undefined,
  };
}

export function organisationStructuredData(
  organisation: { slug: string; name: string; description: string; website: string | null; country: string; foundedYear: number | null; sources: string[] },
  locale: string,
) {
  return {
    "@context": "https://schema.org",
    "@type": "Organization",
    name: organisation.name,
    description: organisation.description || undefined,
    url: organisation.website ?? pageUrl(`/organisations/${organisation.slug}`, locale),
    foundingDate: organisation.foundedYear ? String(organisation.foundedYear) : undefined,
    address: { "@type": "PostalAddress", addressCountry: organisation.country },
    sameAs: organisation.sources.length ? organisation.sources : undefined,
  };
}
