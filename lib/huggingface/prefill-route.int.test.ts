// GET /api/v1/prefill/huggingface through its route handler, against a fake Hub (HF_ENDPOINT) and
// the seeded catalogue: the answers, every error in the one JSON format, the cache and the limit.
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "../db/prisma";
import { seedCatalogue } from "../../prisma/seed/seed";
import { resetRateLimits } from "../testing/rate-limits";
import { RATE_LIMITS } from "../security/rate-limit";
import { prefillAnswerSchema } from "../api/operations";
import { FAKE_HUB_CASES, startFakeHub, type FakeHub } from "../testing/fake-hub/server";
import { clearHubCache } from "./hub";
import * as route from "../../app/api/v1/prefill/huggingface/route";

let prisma: PrismaClient;
let hub: FakeHub;
let address = 0;
/** A client address of its own per test (the hourly limit is kept in the database). */
let ip = "";

async function prefill(id: string | null, from = ip) {
  const query = id === null ? "" : `?id=${encodeURIComponent(id)}`;
  const response = await route.GET(new Request(`http://atlas.test/api/v1/prefill/huggingface${query}`, { headers: { "x-forwarded-for": from } }), { params: Promise.resolve({}) });
  return { status: response.status, headers: response.headers, json: await response.json() };
}

beforeAll(async () => {
  prisma = createPrismaClient(inject("databaseUrl"), 2);
  await seedCatalogue(prisma);
  hub = await startFakeHub();
  process.env.HF_ENDPOINT = hub.url;
  // the tests stand in for one reverse proxy: X-Forwarded-For says which client asks
  process.env.ATLAS_TRUSTED_PROXIES = "1";
});
afterAll(async () => {
  delete process.env.HF_ENDPOINT;
  delete process.env.ATLAS_TRUSTED_PROXIES;
  await hub.stop();
  await prisma.$disconnect();
});
beforeEach(async () => {
  await resetRateLimits();
  clearHubCache();
  hub.requests.length = 0;
  ip = `198.51.100.${(address += 1)}`;
});

describe("GET /api/v1/prefill/huggingface", () => {
  it("answers a draft from a pasted address, with the catalogue's organisation for the owner and what is left to decide", async () => {
    const { status, json, headers } = await prefill("https://huggingface.co/OpenLLM-France/Lucie-Test-1B/tree/main");
    expect(status).toBe(200);
    prefillAnswerSchema.parse(json);
    expect(headers.get("cache-control")).toBe("public, max-age=3600");
    expect(json.payload).toMatchObject({ name: "Lucie-Test-1B", organisations: { existing: ["linagora"] }, licences: { weights: [{ mode: "existing", id: "Apache-2.0" }] } });
    expect(json.payload).not.toHaveProperty("answers");
    const answers = json.toDecide.find((item: { key: string }) => item.key === "answers");
    expect(answers.message).toBe("Answer each openness criterion with its evidence: none was answered for you.");
    expect(json.toDecide.find((item: { key: string }) => item.key === "releaseYear").message).toBe("Give the release year: the Hub does not record it (the repository was created in 2025).");
  });

  it("names a fine-tune's base model by its slug when the catalogue holds it, and points to the entry of a model it already holds", async () => {
    const tuned = await prefill("atlas-fixtures/mistral-7b-tuned");
    expect(tuned.json.payload.baseModel).toEqual({ slug: "mistral-7b", name: null, url: null, relation: "fine_tune" });
    const known = await prefill("mistralai/Mistral-7B-v0.1");
    expect(known.json.existing).toEqual({ slug: "mistral-7b", name: "Mistral 7B" });
    expect(known.json.payload.organisations).toEqual({ existing: ["mistral-ai"], new: null });
  });

  it("asks the Hub once an hour per model", async () => {
    await prefill("atlas-fixtures/gated-9b");
    await prefill("https://hf.co/atlas-fixtures/gated-9b");
    expect(hub.requests).toEqual(["GET /api/models/atlas-fixtures/gated-9b"]);
  });

  it("answers 400 for a malformed id or none, without asking the Hub", async () => {
    for (const bad of ["not an id", "a/b/c", "https://example.org/owner/name", "owner/na..me"]) {
      const { status, json } = await prefill(bad);
      expect(status, bad).toBe(400);
      expect(json.error).toMatchObject({ code: "INVALID_PARAMETER", details: [expect.objectContaining({ field: "id" })] });
    }
    expect((await prefill(null)).status).toBe(400);
    expect(hub.requests).toEqual([]);
  });

  it("answers 404 when the Hub has no public model, 403 when it refuses, in the one error format", async () => {
    const missing = await prefill(FAKE_HUB_CASES.missing);
    expect(missing.status).toBe(404);
    expect(missing.json).toEqual({ error: { code: "NOT_FOUND", message: expect.stringContaining("Hugging Face has no public model"), details: [] } });
    expect((await prefill(FAKE_HUB_CASES.privateUnauthenticated)).status).toBe(404);
    const refused = await prefill(FAKE_HUB_CASES.refused);
    expect(refused.status).toBe(403);
    expect(refused.json.error.code).toBe("HUB_REFUSED");
  });

  it("answers 502 with a code when the Hub is out of reach or answers what we refuse: too large, a redirect elsewhere", async () => {
    for (const [id, code] of [
      [FAKE_HUB_CASES.serverError, "HUB_UNREACHABLE"],
      [FAKE_HUB_CASES.oversized, "HUB_BAD_RESPONSE"],
      [FAKE_HUB_CASES.redirectAway, "HUB_BAD_RESPONSE"],
    ] as const) {
      const { status, json } = await prefill(id);
      expect(status, id).toBe(502);
      expect(json.error.code, id).toBe(code);
    }
  });

  it("answers 504 after 5 s when the Hub is too slow", async () => {
    const started = Date.now();
    const { status, json } = await prefill(FAKE_HUB_CASES.slow);
    expect(status).toBe(504);
    expect(json.error.code).toBe("HUB_TIMEOUT");
    expect(Date.now() - started).toBeGreaterThanOrEqual(4_900);
  }, 15_000);

  it(`refuses a 61st look-up in the hour from one address (429, Retry-After), not from another`, async () => {
    expect(RATE_LIMITS.prefill).toMatchObject({ max: 60, windowSeconds: 3600 });
    for (let i = 0; i < RATE_LIMITS.prefill.max; i += 1) expect((await prefill("atlas-fixtures/gated-9b")).status).toBe(200);
    const refused = await prefill("atlas-fixtures/gated-9b");
    expect(refused.status).toBe(429);
    expect(refused.headers.get("ratelimit-policy")).toBe("60;w=3600");
    expect(refused.json.error.code).toBe("RATE_LIMITED");
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await prefill("atlas-fixtures/gated-9b", "198.51.100.250")).status).toBe(200);
  });
});
