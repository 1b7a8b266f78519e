/** A fresh CSP nonce: 122 random bits, base64 (no character that HTML or JSON would escape). */
export function newNonce(): string {
  return btoa(crypto.randomUUID());
}

/** The Content-Security-Policy for pages: scripts only from us and with this request's nonce. */
export function contentSecurityPolicy(nonce: string, development = false): string {
  return [
    "default-src 'self'",
    // React's development build evaluates code; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
