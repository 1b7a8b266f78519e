// The client's address for per-IP limits. Next.js fills X-Forwarded-For with the socket address when
// the request has none; behind a reverse proxy that appends to it (nginx's
// $proxy_add_x_forwarded_for, Caddy, Traefik), the last entry is the address the proxy saw.
// Exposed directly, a client can write the header itself: per-IP limits then only add to the
// per-account ones, which it cannot forge.
export function clientIp(headers: Pick<Headers, "get">): string {
  const forwarded = headers.get("x-forwarded-for") ?? "";
  const last = forwarded.split(",").map((part) => part.trim()).filter(Boolean).pop();
  if (!last) return "unknown";
  const ip = last.replace(/^::ffff:/, "").slice(0, 64);
  return /^[0-9a-fA-F:.]+$/.test(ip) ? ip : "invalid";
}
