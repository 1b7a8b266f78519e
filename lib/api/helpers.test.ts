import { describe, expect, it } from "vitest";
import { ApiError } from "./errors";
import { listOrganisations } from "./operations";
import { parseQuery } from "./query";

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
    expect(error.issues.map((d) => d.field).sort()).toEqual(["limit", "type"]);
    expect(error.issues.find((d) => d.field === "type")?.message).toMatch(/^item 2: /);
    expect(rejection(() => parseQuery(schema, new URLSearchParams("sme=1&sme=0"))).issues).toEqual([
      { field: "sme", message: expect.stringContaining("more than once") },
    ]);
  });
});
