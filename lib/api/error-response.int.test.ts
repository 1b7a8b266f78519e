// A database that cannot be reached, or a connection that drops mid-request, is a 503 with
// Retry-After and a code, never a 500; a bad DATABASE_URL at start is one clear message.
import { afterEach, describe, expect, inject, it } from "vitest";
import { spawn } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { createPrismaClient } from "../db/prisma";
import { freePort } from "../../e2e/support/server";
import { toApiError } from "./error-response";
import * as licencesRoute from "../../app/api/v1/licences/route";

const holder = globalThis as { prisma?: unknown };
afterEach(() => {
  process.env.DATABASE_URL = inject("databaseUrl");
  holder.prisma = undefined;
});

describe("the database out of reach", () => {
  it("makes an API route answer 503 UNAVAILABLE with Retry-After, in the one error format", async () => {
    process.env.DATABASE_URL = `postgresql://atlas:atlas@127.0.0.1:${await freePort()}/none`;
    holder.prisma = undefined;
    const response = await licencesRoute.GET(new Request("http://atlas.test/api/v1/licences"), { params: Promise.resolve({}) });
    expect(response.status).toBe(503);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect((await response.json()).error).toMatchObject({ code: "UNAVAILABLE", details: [] });
  });

  it("is a 503 too when the connection drops in the middle of a statement", async () => {
    const prisma = createPrismaClient(inject("databaseUrl"), 1);
    const admin = new pg.Client({ connectionString: inject("databaseUrl") });
    await admin.connect();
    try {
      const marker = `drop_me_${Date.now()}`;
      const running = prisma.$queryRawUnsafe(`SELECT pg_sleep(30) AS "${marker}"`).catch((error: unknown) => error);
      // the backend running it, once it runs
      let terminated = 0;
      for (let i = 0; i < 200 && terminated === 0; i++) {
        const { rows } = await admin.query(`SELECT pg_terminate_backend(pid) AS done FROM pg_stat_activity WHERE query LIKE $1 AND pid <> pg_backend_pid()`, [`%${marker}%`]);
        terminated = rows.filter((row: { done: boolean }) => row.done).length;
        if (terminated === 0) await new Promise((resolve) => setTimeout(resolve, 25));
      }
      expect(terminated).toBe(1);
      const error = await running;
      expect(error).toBeInstanceOf(Error);
      const answer = toApiError(error);
      expect(answer.status).toBe(503);
      expect(answer.headers["retry-after"]).toBeDefined();
    } finally {
      await admin.end();
      await prisma.$disconnect().catch(() => undefined);
    }
  });
});

describe("a bad DATABASE_URL at start", () => {
  it("prints the reason alone, without the migration engine's WebAssembly stack", async () => {
    const root = path.resolve(import.meta.dirname, "../..");
    const child = spawn(process.execPath, ["--experimental-wasm-modules", "--disable-warning=ExperimentalWarning", "--import", "tsx", "scripts/start.ts", "--dev"], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: `postgresql://atlas:atlas@127.0.0.1:${await freePort()}/none`, PORT: String(await freePort()) },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    const code = await new Promise((resolve) => child.once("exit", resolve));
    expect(code).toBe(1);
    expect(output).toContain("Can't reach database server");
    expect(output).toContain("check DATABASE_URL");
    expect(output).not.toMatch(/wasm:\/\/|schema_engine_bg|\n\s+at /);
  }, 60_000);
});
