// The Prisma client factory, shared by the app (lib/db/client.ts) and the command-line scripts.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { SESSION_OPTIONS } from "./planner";

export type { PrismaClient };
export * as Db from "./generated/client";

export function createPrismaClient(connectionString: string, poolSize = 10): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: poolSize, options: SESSION_OPTIONS }) });
}
