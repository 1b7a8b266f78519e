import { describe, expect, it } from "vitest";
import {
  CRITERIA,
  CRITERION_BY_KEY,
  GRADE_REQUIREMENTS,
  METHODOLOGY_VERSION,
  METHODOLOGY_VERSIONS,
  PILLAR_WEIGHT,
  POINTS,
  SUPPORTING_WEIGHT,
} from "./criteria";
import { CRITERION_KEYS, PILLAR_KEYS, SUPPORTING_KEYS } from "./types";

describe("criteria", () => {
  it("weigh 100 in all: pillars 70 (17.5 each), supporting dimensions 30 (3.75 each)", () => {
    expect(CRITERIA.reduce((sum, criterion) => sum + criterion.weight, 0)).toBe(100);
    const pillars = CRITERIA.filter((criterion) => criterion.kind === "pillar");
    const supporting = CRITERIA.filter((criterion) => criterion.kind === "supporting");
    expect(pillars.map((c) => c.key)).toEqual([...PILLAR_KEYS]);
    expect(supporting.map((c) => c.key)).toEqual([...SUPPORTING_KEYS]);
    expect(pillars.every((c) => c.weight === 17.5)).toBe(true);
    expect(supporting.every((c) => c.weight === 3.75)).toBe(true);
    expect(PILLAR_WEIGHT * PILLAR_KEYS.length).toBe(70);
    expect(SUPPORTING_WEIGHT * SUPPORTING_KEYS.length).toBe(30);
  });

  it("are listed once each, in the shared key order, and indexed by key", () => {
    expect(CRITERIA.map((c) => c.key)).toEqual([...CRITERION_KEYS]);
    for (const key of CRITERION_KEYS) expect(CRITERION_BY_KEY[key].key).toBe(key);
  });

  it("give open 1 point, partial 0.5, closed and unknown 0", () => {
    expect(POINTS).toEqual({ open: 1, partial: 0.5, closed: 0, unknown: 0 });
  });

  it("have a version history ending with the current version", () => {
    expect(METHODOLOGY_VERSION).toBe(2);
    expect(METHODOLOGY_VERSIONS.at(-1)?.version).toBe(METHODOLOGY_VERSION);
    expect(METHODOLOGY_VERSIONS[0]).toMatchObject({ version: 1, date: "2026-11-26" });
    expect(METHODOLOGY_VERSIONS.map((v) => v.version)).toEqual(METHODOLOGY_VERSIONS.map((_, i) => i + 1));
  });

  it("grade rules only ask for stricter answers as the grade rises (A needs every pillar open)", () => {
    expect(GRADE_REQUIREMENTS.A.map((r) => r.criterion)).toEqual([...PILLAR_KEYS]);
    expect(GRADE_REQUIREMENTS.A.every((r) => r.atLeast === "open")).toBe(true);
  });
});
