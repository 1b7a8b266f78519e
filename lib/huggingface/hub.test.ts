// The Hub client against a fake Hub on this machine: what it accepts, and how each way the Hub can
// fail becomes one error code.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { isAppError, type AppError } from "../errors";
import { FAKE_HUB_CASES, startFakeHub, type FakeHub } from "../testing/fake-hub/server";
import { clearHubCache, HUB_LIMITS, hubGet, hubModel, hubModelsOf } from "./hub";

let hub: FakeHub;
beforeAll(async () => {
  hub = await startFakeHub();
});
afterAll(async () => {
  await hub.stop();
});
beforeEach(() => {
  clearHubCache();
  hub.requests.length = 0;
});

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  if (!isAppError(error)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describe("asking the Hub for a model", () => {
  it("reads a model's info into the fields the pre-fill maps", async () => {
    const { model, cached } = await hubModel("OpenLLM-France/Lucie-Test-1B", { endpoint: hub.url });
    expect(cached).toBe(false);
    expect(model).toMatchObject({ id: "OpenLLM-France/Lucie-Test-1B", gated: false, pipeline_tag: "text-generation", safetensors: { total: 1030105088 } });
    expect(model.cardData?.license).toBe("apache-2.0");
    expect(model).not.toHaveProperty("siblings");
  });

  it("keeps an answer an hour, and asks once for two requests at the same time", async () => {
    const [a, b] = await Promise.all([hubModel("atlas-fixtures/gated-9b", { endpoint: hub.url }), hubModel("atlas-fixtures/gated-9b", { endpoint: hub.url })]);
    expect(a.model).toEqual(b.model);
    expect(hub.requests).toEqual(["GET /api/models/atlas-fixtures/gated-9b"]);
    expect((await hubModel("ATLAS-fixtures/gated-9b", { endpoint: hub.url })).cached).toBe(true);
    expect(hub.requests).toHaveLength(1);
    const later = Date.now() + HUB_LIMITS.cacheSeconds * 1000 + 1;
    expect((await hubModel("atlas-fixtures/gated-9b", { endpoint: hub.url }, later)).cached).toBe(false);
    expect(hub.requests).toHaveLength(2);
  });

  it("says not found for a missing model, and for a private one the Hub will not name to a stranger", async () => {
    for (const id of [FAKE_HUB_CASES.missing, FAKE_HUB_CASES.privateUnauthenticated]) {
      const error = await failure(hubModel(id, { endpoint: hub.url }));
      expect(error.code, id).toBe("NOT_FOUND");
      expect(error.status).toBe(404);
    }
  });

  it("says refused when the Hub refuses to show the model (gated or private)", async () => {
    const error = await failure(hubModel(FAKE_HUB_CASES.refused, { endpoint: hub.url }));
    expect(error).toMatchObject({ code: "HUB_REFUSED", status: 403 });
  });

  it("gives up after the timeout with HUB_TIMEOUT (5 s in service)", async () => {
    expect(HUB_LIMITS.timeoutMs).toBe(5_000);
    const started = Date.now();
    const error = await failure(hubModel(FAKE_HUB_CASES.slow, { endpoint: hub.url, timeoutMs: 300 }));
    expect(error).toMatchObject({ code: "HUB_TIMEOUT", status: 504 });
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it("refuses an answer over 1 MB, announced or not", async () => {
    expect(HUB_LIMITS.maxBytes).toBe(1_000_000);
    for (const id of [FAKE_HUB_CASES.oversized, FAKE_HUB_CASES.oversizedAnnounced]) {
      const error = await failure(hubModel(id, { endpoint: hub.url }));
      expect(error, id).toMatchObject({ code: "HUB_BAD_RESPONSE", status: 502, details: { reason: "tooLarge" } });
    }
  });

  it("follows a redirect within the Hub, and refuses one to another host without asking it", async () => {
    const { model } = await hubModel(FAKE_HUB_CASES.redirectWithin, { endpoint: hub.url });
    expect(model.id).toBe("OpenLLM-France/Lucie-Test-1B");
    const error = await failure(hubModel(FAKE_HUB_CASES.redirectAway, { endpoint: hub.url }));
    expect(error).toMatchObject({ code: "HUB_BAD_RESPONSE", status: 502, details: { reason: "redirectElsewhere" } });
  });

  it("says the Hub answered badly for something that is not JSON, and out of reach for its errors and a closed port", async () => {
    expect(await failure(hubModel(FAKE_HUB_CASES.notJson, { endpoint: hub.url }))).toMatchObject({ code: "HUB_BAD_RESPONSE", details: { reason: "notJson" } });
    expect(await failure(hubModel(FAKE_HUB_CASES.serverError, { endpoint: hub.url }))).toMatchObject({ code: "HUB_UNREACHABLE", status: 502 });
    const closed = await startFakeHub();
    await closed.stop();
    expect(await failure(hubModel("OpenLLM-France/Lucie-Test-1B", { endpoint: closed.url }))).toMatchObject({ code: "HUB_UNREACHABLE", details: { reason: "hubUnreachable" } });
  });

  it("never leaves the configured host, even for a path that names another", async () => {
    const error = await failure(hubGet("//hub.example.net/api/models/a/b", "a/b", { endpoint: hub.url }));
    expect(error.details.reason).toBe("redirectElsewhere");
    expect(hub.requests).toEqual([]);
  });
});

describe("an owner's models", () => {
  it("are listed over the Hub's pages, each asked of the configured Hub", async () => {
    const ids = await hubModelsOf("atlas-fixtures", { endpoint: hub.url });
    expect(ids).toEqual(["atlas-fixtures/gated-9b", "atlas-fixtures/mistral-7b-tuned", "atlas-fixtures/two-licences-2b"]);
    expect(hub.requests).toEqual(["GET /api/models?author=atlas-fixtures&limit=100", "GET /api/models?author=atlas-fixtures&cursor=2"]);
  });
});
