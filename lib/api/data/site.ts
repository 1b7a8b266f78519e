// Absolute links in API answers and exports.
import { siteOrigin as originOf } from "../../server/site-origin";

export function siteOrigin(request: Request): string {
  return originOf(request.headers, new URL(request.url).origin);
}

export const modelPageUrl = (origin: string, slug: string) => `${origin}/models/${encodeURIComponent(slug)}`;
export const organisationPageUrl = (origin: string, slug: string) => `${origin}/organisations/${encodeURIComponent(slug)}`;
