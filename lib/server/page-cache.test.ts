import { beforeEach, describe, expect, it } from "vitest";
import { OUTAGE_GRACE_MS, versionRead, versionUnreadable } from "../catalogue/changes";
import { PAGE_KEPT_MS, configurePageCache, freshPage, invalidatePages, pageCacheVersion, pageCacheSize, pageWithNonce, rememberPage } from "./page-cache";

const NONCE = "MTIzNDU2NzgtYWJjZC00ZWZhLWJjZGUtMTIzNDU2Nzg5MGFi";
const OTHER = "OTg3NjU0MzItZmVkYy00YmEwLTk4NzYtZmVkY2JhOTg3NjU0";

function page(body: string, nonce = NONCE) {
  return {
    status: 200,
    headers: [
      ["content-type", "text/html; charset=utf-8"],
      ["content-security-policy", `script-src 'self' 'nonce-${nonce}'`],
    ] as const,
    body: Buffer.from(body),
    nonce,
  };
}

let version = 0;
beforeEach(() => {
  configurePageCache(1024 * 1024);
  invalidatePages();
  versionRead(String(++version));
});

describe("the page cache", () => {
  it("keeps a page while the catalogue version it was rendered under is current, PAGE_KEPT_MS at most", () => {
    versionRead("7", 1_000);
    expect(rememberPage("/models", page("<html></html>"), pageCacheVersion(1_000), 1_000)).toBe(true);
    versionRead("7", 1_000 + PAGE_KEPT_MS - 2);
    expect(freshPage("/models", 1_000 + PAGE_KEPT_MS - 1)).toBeDefined();
    expect(freshPage("/models", 1_000 + PAGE_KEPT_MS)).toBeUndefined();
    expect(pageCacheSize()).toEqual({ pages: 0, bytes: 0 });
  });

  it("serves nothing once the version is unknown: the watch stopped, or the database is unreadable past the grace", () => {
    versionRead("8", 1_000);
    rememberPage("/models", page("<html></html>"), "8", 1_000);
    expect(freshPage("/models", 2_000)).toBeDefined();
    // the watch is late: nothing served (the version may have moved)
    expect(freshPage("/models", 10_000)).toBeUndefined();
    rememberPage("/models", page("<html></html>"), "8", 1_000);
    versionRead("8", 1_000);
    versionUnreadable();
    expect(freshPage("/models", 1_000 + OUTAGE_GRACE_MS - 1)).toBeDefined();
    expect(freshPage("/models", 1_000 + OUTAGE_GRACE_MS)).toBeUndefined();
  });

  it("gives every answer its own nonce, in the body and in the headers", () => {
    const body = `<html><script nonce="${NONCE}">a</script><link nonce="${NONCE}">"nonce":"${NONCE}"</html>`;
    rememberPage("/", page(body), pageCacheVersion());
    const answer = pageWithNonce(freshPage("/")!, OTHER);
    expect(answer.body.toString()).toBe(body.replaceAll(NONCE, OTHER));
    expect(answer.body.toString()).not.toContain(NONCE);
    expect(answer.headers).toContainEqual(["content-security-policy", `script-src 'self' 'nonce-${OTHER}'`]);
  });

  it("forgets every page when the catalogue version moves, and refuses a render that began before", () => {
    rememberPage("/models", page("<html>a</html>"), pageCacheVersion());
    const before = pageCacheVersion();
    versionRead(String(++version));
    expect(freshPage("/models")).toBeUndefined();
    expect(pageCacheSize().pages).toBe(0);
    expect(rememberPage("/organisations", page("<html>old</html>"), before)).toBe(false);
    expect(freshPage("/organisations")).toBeUndefined();
    expect(rememberPage("/organisations", page("<html>new</html>"), pageCacheVersion())).toBe(true);
  });

  it("stays within its memory by dropping the least recently used pages", () => {
    configurePageCache(10_000);
    const body = "x".repeat(3_000);
    for (const key of ["/a", "/b", "/c"]) rememberPage(key, page(body), pageCacheVersion());
    freshPage("/a"); // used: /b is now the oldest
    rememberPage("/d", page(body), pageCacheVersion());
    expect(freshPage("/b")).toBeUndefined();
    expect(["/a", "/c", "/d"].map((key) => freshPage(key) !== undefined)).toEqual([true, true, true]);
    expect(pageCacheSize().bytes).toBeLessThanOrEqual(10_000);
    // a page bigger than the whole cache is not kept, and pushes nothing out
    expect(rememberPage("/huge", page("y".repeat(20_000)), pageCacheVersion())).toBe(false);
    expect(pageCacheSize().pages).toBe(3);
  });

  it("keeps nothing when turned off, or when the page has no usable nonce", () => {
    expect(rememberPage("/x", page("<html></html>", "short"), pageCacheVersion())).toBe(false);
    configurePageCache(0);
    expect(rememberPage("/x", page("<html></html>"), pageCacheVersion())).toBe(false);
    expect(pageCacheSize().pages).toBe(0);
  });
});
