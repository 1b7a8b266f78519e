import { db } from "@/lib/db/client";
import { errorResponse, UNAVAILABLE_RETRY_SECONDS } from "@/lib/api/error-response";
import { ApiError } from "@/lib/api/errors";
import { otherMethods } from "@/lib/api/route";

export const dynamic = "force-dynamic";

// Liveness and database readiness, for load balancers and the start script: 200, or 503 in the one
// error format when the database does not answer.
export async function GET() {
  const started = performance.now();
  try {
    await db().$queryRaw`SELECT 1`;
    const migrations = await db().$queryRaw<{ count: bigint }[]>`
      SELECT count(*) AS count FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`;
    return Response.json(
      {
        status: "ok",
        database: { status: "up", latencyMs: Math.round(performance.now() - started), migrations: Number(migrations[0]?.count ?? 0) },
      },
      { headers: { "cache-control": "no-store" } },
    );
  } catch (error) {
    console.error("health check: database unreachable:", error instanceof Error ? error.message : error);
    return errorResponse(new ApiError(503, "UNAVAILABLE", "The database does not answer.", [], { "retry-after": String(UNAVAILABLE_RETRY_SECONDS) }));
  }
}

export const HEAD = GET;
export const { POST, PUT, PATCH, DELETE } = otherMethods(["GET", "HEAD"]);
