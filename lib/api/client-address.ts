// Which address a request comes from, for per-IP limits. The production server
// (lib/server/web-server.ts) writes the socket's address in PEER_HEADER, replacing anything a client
// sent under that name. Behind reverse proxies, set ATLAS_TRUSTED_PROXIES to their number: the
// address is then read that many hops from the right of X-Forwarded-For, which the proxies append to
// (a client can write the left of that header, never the hops your own proxies add).
export const PEER_HEADER = "x-atlas-peer-address";

export function clientAddress(headers: Pick<Headers, "get">, trustedProxies = Number(process.env.ATLAS_TRUSTED_PROXIES ?? 0)): string {
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  const peer = headers.get(PEER_HEADER);
  // Without the production server (next dev), Next.js itself fills X-Forwarded-For with the socket's
  // address when the client sent none: its last entry is the best there is.
  const chain = peer ? [...forwarded, peer] : forwarded;
  const hops = Number.isInteger(trustedProxies) && trustedProxies > 0 ? trustedProxies : 0;
  return chain[Math.max(0, chain.length - 1 - hops)] ?? "unknown";
}
