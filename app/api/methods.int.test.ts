// Every /api route answers every method: its own, or a 405 METHOD_NOT_ALLOWED with Allow in the one
// error format (lib/api/route.ts, otherMethods). A route file that leaves a method out lets Next.js
// answer an empty 405: this finds it, new routes included.
import { describe, expect, it } from "vitest";

const routes = import.meta.glob<Record<string, unknown>>("./**/route.ts");
// (HEAD and OPTIONS Next.js answers itself when a route leaves them out: from GET, and 204 with Allow)
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];

describe("the API's routes", () => {
  it("are found", () => {
    expect(Object.keys(routes).length).toBeGreaterThan(15);
  });

  for (const [file, load] of Object.entries(routes)) {
    it(`${file} answers every method`, async () => {
      const route = await load();
      expect(METHODS.filter((method) => typeof route[method] !== "function")).toEqual([]);
    });
  }
});
