// The client's address for the per-IP limits of sign-in and forms, read by the same rule as the
// API's limits (lib/api/client-address.ts: the socket address the production server records, or
// ATLAS_TRUSTED_PROXIES hops of X-Forwarded-For), normalised to a short key.
import { clientAddress } from "../api/client-address";

export function clientIp(headers: Pick<Headers, "get">): string {
  const address = clientAddress(headers);
  if (address === "unknown") return address;
  const ip = address.replace(/^::ffff:/, "").slice(0, 64);
  return /^[0-9a-fA-F:.]+$/.test(ip) ? ip : "invalid";
}
