import { describe, expect, it } from "vitest";
import { labelLines } from "./stacked-bars";

describe("a bar's label", () => {
  it("breaks between words into lines that fit, so that no label loses its start", () => {
    expect(labelLines("Méthodes d’entraînement ouvertes")).toEqual(["Méthodes", "d’entraînement", "ouvertes"]);
    expect(labelLines("Données d’entraînement ouvertes")).toEqual(["Données", "d’entraînement", "ouvertes"]);
    expect(labelLines("Unrestricted use")).toEqual(["Unrestricted use"]);
    expect(labelLines("Open training methods")).toEqual(["Open training methods"]);
    expect(labelLines("A · Truly open")).toEqual(["A · Truly open"]);
    for (const label of ["Méthodes d’entraînement ouvertes", "Open training data", "Réentraînable"]) {
      expect(labelLines(label).join(" "), label).toBe(label);
      for (const line of labelLines(label)) expect(line.length <= 21 || !line.includes(" "), line).toBe(true);
    }
  });
});
