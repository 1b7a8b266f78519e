// The Prisma client factory, shared by the app (lib/db/client.ts) and the command-line scripts.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "./generated/client";
import { SESSION_OPTIONS } from "./planner";

export type { PrismaClient };
export * as Db from "./generated/client";

/** A Prisma client and the connection pool under it, which the catalogue's hot reads use directly (lib/db/rows.ts). */
export type Database = { prisma: PrismaClient; pool: pg.Pool };

export function createDatabase(connectionString: string, poolSize = 10): Database {
  const pool = new pg.Pool({ connectionString, max: poolSize, options: SESSION_OPTIONS });
  // A connection the server ends (a restart, an administrator, a dropped test database) reports the
  // error to its query while checked out, to the pool while idle, and to nobody while being closed;
  // an unheard 'error' event would stop the process. The pool replaces the connection either way.
  pool.on("error", (error) => console.warn(`[atlas] database connection lost while idle: ${error.message}`));
  pool.on("connect", (client) => client.on("error", () => {}));
  // the client's $disconnect() ends the pool
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  return { prisma, pool };
}

export function createPrismaClient(connectionString: string, poolSize = 10): PrismaClient {
  return createDatabase(connectionString, poolSize).prisma;
}
