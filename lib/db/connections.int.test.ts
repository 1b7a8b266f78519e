// The app's database connections (lib/db/prisma.ts), on both engines.
import { describe, expect, inject, it } from "vitest";
import pg from "pg";
import { createDatabase, createPrismaClient } from "./prisma";

describe("the app's database sessions", () => {
  it("use the planner settings the catalogue’s indexes are chosen with", async () => {
    const prisma = createPrismaClient(process.env.DATABASE_URL!, 1);
    try {
      const [row] = await prisma.$queryRaw<{ random_page_cost: string }[]>`SHOW random_page_cost`;
      expect(row?.random_page_cost).toBe("1.1");
    } finally {
      await prisma.$disconnect();
    }
  });

  it.runIf(inject("databaseKind") === "postgresql")("survive the server ending an idle connection, and carry on with a new one", async () => {
    const { prisma, pool } = createDatabase(process.env.DATABASE_URL!, 1);
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL! });
    await admin.connect();
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (message: string) => warnings.push(message);
    try {
      // the pool's connection, idle, before Prisma has ever connected (the search reads run first)
      const [{ pid }] = (await pool.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows as [{ pid: number }];
      await admin.query("SELECT pg_terminate_backend($1)", [pid]);
      await new Promise((resolve) => setTimeout(resolve, 300)); // an unheard error would fail the run here
      expect(warnings.join("\n")).toMatch(/database connection lost while idle/);
      const [again] = (await pool.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows;
      expect(again?.pid).not.toBe(pid);
      expect(await prisma.$queryRaw`SELECT 1 AS one`).toEqual([{ one: 1 }]);
    } finally {
      console.warn = warn;
      await admin.end();
      await prisma.$disconnect();
    }
  });
});
