import "server-only";
import type pg from "pg";
import { createDatabase, type PrismaClient } from "./prisma";

// One client per server process, created on first use so that `next build` needs no database.
// Kept on globalThis (Next.js may load this module in several bundles); tests that point the app
// at another database set `prisma` to undefined, which also drops the pool that went with it.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient; prismaPools?: WeakMap<PrismaClient, pg.Pool> };

export function db(): PrismaClient {
  if (!globalForPrisma.prisma) {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) throw new Error("DATABASE_URL is not set: start the app with `npm start`.");
    const { prisma, pool } = createDatabase(connectionString);
    (globalForPrisma.prismaPools ??= new WeakMap()).set(prisma, pool);
    globalForPrisma.prisma = prisma;
  }
  return globalForPrisma.prisma;
}

/** The connection pool under db(): the same connections, for reads that skip Prisma's result mapping. */
export function dbPool(): pg.Pool {
  const client = db(); // first: it creates the pool on first use
  const pool = globalForPrisma.prismaPools?.get(client);
  if (!pool) throw new Error("The database client was not created by db().");
  return pool;
}
