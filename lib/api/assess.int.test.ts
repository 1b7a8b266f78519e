// POST /api/v1/assess on a real database, through the route handler: the grade a model would get,
// from the same function approval stores, with every reason; nothing stored; bad input named.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "../db/prisma";
import { seedCatalogue } from "../../prisma/seed/seed";
import { assessmentSchema } from "./schemas";
import { resetRateLimits } from "../testing/rate-limits";
import * as assessRoute from "../../app/api/v1/assess/route";
import * as modelRoute from "../../app/api/v1/models/[slug]/route";

const BASE = "http://atlas.test";
let prisma: PrismaClient;

async function assess(body: unknown, headers: Record<string, string> = {}) {
  const response = await assessRoute.POST(
    new Request(`${BASE}/api/v1/assess`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: typeof body === "string" ? body : JSON.stringify(body) }),
  );
  return { status: response.status, json: await response.json(), response };
}

const EVIDENCE = "https://example.org/evidence";
const open = { answer: "open", evidenceUrl: EVIDENCE };
const ALL_OPEN = Object.fromEntries(["use", "methods", "data", "retrain", "weights", "architecture", "paper", "modelcard", "datacard", "evaluation", "checkpoints", "inference"].map((key) => [key, open]));

beforeAll(async () => {
  prisma = createPrismaClient(inject("databaseUrl"), 2);
  await seedCatalogue(prisma);
  await resetRateLimits();
});
afterAll(async () => {
  await prisma.$disconnect();
});

describe("POST /api/v1/assess", () => {
  it("answers the assessment a published model's page gives, for the same answers and licences", async () => {
    const { json: model } = await (async () => {
      const response = await modelRoute.GET(new Request(`${BASE}/api/v1/models/lucie-7b`), { params: Promise.resolve({ slug: "lucie-7b" }) });
      return { json: await response.json() };
    })();
    const answers = Object.fromEntries(
      model.assessment.criteria.map((c: { criterion: string; entered: string; evidenceUrl: string | null; note: string | null }) => [c.criterion, { answer: c.entered, evidenceUrl: c.evidenceUrl, note: c.note }]),
    );
    const ids = (list: { id: string }[]) => list.map((licence) => licence.id);
    const { status, json } = await assess({ answers, licences: { weights: ids(model.licences.weights), code: ids(model.licences.code), data: ids(model.licences.data) } });
    expect(status).toBe(200);
    expect(assessmentSchema.safeParse(json).success).toBe(true);
    expect(json).toMatchObject({ grade: model.assessment.grade, score: model.assessment.score, complete: model.assessment.complete, assessedAt: null, methodologyVersion: 2 });
    expect(json.criteria).toEqual(model.assessment.criteria);
    expect(json.officialLabels.g7.label).toBe(model.officialLabels.g7.label);
  });

  it("applies what a base model passes on: a fine-tune of a restricted model cannot claim open use", async () => {
    const restricted = await prisma.model.findFirstOrThrow({ where: { slug: "llama-3.1-8b" }, select: { slug: true } });
    const free = await assess({ answers: ALL_OPEN, licences: { weights: ["Apache-2.0"], code: ["MIT"], data: ["CC-BY-4.0"] } });
    expect(free.json.grade).toBe("A");
    const derived = await assess({ answers: ALL_OPEN, licences: { weights: ["Apache-2.0"], code: ["MIT"], data: ["CC-BY-4.0"] }, baseModel: restricted.slug });
    expect(derived.json.grade).toBe("D");
    const use = derived.json.criteria.find((c: { criterion: string }) => c.criterion === "use");
    expect(use).toMatchObject({ entered: "open", grade: "closed", adjustments: ["use-closed-by-inherited-licence"] });
    expect(derived.json.reasons.map((r: { code: string }) => r.code)).toContain("use-closed-by-inherited-licence");
    expect(derived.json.officialLabels.g7.label).toBe("weights_available_ai");
  });

  it("says why in French when asked", async () => {
    const { json } = await assess({ answers: { use: open, weights: open }, licences: { weights: ["LicenseRef-Gemma-Terms-of-Use", "CC-BY-SA-4.0"] } }, { "accept-language": "fr" });
    expect(json.reasons.find((r: { code: string }) => r.code === "use-closed-by-licence").text).toMatch(/^Usage fermé/);
  });

  it("refuses an unknown criterion, licence id or base model with 400 naming the field, and stores nothing", async () => {
    const before = await prisma.assessment.count();
    const cases: [unknown, string][] = [
      [{ answers: { vibes: open } }, "answers.vibes"],
      [{ answers: { use: { answer: "mostly" } } }, "answers.use.answer"],
      [{ answers: { use: open }, licences: { weights: ["Apache-2.0", "No-Such-Licence"] } }, "licences.weights.1"],
      [{ answers: { use: open }, baseModel: "no-such-model" }, "baseModel"],
      [{ answers: {}, licences: { weights: Array.from({ length: 11 }, () => "MIT") } }, "licences.weights"],
      [{ answers: {}, extra: 1 }, "extra"],
    ];
    for (const [body, field] of cases) {
      const { status, json } = await assess(body);
      expect(status, field).toBe(400);
      expect(json.error.code).toBe("INVALID_BODY");
      expect(json.error.details.map((d: { field: string }) => d.field), JSON.stringify(body)).toContain(field);
    }
    expect((await assess("{not json")).status).toBe(400);
    expect(await prisma.assessment.count()).toBe(before);
  });
});
