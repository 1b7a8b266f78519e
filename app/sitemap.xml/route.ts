import { publishedPages } from "@/lib/catalogue/publications";
import { catalogueState } from "@/lib/catalogue/freshness";
import { isNotModified, notModifiedResponse, validatorHeaders, weakEtag } from "@/lib/http/validators";
import { PUBLIC_PAGES } from "@/lib/server/public-pages";
import { siteOrigin } from "@/lib/server/site-origin";
import { sitemapXml } from "@/lib/seo/sitemap";

// Every public page in both languages, each URL with its hreflang alternates. Drafts and archived
// entries are never listed. Crawlers revalidate it: weak ETag and Last-Modified, 304 when unchanged.
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const [{ models, organisations }, state] = await Promise.all([publishedPages(), catalogueState()]);
  const body = sitemapXml(siteOrigin(request.headers), [
    ...PUBLIC_PAGES.map((href) => ({ href })),
    ...models.map((model) => ({ href: `/models/${model.slug}`, lastModified: model.updated })),
    ...organisations.map((organisation) => ({ href: `/organisations/${organisation.slug}`, lastModified: organisation.updated })),
  ]);
  // Last-Modified: the latest change of any model or organisation, so that one leaving the sitemap counts too
  const validators = { etag: weakEtag(body), lastModified: state.lastModified };
  const headers = { "content-type": "application/xml; charset=utf-8", "cache-control": "public, max-age=300" };
  if (isNotModified(request, validators)) return notModifiedResponse(validators, headers);
  return new Response(request.method === "HEAD" ? null : body, { headers: { ...headers, ...validatorHeaders(validators) } });
}

export const HEAD = GET;
