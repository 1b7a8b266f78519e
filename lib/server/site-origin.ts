import { envSchema } from "../env";

/**
 * The public origin for absolute links (sitemap, feed, Open Graph): SITE_URL when set, else the
 * origin the request came to (Next.js fills in x-forwarded-host and -proto). Set SITE_URL in
 * production, so a forged Host header cannot change the links.
 */
export function siteOrigin(headers: Headers): string {
  const configured = envSchema.shape.SITE_URL.safeParse(process.env.SITE_URL || undefined);
  if (configured.success && configured.data) return new URL(configured.data).origin;
  const host = headers.get("x-forwarded-host") ?? headers.get("host") ?? "localhost";
  const protocol = headers.get("x-forwarded-proto")?.split(",")[0]?.trim() ?? "http";
  try {
    return new URL(`${protocol === "https" ? "https" : "http"}://${host}`).origin;
  } catch {
    return "http://localhost"; // a Host header that is no host at all
  }
}
