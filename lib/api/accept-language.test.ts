import { describe, expect, it } from "vitest";
import { preferredLocale } from "./accept-language";

describe("preferredLocale", () => {
  it("is French only when the client prefers French to English", () => {
    expect(preferredLocale("fr-FR,fr;q=0.9,en;q=0.8")).toBe("fr");
    expect(preferredLocale("de-DE, fr;q=0.5, en;q=0.7")).toBe("en");
    expect(preferredLocale("en;q=0.2, fr;q=0.3")).toBe("fr");
    expect(preferredLocale("de, fr;q=0")).toBe("en");
  });

  it("is English without a header, or with nothing it speaks", () => {
    expect(preferredLocale(null)).toBe("en");
    expect(preferredLocale("")).toBe("en");
    expect(preferredLocale("de-AT, it")).toBe("en");
    expect(preferredLocale("*")).toBe("en");
  });
});
