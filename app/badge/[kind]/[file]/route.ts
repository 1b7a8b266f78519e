import { serveBadge } from "@/lib/badges/serve";

// Usually answered by proxy.ts from memory; this route reads the database when the answer is not
// cached (or has expired) and fills the cache.
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ kind: string; file: string }> };

export async function GET(request: Request, { params }: Context) {
  const { kind, file } = await params;
  return serveBadge(request, kind, file);
}

export const HEAD = GET;
