// The app's sessions plan for a database in memory or on SSD (lib/db/prisma.ts), on both engines.
import { describe, expect, it } from "vitest";
import { createPrismaClient } from "./prisma";

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
});
