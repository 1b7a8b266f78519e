// The API is open to every origin, writes included. It never reads cookies (and never sends
// Access-Control-Allow-Credentials), so a page elsewhere cannot act for a visitor signed in here: a
// write needs the personal API token in the Authorization header, which only its owner has. A
// browser tool its owner runs on another origin may then send it, which is the point of a token.
export const CORS_HEADERS: Readonly<Record<string, string>> = {
  "access-control-allow-origin": "*",
  "access-control-expose-headers": "ETag, Link, Location, RateLimit, RateLimit-Policy, Retry-After, WWW-Authenticate, Content-Disposition",
};

export function preflightResponse(methods: readonly string[]): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS_HEADERS,
      "access-control-allow-methods": [...methods, "OPTIONS"].join(", "),
      "access-control-allow-headers": "Content-Type, If-None-Match, Authorization",
      "access-control-max-age": "86400",
    },
  });
}
