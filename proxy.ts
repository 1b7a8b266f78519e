import createMiddleware from "next-intl/middleware";
import type { NextRequest } from "next/server";
import { routing } from "./lib/i18n/routing";
import { contentSecurityPolicy, newNonce } from "./lib/security/csp";
import { refuseMalformedAction } from "./lib/security/action-body";

const handleI18nRouting = createMiddleware(routing);

// Every page gets a fresh nonce: Next.js adds it to its own scripts when it finds it in the
// request's Content-Security-Policy, so no inline script runs without it.
export default async function proxy(request: NextRequest) {
  // a server action's body that Next.js could only answer with a 500: refused here with a 400 or 413
  const refused = await refuseMalformedAction(request);
  if (refused) return refused;
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV !== "production");
  request.headers.set("x-nonce", nonce);
  request.headers.set("content-security-policy", csp);
  const response = handleI18nRouting(request);
  response.headers.set("content-security-policy", csp);
  return response;
}

export const config = {
  // Pages only: not the API (but `/api`, its documentation page), badges, Next's assets, or static files.
  // Static files are told by their extension, not by any dot: slugs have dots (/models/smollm2-1.7b).
  matcher: ["/((?!api/|badge/|_next|_vercel|.*\\.(?:ico|png|jpe?g|gif|svg|webp|avif|txt|xml|json|webmanifest|js|css|map|woff2?)$).*)"],
};
