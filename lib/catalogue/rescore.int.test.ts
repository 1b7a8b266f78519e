import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "../db/prisma";
import { METHODOLOGY_VERSION, CRITERION_KEYS } from "../openness";
import { rescoreModels } from "./rescore";

let prisma: PrismaClient;
beforeAll(() => {
  prisma = createPrismaClient(inject("databaseUrl"), 2);
});
afterAll(async () => {
  await prisma.$disconnect();
});

describe("re-scoring after a methodology version change", () => {
  it("adds an assessment under the current version and keeps the old one readable", async () => {
    const previous = METHODOLOGY_VERSION - 1;
    const model = await prisma.model.create({
      data: {
        slug: "rescore-test",
        name: "Rescore Test",
        modality: "text",
        // An assessment made under an earlier version, whose stored grade the new rules would not give.
        assessments: {
          create: {
            methodologyVersion: previous,
            score: 99,
            grade: "A",
            complete: true,
            answers: {
              create: CRITERION_KEYS.map((criterion) => ({
                criterion,
                grade: "open" as const,
                // no evidence: the current rules do not count an open answer without a link
                evidenceUrl: criterion === "weights" || criterion === "use" ? "https://example.org/card" : null,
              })),
            },
          },
        },
      },
    });

    expect(await rescoreModels(prisma)).toBeGreaterThanOrEqual(1);

    const assessments = await prisma.assessment.findMany({
      where: { modelId: model.id },
      orderBy: { methodologyVersion: "asc" },
      include: { answers: true },
    });
    expect(assessments.map((a) => a.methodologyVersion)).toEqual([previous, METHODOLOGY_VERSION]);
    const [old, current] = assessments;
    expect(old!.grade).toBe("A");
    expect(old!.score).toBe(99);
    expect(old!.answers).toHaveLength(CRITERION_KEYS.length);
    // Under the current rules only use and weights count (they carry evidence): grade C.
    expect(current!.grade).toBe("C");
    const refreshed = await prisma.model.findUniqueOrThrow({ where: { id: model.id } });
    expect(refreshed.grade).toBe("C");
    expect(refreshed.score).toBeCloseTo(current!.score, 10);

    // Running again changes nothing: every model already has a current assessment.
    expect(await rescoreModels(prisma)).toBe(0);
  });
});
