import "server-only";
import { authOrigin, externalProviders, mailDelivery } from "./config";
import { serverEnv } from "./env";

/** What the sign-in page offers. */
export function signInMethods() {
  const env = serverEnv();
  const delivery = mailDelivery(env, authOrigin(env));
  return { email: delivery !== "none", logDelivery: delivery === "log", providers: externalProviders(env) };
}

/** A callbackUrl from the query string, kept only when it is a path on this site. */
export function safeCallbackUrl(value: string | string[] | undefined, fallback: string): string {
  const url = Array.isArray(value) ? value[0] : value;
  if (!url || !url.startsWith("/") || url.startsWith("//") || url.includes("\\") || url.length > 500) return fallback;
  return url;
}
