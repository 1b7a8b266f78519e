// Which address a request comes from, for every per-address limit (sign-in, forms, the API), by one
// rule, never from a header a client can set:
// - ATLAS_TRUSTED_PROXIES = N > 0 (behind N reverse proxies, the app's port reachable only by
//   them): the N-th entry of X-Forwarded-For from the right, the address the outermost of your
//   proxies saw (each appends the address it was connected from; a client writes only the left).
//   A request with fewer entries did not come through them: its socket's address, as below;
// - 0 (clients connect to the app itself): the socket's address, which only the production web
//   server (lib/server/web-server.ts) knows: it writes it in PEER_HEADER on every request, over
//   whatever a client sent. Under another server (next start, next dev) the socket is out of
//   reach and X-Forwarded-For is the client's own (Next.js fills it only when it is missing): every
//   client is then "unknown" and shares one budget, and the log says so once.
export const PEER_HEADER = "x-atlas-peer-address";
const RECORDED_KEY = Symbol.for("libre-atlas.peer-address-recorded");

/** Called by the production web server, which writes the socket's address in PEER_HEADER on every request of this process. */
export function peerAddressRecorded(): void {
  (globalThis as { [RECORDED_KEY]?: boolean })[RECORDED_KEY] = true;
}

let warned = false;

export function clientIp(headers: Pick<Headers, "get">, trustedProxies = Number(process.env.ATLAS_TRUSTED_PROXIES ?? 0)): string {
  const hops = Number.isInteger(trustedProxies) && trustedProxies > 0 ? trustedProxies : 0;
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  let address: string | undefined;
  if (hops > 0 && forwarded.length >= hops) {
    address = forwarded[forwarded.length - hops];
  } else if ((globalThis as { [RECORDED_KEY]?: boolean })[RECORDED_KEY]) {
    address = headers.get(PEER_HEADER) ?? undefined;
  } else if (!warned) {
    warned = true;
    console.warn("[atlas] per-address limits cannot see clients' addresses under this server: start it with `npm start`, or set ATLAS_TRUSTED_PROXIES behind a reverse proxy");
  }
  if (!address) return "unknown";
  const ip = address.replace(/^::ffff:/, "").slice(0, 64);
  return /^[0-9a-fA-F:.]+$/.test(ip) ? ip : "invalid";
}
