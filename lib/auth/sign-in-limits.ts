import "server-only";
// The limits on sign-in e-mails, in one place over the site's one rate limiter
// (lib/security/rate-limit.ts, counted in the database across workers and instances).
// - per address *from one client address* (5 an hour): a stranger elsewhere spends a budget of their
//   own, never the person's (one key per address shared by everyone let five forged requests lock
//   a person out of e-mail sign-in for an hour);
// - per client address (30 an hour), whatever the addresses: what bounds a sender of many links;
// - a link used resets its address's counts: whoever could read the e-mail is the person.
import { db } from "../db/client";
import { clearRateLimits, enforceRateLimits, hashedKey, LIMITS } from "../security/rate-limit";

const addressKey = (email: string) => `${hashedKey("signin-email:address", email)}:`;

/** Counts one sign-in e-mail asked for `email` from `ip`; throws RATE_LIMITED (429) past either limit. */
export async function limitSignInEmail(email: string, ip: string): Promise<void> {
  await enforceRateLimits(db(), [
    { key: `${addressKey(email)}ip:${ip}`, ...LIMITS.signInEmailPerAddress },
    { key: `signin-email:ip:${ip}`, ...LIMITS.signInEmailPerIp },
  ]);
}

/** Forgets the e-mails asked for `email`, from every client address: its owner just used a link. */
export async function forgetSignInEmails(email: string): Promise<void> {
  await clearRateLimits(db(), addressKey(email.trim().toLowerCase()));
}
