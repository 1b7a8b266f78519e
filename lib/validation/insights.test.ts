import { describe, expect, it } from "vitest";
import { feedQuerySchema, firstValues, mapQuerySchema } from "./insights";

describe("mapQuerySchema", () => {
  it("sorts by the shaded measure, largest first, by default", () => {
    expect(mapQuerySchema.parse({})).toEqual({ measure: "models", sort: "models", order: "desc" });
    expect(mapQuerySchema.parse({ measure: "smes" })).toEqual({ measure: "smes", sort: "smes", order: "desc" });
    expect(mapQuerySchema.parse({ sort: "country" })).toEqual({ measure: "models", sort: "country", order: "asc" });
  });

  it("falls back to the defaults on values it does not know, instead of failing the page", () => {
    expect(mapQuerySchema.parse({ measure: "population", sort: "<script>", order: "sideways" })).toEqual({
      measure: "models",
      sort: "models",
      order: "desc",
    });
    expect(mapQuerySchema.parse(firstValues({ measure: ["meanScore", "models"] })).measure).toBe("meanScore");
  });
});

describe("feedQuerySchema", () => {
  it("accepts a European country in any case, and EU", () => {
    expect(feedQuerySchema.parse({ country: "fr" })).toEqual({ country: "FR", locale: "en" });
    expect(feedQuerySchema.parse({ country: "EU", locale: "fr" })).toEqual({ country: "EU", locale: "fr" });
    expect(feedQuerySchema.parse({})).toEqual({ locale: "en" });
  });

  it("refuses a country outside the directory's Europe, or not a code at all", () => {
    for (const country of ["US", "RU", "FRA", "", "1"]) expect(feedQuerySchema.safeParse({ country }).success, country).toBe(false);
    expect(feedQuerySchema.safeParse({ locale: "sv" }).success).toBe(false);
    expect(feedQuerySchema.parse({ locale: "pl" })).toMatchObject({ locale: "pl" });
  });
});
