// Headers every answer carries, whoever writes it: Next.js (next.config.ts) or the production web
// server's fast path (lib/badges/fast-path.ts). The Content-Security-Policy of pages needs a fresh
// nonce per request, so proxy.ts sets it.
export function securityHeaders(production = process.env.NODE_ENV === "production"): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    ...(production ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}
