import { describe, expect, it } from "vitest";
import { contrastRatio as contrast } from "../a11y/contrast";
import { ANSWER_DISPLAY, compareGrades, GRADE_DISPLAY, gradeRank, isGrade, NO_GRADE_DISPLAY } from "./grades";
import { ANSWER_GRADES, GRADES, type Grade } from "./types";

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

  it("give every answer a mark readable on white (AA for graphics, 3:1), a symbol readable on it (4.5:1), and its own symbol and shape", () => {
    for (const answer of ANSWER_GRADES) {
      const display = ANSWER_DISPLAY[answer];
      expect(contrast(display.colour, "#ffffff"), answer).toBeGreaterThanOrEqual(3);
      // a hollow mark draws its symbol on the page's white, a filled one on its own colour
      const ground = display.shape === "hollow" ? "#ffffff" : display.colour;
      expect(contrast(display.symbolColour, ground), answer).toBeGreaterThanOrEqual(4.5);
    }
    expect(new Set(ANSWER_GRADES.map((answer) => ANSWER_DISPLAY[answer].symbol)).size).toBe(ANSWER_GRADES.length);
    expect(new Set(ANSWER_GRADES.map((answer) => ANSWER_DISPLAY[answer].shape)).size).toBe(ANSWER_GRADES.length);
  });

  it("colour an answer as the grade it leads to: one colour system for both", () => {
    expect(ANSWER_DISPLAY.open.colour).toBe(GRADE_DISPLAY.A.colour);
    expect(ANSWER_DISPLAY.partial.colour).toBe(GRADE_DISPLAY.C.colour);
    expect(ANSWER_DISPLAY.closed.colour).toBe(GRADE_DISPLAY.E.colour);
  });
});
