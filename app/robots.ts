import type { MetadataRoute } from "next";
import { headers } from "next/headers";
import { siteOrigin } from "@/lib/server/site-origin";

export const dynamic = "force-dynamic";

// Every page is public; the JSON API is for programs, not for crawlers.
export default async function robots(): Promise<MetadataRoute.Robots> {
  const origin = siteOrigin(await headers());
  return { rules: [{ userAgent: "*", allow: "/", disallow: ["/api/"] }], sitemap: `${origin}/sitemap.xml` };
}
