import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/options";
import { signInEmailGate } from "@/lib/auth/sign-in-gate";
import { errorResponse, isAppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ nextauth: string[] }> };

async function handle(request: NextRequest, context: Context) {
  return NextAuth(request, context, authOptions());
}

export { handle as GET };

// Before next-auth sees a POST: a size limit on the body, and for a sign-in e-mail the honeypot
// and the rate limits per address and per IP (429 with Retry-After).
export async function POST(request: NextRequest, context: Context) {
  try {
    const { nextauth } = await context.params;
    const verdict = await signInEmailGate(request, nextauth);
    if (verdict) return verdict;
    return await handle(request, context);
  } catch (error) {
    if (isAppError(error)) return errorResponse(error);
    throw error;
  }
}
