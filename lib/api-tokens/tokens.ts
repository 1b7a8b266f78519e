// The token itself, pure: "atlas_" and 32 random bytes in base64url (256 bits: guessing is hopeless,
// so a plain SHA-256 of it is enough to store; no salt or slow hash is needed for random secrets).
// Only the hash and the first characters are kept; the token is shown once, when it is made.
import { createHash, randomBytes } from "node:crypto";

export const TOKEN_PREFIX = "atlas_";
const TOKEN_PATTERN = /^atlas_[A-Za-z0-9_-]{43}$/;
/** how many characters of a token its owner sees in the list */
export const VISIBLE_PREFIX_LENGTH = TOKEN_PREFIX.length + 4;

export function generateApiToken(): { token: string; hash: string; prefix: string } {
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { token, hash: hashApiToken(token), prefix: token.slice(0, VISIBLE_PREFIX_LENGTH) };
}

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function isApiTokenShaped(value: string): boolean {
  return TOKEN_PATTERN.test(value);
}

/**
 * The credentials of an `Authorization` header: `missing` when there is none (or another scheme),
 * `malformed` when it is a Bearer header that cannot be one of our tokens, else the token.
 */
export function bearerToken(header: string | null): { kind: "missing" } | { kind: "malformed" } | { kind: "token"; token: string } {
  if (!header) return { kind: "missing" };
  const match = /^\s*Bearer(?:\s+(.*))?$/i.exec(header);
  if (!match) return { kind: "missing" };
  const token = (match[1] ?? "").trim();
  return isApiTokenShaped(token) ? { kind: "token", token } : { kind: "malformed" };
}
