import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { GRADE_DISPLAY } from "../openness/grades";
import { GRADES } from "../openness/types";
import {
  BADGE_STYLES,
  modelBadgeFace,
  NOT_FOUND_FACE,
  organisationBadgeFace,
  renderBadgeSvg,
  shieldsEndpointJson,
} from "./render";
import { parseBadge } from "./svg-test-helpers";

describe("a model's badge", () => {
  it("says the grade, its label and the rounded score, on the grade's colour", () => {
    const badge = parseBadge(renderBadgeSvg(modelBadgeFace({ grade: "A", score: 91.75, complete: true }), { style: "flat" }));
    expect(badge.texts).toEqual(["openness", "A · truly open · 92"]);
    expect(badge.fills).toEqual(["#555", GRADE_DISPLAY.A.colour]);
  });

  it("goes from green for A to red for E, and says when the grade is incomplete", () => {
    const colours = GRADES.map((grade) => modelBadgeFace({ grade, score: 50, complete: true }).colour);
    expect(colours).toEqual(["#1a7f37", "#4d7c0f", "#8a6d00", "#c2410c", "#b91c1c"]);
    expect(modelBadgeFace({ grade: "C", score: 40.2, complete: false }).message).toBe("C · open weights · 40 · incomplete");
  });

  it("is grey and says so when the model is not assessed, or not found", () => {
    expect(modelBadgeFace({ grade: null, score: null, complete: false })).toEqual({ found: true, message: "not assessed", colour: "#616161" });
    const badge = parseBadge(renderBadgeSvg(NOT_FOUND_FACE, { style: "flat" }));
    expect(badge.texts).toEqual(["openness", "not found"]);
    expect(badge.fills[1]).toBe("#616161");
  });

  it("is accessible in every style: role img, an aria-label and a title that say the whole badge", () => {
    for (const style of BADGE_STYLES) {
      const badge = parseBadge(renderBadgeSvg(modelBadgeFace({ grade: "B", score: 70, complete: true }), { style }));
      // for-the-badge writes everything in capitals, its accessible name too
      expect(badge.role, style).toBe("img");
      expect(badge.ariaLabel?.toLowerCase(), style).toBe("openness: b · open science · 70");
      expect(badge.title.toLowerCase(), style).toBe("openness: b · open science · 70");
    }
  });

  it("takes another label, or none", () => {
    const face = modelBadgeFace({ grade: "D", score: 30, complete: true });
    expect(parseBadge(renderBadgeSvg(face, { style: "flat", label: "Libre Atlas" })).texts[0]).toBe("Libre Atlas");
    expect(parseBadge(renderBadgeSvg(face, { style: "flat", label: "" })).texts).toEqual(["D · restricted · 30"]);
  });

  it("escapes a hostile label: the SVG stays well-formed and shows the label as text", () => {
    const hostile = `"><script>alert('x')</script><text>&amp;`;
    const svg = renderBadgeSvg(NOT_FOUND_FACE, { style: "flat", label: hostile });
    expect(svg).not.toContain("<script>");
    const badge = parseBadge(svg);
    expect(badge.texts[0]).toBe(hostile);
    expect(badge.ariaLabel).toBe(`${hostile}: not found`);
    fc.assert(
      fc.property(fc.string({ maxLength: 64 }), (label) => {
        const parsed = parseBadge(renderBadgeSvg(NOT_FOUND_FACE, { style: "plastic", label }));
        // badge-maker trims the label, and leaves it out when nothing is left
        expect(parsed.title).toBe(label.trim() ? `${label.trim()}: not found` : "not found");
      }),
      { numRuns: 200 },
    );
  });
});

describe("an organisation's badge", () => {
  it("counts models per grade, gives the mean score, and takes the colour of the median model", () => {
    const face = organisationBadgeFace({
      models: [
        { grade: "A", score: 95 },
        { grade: "D", score: 30 },
        { grade: "E", score: 10 },
        { grade: null, score: null },
      ],
    });
    expect(face.message).toBe("1 A · 1 D · 1 E · mean 45");
    expect(face.colour).toBe(GRADE_DISPLAY.D.colour);
    // even count: the worse of the two middle models
    expect(organisationBadgeFace({ models: [{ grade: "A", score: 90 }, { grade: "C", score: 50 }] }).colour).toBe(GRADE_DISPLAY.C.colour);
  });

  it("is grey when none of its models is assessed", () => {
    expect(organisationBadgeFace({ models: [] }).message).toBe("not assessed");
  });
});

describe("the shields.io endpoint JSON", () => {
  it("follows schemaVersion 1 with a colour shields accepts", () => {
    expect(shieldsEndpointJson(modelBadgeFace({ grade: "A", score: 100, complete: true }), 300)).toEqual({
      schemaVersion: 1,
      label: "openness",
      message: "A · truly open · 100",
      color: "1a7f37",
      labelColor: "555",
      isError: false,
      cacheSeconds: 300,
    });
    expect(shieldsEndpointJson(NOT_FOUND_FACE, 60).isError).toBe(true);
  });
});

describe("the G7 label's badge (?label=g7)", () => {
  it("shows a model's official label instead of its grade, in the SVG and in the shields.io JSON", async () => {
    const { modelBadgeFace, renderBadgeSvg, shieldsEndpointJson } = await import("./render");
    const face = modelBadgeFace({ grade: "C", score: 61, complete: true, g7Label: "open_weights_ai" });
    const g7 = renderBadgeSvg(face, { label: "g7", style: "flat" });
    expect(g7).toContain("Open Weights AI");
    expect(g7).toContain("G7 label");
    expect(g7).not.toContain("open weights · 61");
    expect(renderBadgeSvg(face, { style: "flat" })).toContain("C · open weights · 61");
    expect(shieldsEndpointJson(face, 60, { label: "G7" })).toMatchObject({ label: "G7 label", message: "Open Weights AI" });
    expect(shieldsEndpointJson(face, 60)).toMatchObject({ label: "openness", message: "C · open weights · 61" });
  });
});
