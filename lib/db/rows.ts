import "server-only";
// The catalogue's hot reads (lib/catalogue/search.ts): raw SQL built with Prisma.sql, run on the
// pool under Prisma's client, returning plain rows. Skipping Prisma's raw-query mapping halves the
// Node.js time of a search (docs/bench-catalogue.md), which at ten searches at once is most of it.
// Rows come back as pg parses them; the one difference from $queryRaw that matters here is
// `timestamp` (without time zone, how Prisma stores DateTime), read as UTC like Prisma does.
import pg from "pg";
import type { Prisma } from "./generated/client";
import { dbPool } from "./client";

const TIMESTAMP = 1114;
const parseUtc = (value: string) => new Date(`${value.replace(" ", "T")}Z`);

const TYPES = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === TIMESTAMP && format !== "binary" ? parseUtc : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

export async function rows<T>(query: Prisma.Sql): Promise<T[]> {
  const result = await dbPool().query({ text: query.text, values: query.values, types: TYPES });
  return result.rows as T[];
}
