import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/options";
import { signInEmailGate } from "@/lib/auth/sign-in-gate";
import { errorResponse } from "@/lib/api/error-response";
import { otherMethods } from "@/lib/api/route";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ nextauth: string[] }> };

// next-auth's own answers, or an error in the one JSON format (a database out of reach is a 503)
async function handle(request: NextRequest, context: Context) {
  try {
    return await NextAuth(request, context, authOptions());
  } catch (error) {
    return errorResponse(error, {}, "sign-in");
  }
}

export { handle as GET };

// Before next-auth sees a POST: a size limit on the body, and for a sign-in e-mail the honeypot
// and the rate limits per address and per IP (429 with Retry-After).
export async function POST(request: NextRequest, context: Context) {
  try {
    const { nextauth } = await context.params;
    const verdict = await signInEmailGate(request, nextauth);
    if (verdict) return verdict;
  } catch (error) {
    return errorResponse(error, {}, "sign-in");
  }
  return handle(request, context);
}

export const { PUT, PATCH, DELETE } = otherMethods(["GET", "HEAD", "POST"]);
