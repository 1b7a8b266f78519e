import { describe, expect, it } from "vitest";
import { clientAddress, PEER_HEADER } from "./client-address";
import { ApiError } from "./errors";
import { listOrganisations } from "./operations";
import { parseQuery } from "./query";
import { rateLimitHeaders, takeRateLimit } from "./rate-limit";

function rejection(run: () => unknown): ApiError {
  try {
    run();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error("expected an ApiError");
}

describe("query parameters", () => {
  const schema = listOrganisations.query;

  it("are typed: comma lists split, codes upper-cased, numbers read, defaults applied", () => {
    expect(parseQuery(schema, new URLSearchParams("country=fr,de,fr&type=research&sme=1&limit=10"))).toEqual({
      country: ["FR", "DE"],
      type: ["research"],
      sme: "1",
      limit: 10,
    });
    expect(parseQuery(schema, new URLSearchParams(""))).toEqual({ limit: 50 });
  });

  it("refuse an unknown parameter with a 400 naming it", () => {
    const error = rejection(() => parseQuery(schema, new URLSearchParams("country=FR&colour=red")));
    expect(error.status).toBe(400);
    expect(error.body()).toEqual({
      error: { code: "UNKNOWN_PARAMETER", message: "Unknown parameter: colour.", details: [{ field: "colour", message: expect.stringContaining("not a parameter") }] },
    });
  });

  it("refuse bad values with a 400 naming each offending field", () => {
    const error = rejection(() => parseQuery(schema, new URLSearchParams("type=research,guild&limit=1000")));
    expect(error.status).toBe(400);
    expect(error.code).toBe("INVALID_PARAMETER");
    expect(error.details.map((d) => d.field).sort()).toEqual(["limit", "type"]);
    expect(error.details.find((d) => d.field === "type")?.message).toMatch(/^item 2: /);
    expect(rejection(() => parseQuery(schema, new URLSearchParams("sme=1&sme=0"))).details).toEqual([
      { field: "sme", message: expect.stringContaining("more than once") },
    ]);
  });
});

describe("the per-address rate limit", () => {
  const policy = { name: "test", limit: 3, windowSeconds: 60 };

  it("lets `limit` requests through per window, then answers with Retry-After until the window ends", () => {
    const start = 1_000_000;
    const decisions = [0, 1, 2, 3].map((i) => takeRateLimit(policy, "203.0.113.9", start + i));
    expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, false]);
    expect(rateLimitHeaders(decisions[0]!)).toEqual({ "ratelimit-policy": "3;w=60", ratelimit: "limit=3, remaining=2, reset=60" });
    expect(rateLimitHeaders(decisions[3]!)["retry-after"]).toBe("60");
    // another address has its own budget; the same one gets a new window after 60 s
    expect(takeRateLimit(policy, "198.51.100.7", start + 10).allowed).toBe(true);
    expect(takeRateLimit(policy, "203.0.113.9", start + 60_000).allowed).toBe(true);
  });
});

describe("the client's address", () => {
  it("is the socket's address from the production server, not what the client wrote", () => {
    const headers = new Headers({ "x-forwarded-for": "1.2.3.4", [PEER_HEADER]: "203.0.113.9" });
    expect(clientAddress(headers, 0)).toBe("203.0.113.9");
    // behind one trusted proxy: the address that proxy appended
    expect(clientAddress(new Headers({ "x-forwarded-for": "1.2.3.4, 198.51.100.7", [PEER_HEADER]: "10.0.0.2" }), 1)).toBe("198.51.100.7");
    // without the production server (next dev): the last X-Forwarded-For hop
    expect(clientAddress(new Headers({ "x-forwarded-for": "1.2.3.4, 127.0.0.1" }), 0)).toBe("127.0.0.1");
  });
});
