import { describe, expect, it } from "vitest";
import { capitalised, displayNames } from "./names";

const overrides = { countries: { EU: "EU-level projects" }, languages: { fkv: "Kven" } };

describe("displayNames", () => {
  it("names countries and languages in the reader's language", () => {
    expect(displayNames("en", overrides).country("DE")).toBe("Germany");
    expect(displayNames("fr", overrides).country("DE")).toBe("Allemagne");
    expect(displayNames("fr", overrides).language("ca")).toBe("catalan");
    expect(displayNames("en", overrides).country("XK")).toBe("Kosovo");
  });

  it("prefers the messages' names, and falls back to the code for what nobody knows", () => {
    expect(displayNames("en", overrides).country("EU")).toBe("EU-level projects");
    expect(displayNames("en", overrides).language("fkv")).toBe("Kven");
    expect(displayNames("en", overrides).language("qqq")).toBe("qqq");
    expect(displayNames("en", overrides).language("not a code")).toBe("not a code");
  });

  it("capitalises for the start of a cell", () => {
    expect(capitalised("émilien", "fr")).toBe("Émilien");
  });
});
