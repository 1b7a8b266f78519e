import { beforeEach, describe, expect, it } from "vitest";
import {
  PAGE_FRESH_MS,
  PAGE_KEPT_MS,
  catalogueWatchedUntil,
  configurePageCache,
  freshPage,
  invalidatePages,
  pageCacheGeneration,
  pageCacheSize,
  pageWithNonce,
  rememberPage,
} from "./page-cache";

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

beforeEach(() => {
  configurePageCache(1024 * 1024);
  invalidatePages();
  catalogueWatchedUntil(0);
});

describe("the page cache", () => {
  it("keeps a page for a while, then forgets it", () => {
    expect(rememberPage("/models", page("<html></html>"), pageCacheGeneration(), 1_000)).toBe(true);
    expect(freshPage("/models", 1_000 + PAGE_FRESH_MS - 1)).toBeDefined();
    expect(freshPage("/models", 1_000 + PAGE_FRESH_MS)).toBeUndefined();
    expect(pageCacheSize()).toEqual({ pages: 0, bytes: 0 });
  });

  it("keeps a page longer while the catalogue version is watched, and a minute once the watch lapses", () => {
    rememberPage("/models", page("<html></html>"), pageCacheGeneration(), 1_000);
    const later = 1_000 + PAGE_FRESH_MS + 5_000;
    catalogueWatchedUntil(later + 3_000);
    expect(freshPage("/models", later)).toBeDefined();
    // the watch stopped answering (the database unreachable): back to the minute
    expect(freshPage("/models", later + 3_000)).toBeUndefined();
    rememberPage("/models", page("<html></html>"), pageCacheGeneration(), 1_000);
    catalogueWatchedUntil(1_000 + PAGE_KEPT_MS + 3_000);
    expect(freshPage("/models", 1_000 + PAGE_KEPT_MS - 1)).toBeDefined();
    expect(freshPage("/models", 1_000 + PAGE_KEPT_MS)).toBeUndefined();
  });

  it("gives every answer its own nonce, in the body and in the headers", () => {
    const body = `<html><script nonce="${NONCE}">a</script><link nonce="${NONCE}">"nonce":"${NONCE}"</html>`;
    rememberPage("/", page(body), pageCacheGeneration());
    const answer = pageWithNonce(freshPage("/")!, OTHER);
    expect(answer.body.toString()).toBe(body.replaceAll(NONCE, OTHER));
    expect(answer.body.toString()).not.toContain(NONCE);
    expect(answer.headers).toContainEqual(["content-security-policy", `script-src 'self' 'nonce-${OTHER}'`]);
  });

  it("forgets every page when the catalogue changes, and refuses a render that began before the change", () => {
    rememberPage("/models", page("<html>a</html>"), pageCacheGeneration());
    const generation = pageCacheGeneration();
    invalidatePages();
    expect(freshPage("/models")).toBeUndefined();
    expect(rememberPage("/organisations", page("<html>old</html>"), generation)).toBe(false);
    expect(freshPage("/organisations")).toBeUndefined();
    expect(rememberPage("/organisations", page("<html>new</html>"), pageCacheGeneration())).toBe(true);
  });

  it("stays within its memory by dropping the least recently used pages", () => {
    configurePageCache(10_000);
    const body = "x".repeat(3_000);
    for (const key of ["/a", "/b", "/c"]) rememberPage(key, page(body), pageCacheGeneration());
    freshPage("/a"); // used: /b is now the oldest
    rememberPage("/d", page(body), pageCacheGeneration());
    expect(freshPage("/b")).toBeUndefined();
    expect(["/a", "/c", "/d"].map((key) => freshPage(key) !== undefined)).toEqual([true, true, true]);
    expect(pageCacheSize().bytes).toBeLessThanOrEqual(10_000);
    // a page bigger than the whole cache is not kept, and pushes nothing out
    expect(rememberPage("/huge", page("y".repeat(20_000)), pageCacheGeneration())).toBe(false);
    expect(pageCacheSize().pages).toBe(3);
  });

  it("keeps nothing when turned off, or when the page has no usable nonce", () => {
    expect(rememberPage("/x", page("<html></html>", "short"), pageCacheGeneration())).toBe(false);
    configurePageCache(0);
    expect(rememberPage("/x", page("<html></html>"), pageCacheGeneration())).toBe(false);
    expect(pageCacheSize().pages).toBe(0);
  });
});
