// schema.org descriptions for search engines, typed with schema-dts (schema.org's own vocabulary as
// TypeScript types), so that a property outside its type's domain does not compile:
// - a model is a SoftwareApplication: its model card identifies it (sameAs), its paper is a citation,
//   its code a SoftwareSourceCode part (codeRepository is that type's), its training data what it
//   is based on, and its openness assessment a Review by Libre Atlas with a 0-100 Rating;
// - an organisation is an Organization whose sameAs lists only pages that stand for it (a profile on
//   a code or model hub, an encyclopaedia entry, its home page), never a model's repository;
// - the open data is a DataCatalog of two Datasets, each with its CSV and JSON downloads, CC-BY-4.0.
// Every entity has the page's URL and an @id under it, so entries that mention each other connect.
import type { DataCatalog, Organization, SoftwareApplication, WithContext } from "schema-dts";
import type { ModelDetail } from "../catalogue/models";
import type { Locale } from "../i18n/routing";
import { DATA_LICENCE } from "../open-data/licence";
import { EXPORT_ENTITIES, type ExportEntity } from "../open-data/entities";
import { pageUrl } from "./urls";

const SITE = "Libre Atlas";
/** A component's licences as schema.org's license: one URL, several, or none. */
function licenceUrls(model: ModelDetail, component: "weights" | "code" | "data"): string | string[] | undefined {
  const urls = (model.facts.licences?.[component] ?? []).map((licence) => licence.url);
  return urls.length > 1 ? urls : urls[0];
}

const organisationId = (origin: string, slug: string, locale: Locale) => `${pageUrl(origin, `/organisations/${slug}`, locale)}#organisation`;

function publisher(origin: string): Organization {
  return { "@type": "Organization", "@id": `${origin}/#publisher`, name: SITE, url: `${origin}/` };
}

export function modelStructuredData(model: ModelDetail, origin: string, locale: Locale): WithContext<SoftwareApplication> {
  const url = pageUrl(origin, `/models/${model.slug}`, locale);
  return {
    "@context": "https://schema.org",
    "@type": "SoftwareApplication",
    "@id": `${url}#model`,
    url,
    name: model.name,
    description: model.description || undefined,
    applicationCategory: "Machine learning model",
    softwareVersion: model.version ?? undefined,
    datePublished: model.releaseDate ? model.releaseDate.toISOString().slice(0, 10) : model.releaseYear ? String(model.releaseYear) : undefined,
    license: licenceUrls(model, "weights"),
    inLanguage: model.languages.length ? model.languages : undefined,
    isAccessibleForFree: true,
    sameAs: model.modelCardUrl ?? undefined,
    citation: model.paperUrl ? { "@type": "ScholarlyArticle", url: model.paperUrl } : undefined,
    hasPart: model.codeUrl ? { "@type": "SoftwareSourceCode", codeRepository: model.codeUrl, license: licenceUrls(model, "code") } : undefined,
    isBasedOn: model.dataUrl ? { "@type": "Dataset", url: model.dataUrl, license: licenceUrls(model, "data") } : undefined,
    creator: model.organisations.map(({ organisation }) => ({
      "@type": "Organization",
      "@id": organisationId(origin, organisation.slug, locale),
      name: organisation.name,
      address: { "@type": "PostalAddress", addressCountry: organisation.country },
    })),
    review:
      model.grade && model.score !== null
        ? {
            "@type": "Review",
            author: publisher(origin),
            reviewAspect: "openness",
            reviewRating: { "@type": "Rating", ratingValue: Math.round(model.score), bestRating: 100, worstRating: 0, alternateName: model.grade },
            url: pageUrl(origin, "/methodology", locale),
          }
        : undefined,
  };
}

/** Hosts whose first path segment is an account: github.com/CompVis is the organisation, github.com/CompVis/x a repository. */
const PROFILE_HOSTS = new Set(["huggingface.co", "github.com", "gitlab.com", "codeberg.org", "x.com", "twitter.com", "bsky.app"]);

/** Whether a source is a page that stands for the organisation itself, not for one of its works. */
export function isIdentityPage(source: string): boolean {
  let url: URL;
  try {
    url = new URL(source);
  } catch {
    return false;
  }
  const host = url.hostname.replace(/^www\./, "");
  const segments = url.pathname.split("/").filter(Boolean);
  if (segments.length === 0) return true; // a home page
  if (PROFILE_HOSTS.has(host)) return segments.length === 1;
  if (host === "linkedin.com") return segments.length === 2 && segments[0] === "company";
  return host.endsWith(".wikipedia.org") || host === "wikidata.org";
}

export function organisationStructuredData(
  organisation: { slug: string; name: string; description: string; website: string | null; country: string; foundedYear: number | null; sources: string[] },
  origin: string,
  locale: Locale,
): WithContext<Organization> {
  const page = pageUrl(origin, `/organisations/${organisation.slug}`, locale);
  const identities = [...new Set(organisation.sources.filter(isIdentityPage))].filter((source) => source !== organisation.website);
  return {
    "@context": "https://schema.org",
    "@type": "Organization",
    "@id": organisationId(origin, organisation.slug, locale),
    name: organisation.name,
    description: organisation.description || undefined,
    url: organisation.website ?? page,
    mainEntityOfPage: page,
    foundingDate: organisation.foundedYear ? String(organisation.foundedYear) : undefined,
    address: { "@type": "PostalAddress", addressCountry: organisation.country },
    sameAs: identities.length ? identities : undefined,
  };
}

export type DatasetTexts = { catalogName: string; catalogDescription: string; names: Record<ExportEntity, string>; descriptions: Record<ExportEntity, string> };

/** The open data page's Dataset markup, for dataset search: each export, its downloads and its licence. */
export function openDataStructuredData(origin: string, locale: Locale, texts: DatasetTexts, dateModified?: Date): WithContext<DataCatalog> {
  const url = pageUrl(origin, "/open-data", locale);
  return {
    "@context": "https://schema.org",
    "@type": "DataCatalog",
    "@id": `${url}#catalog`,
    url,
    name: texts.catalogName,
    description: texts.catalogDescription,
    publisher: publisher(origin),
    license: DATA_LICENCE.url,
    inLanguage: locale,
    dataset: EXPORT_ENTITIES.map((entity) => ({
      "@type": "Dataset",
      "@id": `${url}#${entity}`,
      name: texts.names[entity],
      description: texts.descriptions[entity],
      url,
      license: DATA_LICENCE.url,
      isAccessibleForFree: true,
      creator: publisher(origin),
      dateModified: dateModified?.toISOString(),
      spatialCoverage: { "@type": "Place", name: "Europe" },
      distribution: (["csv", "json"] as const).map((format) => ({
        "@type": "DataDownload",
        encodingFormat: format === "csv" ? "text/csv" : "application/json",
        contentUrl: `${origin}/api/v1/export/${entity}.${format}`,
      })),
    })),
  };
}
