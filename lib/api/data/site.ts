// Absolute links in API answers and exports.
import { siteOrigin as originOf } from "../../server/site-origin";

export function siteOrigin(request: Request): string {
  return originOf(request.headers, new URL(request.url).origin);
}

/** SITE_URL's origin when it is set, else undefined: for what must not depend on the request (the OpenAPI document's server). */
export function configuredSiteOrigin(): string | undefined {
  const configured = process.env.SITE_URL?.trim();
  return configured ? configured.replace(/\/+$/, "") : undefined;
}

export const modelPageUrl = (origin: string, slug: string) => `${origin}/models/${encodeURIComponent(slug)}`;
export const organisationPageUrl = (origin: string, slug: string) => `${origin}/organisations/${encodeURIComponent(slug)}`;
