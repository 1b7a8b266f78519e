// The site's public origin for absolute links (API answers, exports, embed snippets): SITE_URL when
// set (do set it in production: otherwise the origin comes from the request's Host header, which a
// shared cache keyed on the path alone could mix up), else the host this request came to.
export function originFromHeaders(headers: Headers, fallback: string): string {
  const configured = process.env.SITE_URL?.trim();
  if (configured) return configured.replace(/\/+$/, "");
  // Next.js fills X-Forwarded-Host and -Proto from the request when no proxy did
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  const proto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim() || "http";
  return host && /^[A-Za-z0-9.\-:[\]]+$/.test(host) ? `${proto === "https" ? "https" : "http"}://${host}` : fallback;
}
