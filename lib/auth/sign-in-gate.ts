import "server-only";
import { z } from "zod";
import { AppError } from "../errors";
import { readTextWithLimit } from "../security/body";
import { clientIp } from "../security/client-ip";
import { authOrigin, csrfCookieNameFor } from "./config";
import { cookieValue, csrfTokenVerified } from "./csrf";
import { serverEnv } from "./env";
import { limitSignInEmail } from "./sign-in-limits";

/** Sign-in requests are a few short fields. */
export const AUTH_BODY_LIMIT = 4096;
/** The field a person never sees nor fills (components/forms/honeypot.tsx). */
export const HONEYPOT_FIELD = "website";

/**
 * Checks a POST to next-auth before it runs. Returns a response to send instead (a honeypot hit
 * is answered like a success, so a bot learns nothing), or null to let next-auth handle it.
 * Throws AppError PAYLOAD_TOO_LARGE or RATE_LIMITED. Only a request that passes next-auth's CSRF
 * check is counted: next-auth sends nothing for the others, and counting them let anyone spend a
 * person's budget without even a token.
 */
export async function signInEmailGate(request: Request, path: string[]): Promise<Response | null> {
  const text = await readTextWithLimit(request.clone(), AUTH_BODY_LIMIT);
  if (path[0] !== "signin" || path[1] !== "email") return null;
  const form = new URLSearchParams(text);
  if (form.get(HONEYPOT_FIELD)) {
    return Response.json({ url: new URL("/signin/check-email", request.url).toString() });
  }
  const env = serverEnv();
  const cookie = cookieValue(request.headers.get("cookie"), csrfCookieNameFor(authOrigin(env)));
  if (!csrfTokenVerified(cookie, form.get("csrfToken"), env.AUTH_SECRET ?? env.NEXTAUTH_SECRET ?? "")) return null;
  const parsed = z.email().max(254).safeParse((form.get("email") ?? "").trim().toLowerCase());
  if (!parsed.success) {
    throw new AppError("VALIDATION", "Give a valid e-mail address.", { fields: { email: { key: "email" } } });
  }
  await limitSignInEmail(parsed.data, clientIp(request.headers));
  return null;
}
