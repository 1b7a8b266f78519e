import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";

// Liveness and database readiness, for load balancers and the start script.
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
    return Response.json(
      { status: "error", error: { code: "DATABASE_UNAVAILABLE", message: "The database does not answer." }, database: { status: "down" } },
      { status: 503, headers: { "cache-control": "no-store" } },
    );
  }
}
