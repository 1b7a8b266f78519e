import { describe, expect, it } from "vitest";
import { compareGrades, GRADE_DISPLAY, gradeRank, isGrade, NO_GRADE_DISPLAY } from "./grades";
import { GRADES, type Grade } from "./types";

/** WCAG 2 contrast ratio between two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe("grades", () => {
  it("rank A best (0) to E worst (4)", () => {
    expect(GRADES.map(gradeRank)).toEqual([0, 1, 2, 3, 4]);
  });

  it("sort best first with compareGrades", () => {
    const grades: Grade[] = ["D", "A", "E", "C", "B", "A"];
    expect([...grades].sort(compareGrades)).toEqual(["A", "A", "B", "C", "D", "E"]);
    expect(compareGrades("B", "B")).toBe(0);
    expect(compareGrades("A", "E")).toBeLessThan(0);
  });

  it("recognise grades in untyped data", () => {
    expect(isGrade("C")).toBe(true);
    expect(isGrade("F")).toBe(false);
    expect(isGrade(undefined)).toBe(false);
  });

  it("have distinct badge colours, each readable with white text (WCAG AA, 4.5:1)", () => {
    const displays = [...GRADES.map((grade) => GRADE_DISPLAY[grade]), ...Object.values(NO_GRADE_DISPLAY)];
    for (const display of displays) {
      expect(display.colour).toMatch(/^#[0-9a-f]{6}$/);
      expect(contrast(display.colour, display.textColour)).toBeGreaterThanOrEqual(4.5);
    }
    expect(new Set(GRADES.map((grade) => GRADE_DISPLAY[grade].colour)).size).toBe(5);
  });
});
