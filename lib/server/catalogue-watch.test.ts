import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { watchCatalogue } from "./catalogue-watch";
import { catalogueWatchedUntil, configurePageCache, freshPage, invalidatePages, pageCacheGeneration, PAGE_FRESH_MS, rememberPage } from "./page-cache";

const NONCE = "MTIzNDU2NzgtYWJjZC00ZWZhLWJjZGUtMTIzNDU2Nzg5MGFi";
const page = { status: 200, headers: [] as const, body: Buffer.from(`<html nonce="${NONCE}"></html>`), nonce: NONCE };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let stop: (() => void) | undefined;
beforeEach(() => {
  configurePageCache(1024 * 1024);
  invalidatePages();
  catalogueWatchedUntil(0);
});
afterEach(() => stop?.());

describe("watchCatalogue", () => {
  it("drops what the server keeps each time the version moves, not when it stays", async () => {
    const versions = ["7", "7", "8", "8", "9"];
    let reads = 0;
    let changes = 0;
    const watch = watchCatalogue({ read: async () => versions[Math.min(reads++, versions.length - 1)]!, onChange: () => changes++, intervalMs: 5 });
    stop = watch.stop;
    while (reads < versions.length + 1) await sleep(5);
    await watch.settled();
    expect(changes).toBe(2);
  });

  it("lets pages outlive the minute while it answers, and not once the database stops answering", async () => {
    const now = 5_000_000;
    const old = now - PAGE_FRESH_MS - 1; // a page rendered over a minute ago
    const answering = watchCatalogue({ read: async () => "1", onChange: () => invalidatePages(), intervalMs: 1_000, now: () => now });
    await answering.settled();
    rememberPage("/models", page, pageCacheGeneration(), old);
    expect(freshPage("/models", now + 100)).toBeDefined();
    // three intervals without a good read: only the minute counts
    expect(freshPage("/models", now + 3_000)).toBeUndefined();

    answering.stop();
    const failing = watchCatalogue({ read: async () => Promise.reject(new Error("connection refused")), onChange: () => {}, now: () => now });
    stop = failing.stop;
    await failing.settled();
    rememberPage("/models", page, pageCacheGeneration(), old);
    expect(freshPage("/models", now)).toBeUndefined();
  });
});
