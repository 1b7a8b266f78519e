// Absolute links in API answers and exports: the public origin when SITE_URL is set, else the
// origin the request came to.
export function siteOrigin(requestUrl: URL): string {
  const configured = process.env.SITE_URL?.trim();
  return (configured ? configured : requestUrl.origin).replace(/\/+$/, "");
}

export const modelPageUrl = (origin: string, slug: string) => `${origin}/models/${encodeURIComponent(slug)}`;
export const organisationPageUrl = (origin: string, slug: string) => `${origin}/organisations/${encodeURIComponent(slug)}`;
