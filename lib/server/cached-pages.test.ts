import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import compression from "compression";
import fc from "fast-check";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { newNonce } from "../security/csp";
import { CACHE_STATUS_HEADER, cacheTarget, pageCacheLayer, signedInKey } from "./cached-pages";
import { configurePageCache, invalidatePages } from "./page-cache";
import { versionRead } from "../catalogue/changes";

// A stand-in for Next.js behind the real layer and the real compression: it renders a page with a
// fresh nonce, as proxy.ts and the app do, says what its answers vary by as Next.js does, and
// counts its renders.
let renders = 0;
let nextAnswer: (request: IncomingMessage, nonce: string) => { status?: number; cookie?: string; body?: string; vary?: string } = () => ({});
function render(request: IncomingMessage, response: ServerResponse) {
  renders += 1;
  const nonce = newNonce();
  const answer = nextAnswer(request, nonce);
  response.statusCode = answer.status ?? 200;
  response.setHeader("vary", answer.vary ?? "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding");
  if (request.headers.rsc === "1") {
    // a client router navigation: an RSC payload, which names the router state it answered
    response.setHeader("content-type", "text/x-component");
    response.setHeader("content-security-policy", `script-src 'self' 'nonce-${nonce}'`);
    const tree = String(request.headers["next-router-state-tree"] ?? "");
    response.end(answer.body ?? `0:{"P":null,"tree":${JSON.stringify(tree)},"url":${JSON.stringify(request.url)}}\n1:["$","link",null,{"nonce":"${nonce}"}]\n`);
    return;
  }
  response.setHeader("content-type", "text/html; charset=utf-8");
  response.setHeader("content-security-policy", `script-src 'self' 'nonce-${nonce}'`);
  if (answer.cookie) response.setHeader("set-cookie", answer.cookie);
  const body = answer.body ?? `<!DOCTYPE html><html><body>${request.url} ${"text ".repeat(500)}<script nonce="${nonce}">go()</script></body></html>`;
  // streamed in two parts, with a pause, as a server render is
  response.write(body.slice(0, 100));
  setTimeout(() => response.end(body.slice(100)), 20);
}

let server: http.Server;
let base = "";
beforeAll(async () => {
  const layer = pageCacheLayer(render);
  const compress = compression() as unknown as (q: IncomingMessage, s: ServerResponse, next: () => void) => void;
  server = http.createServer((request, response) => compress(request, response, () => layer(request, response)));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
let version = 0;
beforeEach(() => {
  configurePageCache(16 * 1024 * 1024);
  invalidatePages();
  versionRead(String(++version)); // a known catalogue version, as the watch reads it
  renders = 0;
  nextAnswer = () => ({});
});

async function get(path: string, headers: Record<string, string> = {}, method = "GET") {
  const response = await fetch(`${base}${path}`, { headers, method });
  const body = await response.text();
  const nonce = /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy") ?? "")?.[1];
  return { response, body, nonce, cache: response.headers.get(CACHE_STATUS_HEADER) };
}

describe("public pages from memory", () => {
  it("renders a page once, then serves it from memory with a fresh nonce each time", async () => {
    const first = await get("/models?grade=A");
    const second = await get("/models?grade=A");
    const third = await get("/models?grade=A");
    expect([first.cache, second.cache, third.cache]).toEqual(["miss", "hit", "hit"]);
    expect(renders).toBe(1);
    expect(new Set([first.nonce, second.nonce, third.nonce]).size).toBe(3);
    expect(second.body).toContain(`<script nonce="${second.nonce}">`);
    expect(second.body.replaceAll(second.nonce!, "N")).toBe(first.body.replaceAll(first.nonce!, "N"));
    // another query is another page
    expect((await get("/models?grade=B")).cache).toBe("miss");
  });

  it("compresses what it serves from memory for clients that accept it", async () => {
    const gzipped = () => new Promise<http.IncomingMessage>((resolve) => http.get(`${base}/organisations`, { headers: { "accept-encoding": "gzip" } }, resolve));
    (await gzipped()).resume();
    const response = await gzipped();
    const chunks: Buffer[] = [];
    for await (const chunk of response) chunks.push(chunk as Buffer);
    expect(response.headers["content-encoding"]).toBe("gzip");
    expect(response.headers[CACHE_STATUS_HEADER]).toBe("hit");
    expect(gunzipSync(Buffer.concat(chunks)).toString()).toContain("/organisations text");
  });

  it("renders once for many visitors asking at the same time", async () => {
    const answers = await Promise.all(Array.from({ length: 10 }, () => get("/methodology")));
    expect(renders).toBe(1);
    expect(answers.every((answer) => answer.response.status === 200 && answer.body.includes("/methodology"))).toBe(true);
    expect(new Set(answers.map((answer) => answer.nonce)).size).toBe(10);
  });

  it("does not keep visitors waiting on a render that hangs", async () => {
    let hung: ServerResponse | undefined;
    const layer = pageCacheLayer(
      (request, response) => {
        if (!hung) return void (hung = response); // the first render never ends
        render(request, response);
      },
      { waitMs: 100 },
    );
    const slow = http.createServer((request, response) => layer(request, response));
    await new Promise<void>((resolve) => slow.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(slow.address() as AddressInfo).port}/insights`;
    const first = fetch(url).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const second = await fetch(url);
    expect(second.status).toBe(200);
    expect(await second.text()).toContain("/insights");
    hung?.destroy();
    await first;
    slow.closeAllConnections();
    await new Promise<void>((resolve) => slow.close(() => resolve()));
  });

  it("answers HEAD from memory without a body", async () => {
    await get("/compare?models=a,b");
    const head = await get("/compare?models=a,b", {}, "HEAD");
    expect(head.cache).toBe("hit");
    expect(head.body).toBe("");
    expect(renders).toBe(1);
  });

  it("always renders for signed-in visitors, and never keeps their page for anyone else", async () => {
    nextAnswer = (request) => ({ body: `<html>${request.headers.cookie ? "Signed in as ada@example.org" : "Sign in"}</html>` });
    const session = { cookie: "next-auth.session-token=abc" };
    expect((await get("/models", session)).body).toContain("ada@example.org");
    expect((await get("/models", { cookie: "__Secure-next-auth.session-token=abc; NEXT_LOCALE=en" })).cache).toBeNull();
    const anonymous = await get("/models");
    expect(anonymous.body).toBe("<html>Sign in</html>");
    expect((await get("/models", session)).body).toContain("ada@example.org");
    expect(renders).toBe(4);
  });

  it("keeps only complete, anonymous 200 pages", async () => {
    nextAnswer = () => ({ status: 404 });
    await get("/models/unknown");
    expect((await get("/models/unknown")).cache).toBe("miss");
    nextAnswer = () => ({ cookie: "session=1; HttpOnly" });
    await get("/map");
    expect((await get("/map")).cache).toBe("miss");
    nextAnswer = () => ({ body: "<html><body>cut short" });
    await get("/languages");
    expect((await get("/languages")).cache).toBe("miss");
    // the locale cookie the middleware sets is the same for the same key: kept, and given again
    nextAnswer = () => ({ cookie: "NEXT_LOCALE=fr; Path=/; SameSite=lax" });
    await get("/fr/insights");
    const again = await get("/fr/insights");
    expect(again.cache).toBe("hit");
    expect(again.response.headers.get("set-cookie")).toBe("NEXT_LOCALE=fr; Path=/; SameSite=lax");
    // an answer that varies by everything is not kept
    nextAnswer = (request, nonce) => ({ body: `<html>${nonce}</html>`, vary: "*" });
    await get("/open-data");
    expect((await get("/open-data")).cache).toBe("miss");
  });

  it("serves the client router's navigations from memory, apart for each router state, never to signed-in visitors", async () => {
    const from = (tree: string) => ({ rsc: "1", "next-router-state-tree": tree, "next-url": "/en/models" });
    const first = await get("/models/lucie-7b?_rsc=abc", from("models-page"));
    const second = await get("/models/lucie-7b?_rsc=abc", from("models-page"));
    expect([first.cache, second.cache]).toEqual(["miss", "hit"]);
    expect(second.response.headers.get("content-type")).toBe("text/x-component");
    // the same payload, with this answer's nonce in its body and its header
    expect(second.nonce).not.toBe(first.nonce);
    expect(second.body.replaceAll(second.nonce!, "N")).toBe(first.body.replaceAll(first.nonce!, "N"));
    // a click from another page, the document, or a signed-in visitor: each its own answer
    expect((await get("/models/lucie-7b?_rsc=abc", from("home-page"))).body).toContain('"tree":"home-page"');
    expect((await get("/models/lucie-7b")).body).toContain("<html>");
    expect((await get("/models/lucie-7b?_rsc=abc", { ...from("models-page"), cookie: "next-auth.session-token=abc" })).cache).toBeNull();
    expect(renders).toBe(4);
    // a payload with an error row is not kept
    nextAnswer = () => ({ body: '0:{"P":null}\n1:E{"digest":"123"}\n' });
    await get("/organisations?_rsc=x", from("t"));
    expect((await get("/organisations?_rsc=x", from("t"))).cache).toBe("miss");
  });

  it("keeps the client router's other requests apart, as their Vary says, and leaves private pages and other methods to Next.js", async () => {
    const prefetch = { rsc: "1", "next-router-prefetch": "1" };
    expect([(await get("/models", prefetch)).cache, (await get("/models", prefetch)).cache]).toEqual(["miss", "hit"]);
    expect((await get("/models", { rsc: "1", "next-router-segment-prefetch": "/_tree" })).cache).toBe("miss");
    expect((await get("/models")).body).toContain("<html>");
    expect(renders).toBe(3);
    for (const path of ["/account/submissions", "/moderation", "/submit/model", "/signin", "/api/v1/models", "/models/a/b"]) {
      await get(path);
      expect((await get(path)).cache, path).toBeNull();
    }
    await fetch(`${base}/models`, { method: "POST" });
    expect(renders).toBe(3 + 12 + 1);
  });

  it("serves nothing from memory once the catalogue changed", async () => {
    await get("/organisations/mistral-ai");
    versionRead(String(++version));
    expect((await get("/organisations/mistral-ai")).cache).toBe("miss");
  });
});

describe("the locale of a page from memory", () => {
  it("is keyed by what next-intl's middleware reads: its cookie, Accept-Language, Sec-Fetch-Dest", () => {
    const target = (headers: Record<string, string>) => cacheTarget({ method: "GET", url: "/models", headers: { host: "atlas.eu", ...headers } })!.key;
    const keys = ([{}, { cookie: "NEXT_LOCALE=fr" }, { cookie: "NEXT_LOCALE=en" }, { "accept-language": "fr" }, { "accept-language": "fr-FR,fr;q=0.9" }, { "sec-fetch-dest": "document" }, { "sec-fetch-dest": "empty" }] as Record<string, string>[]).map(target);
    expect(new Set(keys).size).toBe(keys.length);
    // other cookies are not the middleware's business
    expect(target({ cookie: "theme=dark" })).toBe(target({}));
  });

  it("takes a malformed locale cookie for what it is, without failing the request", async () => {
    const answer = await get("/models", { cookie: "NEXT_LOCALE=%E0%A4%A" });
    expect(answer.response.status).toBe(200);
  });

  it("keys pages by host and exact URL", () => {
    const target = (url: string, headers: Record<string, string> = {}) => cacheTarget({ method: "GET", url, headers: { host: "atlas.eu", ...headers } });
    expect(target("/models?q=a")?.key).not.toBe(target("/models?q=b")?.key);
    expect(target("/models")?.key).not.toBe(target("/models", { host: "evil.example" })?.key);
    expect(target("/models")?.key).not.toBe(target("/models", { "x-forwarded-host": "evil.example" })?.key);
    expect(target(`/models?q=${"a".repeat(3000)}`)).toBeUndefined();
  });

  it("keys that no URL or header can spell: another request's, or a signed-in role's", () => {
    const target = (url: string, headers: Record<string, string> = {}) => cacheTarget({ method: "GET", url, headers: { host: "atlas.eu", ...headers } })!;
    expect(target("/models?a|fr|x").key).not.toBe(target("/models?a", { cookie: "NEXT_LOCALE=fr", "accept-language": "x" }).key);
    expect(target("/models?a", { host: "atlas.eu|x" }).key).not.toBe(target("/models?a", { host: "atlas.eu", "x-forwarded-host": "x" }).key);
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.constantFrom("contributor", "maintainer", "admin"), (suffix, host, role) => {
        const spelled = cacheTarget({ method: "GET", url: `/models?q=${encodeURI(suffix)}`, headers: { host } });
        return spelled === undefined || spelled.key !== signedInKey(target("/models").key, role);
      }),
    );
  });
});

describe("public pages from memory for signed-in visitors", () => {
  // sessions as lib/auth/session-role.ts would read them (its integration test reads the database)
  const ROLES: Record<string, string> = { "ada-1": "contributor", "ada-2": "contributor", "max-1": "maintainer" };
  let lookups = 0;
  let failing = false;
  let signedIn: http.Server;
  let url = "";
  beforeAll(async () => {
    const layer = pageCacheLayer(render, {
      sessionCookie: "__Secure-next-auth.session-token",
      roleOf: async (token) => {
        lookups += 1;
        if (failing) throw new Error("database unreachable");
        return ROLES[token] ?? null;
      },
    });
    signedIn = http.createServer((request, response) => layer(request, response));
    await new Promise<void>((resolve) => signedIn.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(signedIn.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => signedIn.close(() => resolve())));
  beforeEach(() => {
    lookups = 0;
    failing = false;
    // the header's account links depend on the role alone
    nextAnswer = (request) => {
      // (the app reads its own cookie only)
      const token = /__Secure-next-auth\.session-token=([^;]+)/.exec(String(request.headers.cookie ?? ""))?.[1];
      return { body: `<html>${token && ROLES[token] ? `links of a ${ROLES[token]}` : "Sign in"}</html>` };
    };
  });
  const as = async (token: string | null, path = "/models", cookieName = "__Secure-next-auth.session-token") => {
    const response = await fetch(`${url}${path}`, { headers: token ? { cookie: `NEXT_LOCALE=en; ${cookieName}=${token}` } : {} });
    return { body: await response.text(), cache: response.headers.get(CACHE_STATUS_HEADER) };
  };

  it("serves each role the page kept for that role, and nobody another role's page", async () => {
    expect(await as("ada-1")).toEqual({ body: "<html>links of a contributor</html>", cache: "miss" });
    expect(await as("ada-2")).toEqual({ body: "<html>links of a contributor</html>", cache: "hit" });
    expect(await as("max-1")).toEqual({ body: "<html>links of a maintainer</html>", cache: "miss" });
    expect(await as(null)).toEqual({ body: "<html>Sign in</html>", cache: "miss" });
    expect(await as("max-1")).toEqual({ body: "<html>links of a maintainer</html>", cache: "hit" });
    expect(await as(null)).toEqual({ body: "<html>Sign in</html>", cache: "hit" });
    expect(renders).toBe(3);
    expect(lookups).toBe(4);
  });

  it("renders for a session it cannot vouch for: unknown or expired, not the app's cookie, or no answer from the database", async () => {
    for (const [token, cookieName] of [["expired", undefined], ["ada-1", "next-auth.session-token"]] as const) {
      expect(await as(token, "/organisations", cookieName)).toEqual({ body: "<html>Sign in</html>", cache: null });
    }
    failing = true;
    expect(await as("ada-1", "/organisations")).toEqual({ body: "<html>links of a contributor</html>", cache: null });
    expect(renders).toBe(3);
  });
});
