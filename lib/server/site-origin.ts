import { envSchema } from "../env";

/**
 * The site's public origin, for every absolute link (pages' metadata, sitemap, feed, API answers,
 * exports, embed snippets): SITE_URL when set, else the origin the request came to (Next.js fills
 * in x-forwarded-host and -proto when no proxy did). Set SITE_URL in production, so that a forged
 * Host header cannot change the links (nor a shared cache keyed on the path mix them up).
 * `fallback`: the origin when the request names none that parses.
 */
export function siteOrigin(headers: Pick<Headers, "get">, fallback = "http://localhost"): string {
  const configured = envSchema.shape.SITE_URL.safeParse(process.env.SITE_URL?.trim() || undefined);
  if (configured.success && configured.data) return new URL(configured.data).origin;
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  const protocol = headers.get("x-forwarded-proto")?.split(",")[0]?.trim() ?? "http";
  if (!host || !/^[A-Za-z0-9.\-:[\]]+$/.test(host)) return fallback;
  try {
    return new URL(`${protocol === "https" ? "https" : "http"}://${host}`).origin;
  } catch {
    return fallback; // a Host header that is no host at all
  }
}
