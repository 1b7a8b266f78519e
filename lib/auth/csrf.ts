// next-auth's CSRF check (the double-submit cookie of next-auth v4: the cookie holds "token|hash",
// the hash being SHA-256 of the token and the secret, and a POST's body repeats the token), made
// here too so that the sign-in gate can tell a request next-auth will act on from one it will
// refuse, before it counts it. e2e/auth.spec.ts pins it to next-auth's own answers.
import { createHash, timingSafeEqual } from "node:crypto";

/** A cookie's value from a Cookie header, decoded; undefined when absent. */
export function cookieValue(header: string | null, name: string): string | undefined {
  for (const pair of (header ?? "").split(";")) {
    const separator = pair.indexOf("=");
    if (separator !== -1 && pair.slice(0, separator).trim() === name) {
      try {
        return decodeURIComponent(pair.slice(separator + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

const same = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** Whether a POST carries the CSRF token its cookie vouches for, as next-auth checks it. */
export function csrfTokenVerified(cookie: string | undefined, bodyToken: string | null, secret: string): boolean {
  if (!cookie || !bodyToken) return false;
  const [token, hash] = cookie.split("|");
  if (!token || !hash) return false;
  const expected = createHash("sha256").update(`${token}${secret}`).digest("hex");
  return same(hash, expected) && same(token, bodyToken);
}
