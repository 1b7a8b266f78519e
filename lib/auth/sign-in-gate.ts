import "server-only";
import { z } from "zod";
import { db } from "../db/client";
import { AppError } from "../errors";
import { readTextWithLimit } from "../security/body";
import { clientIp } from "../security/client-ip";
import { enforceRateLimits, hashedKey, LIMITS } from "../security/rate-limit";

/** Sign-in requests are a few short fields. */
export const AUTH_BODY_LIMIT = 4096;
/** The field a person never sees nor fills (components/forms/honeypot.tsx). */
export const HONEYPOT_FIELD = "website";

/**
 * Checks a POST to next-auth before it runs. Returns a response to send instead (a honeypot hit
 * is answered like a success, so a bot learns nothing), or null to let next-auth handle it.
 * Throws AppError PAYLOAD_TOO_LARGE or RATE_LIMITED.
 */
export async function signInEmailGate(request: Request, path: string[]): Promise<Response | null> {
  const text = await readTextWithLimit(request.clone(), AUTH_BODY_LIMIT);
  if (path[0] !== "signin" || path[1] !== "email") return null;
  const form = new URLSearchParams(text);
  if (form.get(HONEYPOT_FIELD)) {
    return Response.json({ url: new URL("/signin/check-email", request.url).toString() });
  }
  const parsed = z.email().max(254).safeParse((form.get("email") ?? "").trim().toLowerCase());
  if (!parsed.success) {
    throw new AppError("VALIDATION", "Give a valid e-mail address.", { fields: { email: { key: "email" } } });
  }
  const email = parsed.data;
  await enforceRateLimits(db(), [
    { key: hashedKey("signin-email:address", email), ...LIMITS.signInEmailPerAddress },
    { key: `signin-email:ip:${clientIp(request.headers)}`, ...LIMITS.signInEmailPerIp },
  ]);
  return null;
}
