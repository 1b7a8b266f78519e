import { describe, expect, it } from "vitest";
import { EUROPEAN_COUNTRIES } from "@/lib/openness";
import { europeMap } from "./europe-map";

// the first point of a path's data, to check a country is drawn inside the frame
const points = (d: string) => [...d.matchAll(/(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);

describe("europeMap", () => {
  const map = europeMap();
  const byCode = new Map(map.countries.map((country) => [country.code, country]));

  it("draws every European country of the directory, and nothing else as a country", () => {
    const expected = EUROPEAN_COUNTRIES.map((c) => c.code).filter((code) => code !== "EU");
    expect(map.countries.map((c) => c.code).sort()).toEqual([...expected].sort());
    for (const country of map.countries) expect(country.d.length > 0 || country.marker !== null, country.code).toBe(true);
    expect(map.otherLand.length).toBeGreaterThan(0);
  });

  it("keeps Iceland, Cyprus, Malta and Azerbaijan within the frame", () => {
    for (const code of ["IS", "CY", "MT", "AZ", "PT", "NO"]) {
      const inside = points(byCode.get(code)!.d).filter(([x, y]) => x > 0 && x < map.width && y > 0 && y < map.height);
      expect(inside.length, code).toBeGreaterThan(0);
    }
  });

  it("marks the countries too small to click with a dot, and not the large ones", () => {
    for (const code of ["MT", "MC", "VA", "SM", "LI", "AD"]) expect(byCode.get(code)!.marker, code).not.toBeNull();
    for (const code of ["FR", "DE", "FI", "PL", "IS"]) expect(byCode.get(code)!.marker, code).toBeNull();
    const malta = byCode.get("MT")!.marker!;
    expect(malta.x).toBeGreaterThan(0);
    expect(malta.y).toBeLessThan(map.height);
  });

  it("is computed once and stays small enough to send with every page", () => {
    expect(europeMap()).toBe(map);
    const size = map.countries.reduce((sum, c) => sum + c.d.length, map.otherLand.length);
    expect(size).toBeLessThan(150_000);
  });
});
