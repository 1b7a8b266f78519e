import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { versionRead } from "../catalogue/changes";
import { badgeCacheVersion, forgetBadges, freshBadgeFace, rememberBadgeFace, renderedBadge } from "./cache";
import { serveCachedBadge } from "./fast-path";
import { BADGE_CACHE_CONTROL, badgeResponse, parseBadgeTarget } from "./http";
import { modelBadgeFace, NOT_FOUND_FACE } from "./render";
import { parseBadge } from "./svg-test-helpers";

const A = modelBadgeFace({ grade: "A", score: 92, complete: true });
const C = modelBadgeFace({ grade: "C", score: 55, complete: true });

let version = 0;
const catalogueChangedHere = () => versionRead(String(++version));
beforeEach(() => {
  forgetBadges();
  catalogueChangedHere();
});

describe("the badge cache", () => {
  it("keeps a face while the catalogue version it was read under is current, and serves nothing once it is unknown", () => {
    versionRead("same", 1_000);
    rememberBadgeFace("models", "m", A, badgeCacheVersion(1_000), 1_000);
    versionRead("same", 100_000);
    expect(freshBadgeFace("models", "m", 100_001)).toEqual(A);
    // the watch is late: the version may have moved
    expect(freshBadgeFace("models", "m", 200_000)).toBeUndefined();
  });

  it("gives a weak ETag that changes exactly when the badge changes", () => {
    rememberBadgeFace("models", "m", A, badgeCacheVersion());
    const first = renderedBadge("models", "m", A, { style: "flat" });
    expect(first.etag).toMatch(/^W\/"[A-Za-z0-9_-]{32}"$/);
    // the same face read again (a later expiry) keeps the same bytes and ETag
    rememberBadgeFace("models", "m", { ...A }, badgeCacheVersion());
    expect(renderedBadge("models", "m", A, { style: "flat" })).toEqual(first);
    expect(renderedBadge("models", "m", A, { style: "plastic" }).etag).not.toBe(first.etag);
    expect(renderedBadge("models", "m", A, { style: "flat", label: "x" }).etag).not.toBe(first.etag);
    rememberBadgeFace("models", "m", C, badgeCacheVersion());
    expect(renderedBadge("models", "m", C, { style: "flat" }).etag).not.toBe(first.etag);
  });

  it("forgets every entry when the catalogue version moves", () => {
    rememberBadgeFace("models", "m1", A, badgeCacheVersion());
    rememberBadgeFace("organisations", "o", C, badgeCacheVersion());
    expect(freshBadgeFace("models", "m1")).toEqual(A);
    catalogueChangedHere();
    expect(freshBadgeFace("models", "m1")).toBeUndefined();
    expect(freshBadgeFace("organisations", "o")).toBeUndefined();
  });

  it("does not store what a read that began before a change saw", () => {
    const before = badgeCacheVersion();
    catalogueChangedHere();
    rememberBadgeFace("models", "m", A, before);
    expect(freshBadgeFace("models", "m")).toBeUndefined();
  });
});

describe("badge requests", () => {
  it("read the kind, the slug and the query, and refuse bad values with the field's name", () => {
    expect(parseBadgeTarget("models", "smollm2-1.7b.svg", new URLSearchParams("style=plastic&v=2"))).toEqual({
      ok: true,
      kind: "models",
      slug: "smollm2-1.7b",
      query: { style: "plastic" },
    });
    expect(parseBadgeTarget("people", "x.svg", new URLSearchParams())).toMatchObject({ ok: false, status: 404 });
    expect(parseBadgeTarget("models", "x.png", new URLSearchParams())).toMatchObject({ ok: false, status: 404 });
    expect(parseBadgeTarget("models", "x.svg", new URLSearchParams("style=round"))).toEqual({ ok: false, status: 400, message: "invalid style" });
    expect(parseBadgeTarget("models", "x.svg", new URLSearchParams(`label=${"x".repeat(65)}`))).toMatchObject({ status: 400, message: "invalid label" });
    expect(parseBadgeTarget("models", "x.svg", new URLSearchParams("label=a%00b"))).toMatchObject({ status: 400, message: "invalid label" });
  });

  it("answer 304 without a body when the client has the badge, never for a missing entry", async () => {
    const rendered = { body: "<svg/>", etag: '"e"', bytes: 6 };
    const fresh = badgeResponse(rendered, { status: 200, method: "GET", ifNoneMatch: '"e"' });
    expect(fresh.status).toBe(304);
    expect(await fresh.text()).toBe("");
    expect(fresh.headers.get("etag")).toBe('"e"');
    expect(fresh.headers.get("cache-control")).toBe(BADGE_CACHE_CONTROL);
    expect(badgeResponse(rendered, { status: 404, method: "GET", ifNoneMatch: '"e"' }).status).toBe(404);
  });
});

describe("the fast path in front of Next.js", () => {
  let server: http.Server;
  let base: string;
  beforeAll(async () => {
    server = http.createServer((request, response) => {
      if (!serveCachedBadge(request, response)) response.writeHead(599).end("fell through to Next.js");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const get = (path: string, headers: Record<string, string> = {}, method = "GET") =>
    new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
      const request = http.request(`${base}${path}`, { method, headers }, (response) => {
        let body = "";
        response.on("data", (chunk) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      });
      request.on("error", reject).end();
    });

  it("leaves to Next.js what it does not know fresh, and what is not a badge", async () => {
    expect((await get("/badge/models/m.svg")).status).toBe(599);
    rememberBadgeFace("models", "m", A, badgeCacheVersion());
    expect((await get("/badge/models/m.svg?style=round")).status).toBe(599);
    expect((await get("/badge/models/m.svg", {}, "POST")).status).toBe(599);
    expect((await get("/models/m")).status).toBe(599);
  });

  it("serves a known badge with its caching headers, a 304 when asked with its ETag, and a 404 for a known absence", async () => {
    rememberBadgeFace("models", "m", A, badgeCacheVersion());
    const first = await get("/badge/models/m.svg?style=flat-square&label=Libre%20Atlas");
    expect(first.status).toBe(200);
    expect(first.headers["content-type"]).toBe("image/svg+xml; charset=utf-8");
    expect(first.headers["cache-control"]).toMatch(/max-age=\d+.*s-maxage=\d+.*stale-while-revalidate=\d+/);
    expect(parseBadge(first.body).texts).toEqual(["Libre Atlas", "A · truly open · 92"]);
    // the headers Next.js gives every answer (next.config.ts), which this path answers without
    expect(first.headers["x-frame-options"]).toBe("DENY");
    expect(first.headers["permissions-policy"]).toMatch(/camera=\(\)/);
    const again = await get("/badge/models/m.svg?style=flat-square&label=Libre%20Atlas", { "if-none-match": first.headers.etag! });
    expect(again.status).toBe(304);
    expect(again.body).toBe("");
    const head = await get("/badge/models/m.svg", {}, "HEAD");
    expect(head.status).toBe(200);
    expect(head.body).toBe("");

    rememberBadgeFace("models", "gone", NOT_FOUND_FACE, badgeCacheVersion());
    const missing = await get("/badge/models/gone.svg", { "if-none-match": "*" });
    expect(missing.status).toBe(404);
    expect(parseBadge(missing.body).texts).toEqual(["openness", "not found"]);
  });

  it("stops serving an entry the moment the catalogue version moves", async () => {
    rememberBadgeFace("models", "m", A, badgeCacheVersion());
    expect((await get("/badge/models/m.svg")).status).toBe(200);
    catalogueChangedHere();
    expect((await get("/badge/models/m.svg")).status).toBe(599);
  });
});
