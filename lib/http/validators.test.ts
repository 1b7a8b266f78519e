import { describe, expect, it } from "vitest";
import { etagMatches, isNotModified, notModifiedResponse, weakEtag } from "./validators";

const get = (headers: Record<string, string>, method = "GET") => new Request("http://atlas.test/x", { method, headers });

describe("HTTP validators", () => {
  it("make weak ETags, which stay true of the content whatever compression the server applies", () => {
    const tag = weakEtag("body");
    expect(tag).toMatch(/^W\/"[A-Za-z0-9_-]{32}"$/);
    expect(weakEtag("body")).toBe(tag);
    expect(weakEtag("other")).not.toBe(tag);
    // parts are separated: ("ab", "c") is not ("a", "bc")
    expect(weakEtag("ab", "c")).not.toBe(weakEtag("a", "bc"));
  });

  it("compare If-None-Match weakly, as RFC 9110 asks for GET, and let * match any current answer", () => {
    expect(etagMatches('"abc"', '"abc"')).toBe(true);
    expect(etagMatches('W/"abc"', 'W/"abc"')).toBe(true);
    expect(etagMatches('W/"abc"', '"abc"')).toBe(true);
    expect(etagMatches('"abc"', 'W/"abc"')).toBe(true);
    expect(etagMatches('"x", W/"abc"', 'W/"abc"')).toBe(true);
    expect(etagMatches("*", 'W/"abc"')).toBe(true);
    expect(etagMatches(" * ", 'W/"abc"')).toBe(true);
    expect(etagMatches('"abcd"', '"abc"')).toBe(false);
    expect(etagMatches(null, '"abc"')).toBe(false);
  });

  it("answer 304 to If-None-Match first, else to If-Modified-Since, for GET and HEAD only", () => {
    const validators = { etag: 'W/"v1"', lastModified: new Date("2025-03-01T10:00:00.500Z") };
    expect(isNotModified(get({ "if-none-match": 'W/"v1"' }), validators)).toBe(true);
    expect(isNotModified(get({ "if-none-match": "*" }, "HEAD"), validators)).toBe(true);
    expect(isNotModified(get({ "if-none-match": "*" }, "POST"), validators)).toBe(false);
    // If-None-Match wins over a date that would match
    expect(isNotModified(get({ "if-none-match": 'W/"v0"', "if-modified-since": "Sat, 01 Mar 2025 10:00:00 GMT" }), validators)).toBe(false);
    // HTTP dates have no milliseconds: the same second is not modified
    expect(isNotModified(get({ "if-modified-since": "Sat, 01 Mar 2025 10:00:00 GMT" }), validators)).toBe(true);
    expect(isNotModified(get({ "if-modified-since": "Sat, 01 Mar 2025 09:59:59 GMT" }), validators)).toBe(false);
    expect(isNotModified(get({ "if-modified-since": "yesterday" }), validators)).toBe(false);
    expect(isNotModified(get({ "if-modified-since": "Sat, 01 Mar 2025 10:00:00 GMT" }), { etag: 'W/"v1"' })).toBe(false);
  });

  it("send the validators again with a 304, and no body", async () => {
    const response = notModifiedResponse({ etag: 'W/"v1"', lastModified: new Date("2025-03-01T10:00:00Z") }, { "cache-control": "public, max-age=60" });
    expect(response.status).toBe(304);
    expect(response.headers.get("etag")).toBe('W/"v1"');
    expect(response.headers.get("last-modified")).toBe("Sat, 01 Mar 2025 10:00:00 GMT");
    expect(response.headers.get("cache-control")).toBe("public, max-age=60");
    expect(await response.text()).toBe("");
  });
});
