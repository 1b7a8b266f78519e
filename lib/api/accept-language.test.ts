import { describe, expect, it } from "vitest";
import { preferredLocale } from "./accept-language";

describe("preferredLocale", () => {
  it("is the site's language the client prefers most", () => {
    expect(preferredLocale("fr-FR,fr;q=0.9,en;q=0.8")).toBe("fr");
    expect(preferredLocale("de-DE, fr;q=0.5, en;q=0.7")).toBe("de");
    expect(preferredLocale("sv, fr;q=0.5, en;q=0.7")).toBe("en");
    expect(preferredLocale("en;q=0.2, fr;q=0.3")).toBe("fr");
    expect(preferredLocale("pl, fr;q=0")).toBe("pl");
    expect(preferredLocale("pt-PT;q=0.9, nl;q=0.8")).toBe("pt");
  });

  it("is English without a header, or with nothing it speaks", () => {
    expect(preferredLocale(null)).toBe("en");
    expect(preferredLocale("")).toBe("en");
    expect(preferredLocale("sv-SE, fi")).toBe("en");
    expect(preferredLocale("*")).toBe("en");
  });
});
