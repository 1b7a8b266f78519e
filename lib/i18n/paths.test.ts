// Our server-side addresses (./paths.ts) are next-intl's, for every language and the shapes of
// address the site builds: a path, the home page, a path with a query (one value, several).
import { describe, expect, it } from "vitest";
import { createNavigation } from "next-intl/navigation";
import { LOCALES, routing } from "./routing";
import { getPathname, type Href } from "./paths";

const theirs = createNavigation(routing);

const HREFS: Href[] = [
  "/",
  "/models",
  "/models/smollm2-1.7b",
  "/account/submissions/cm1x2",
  { pathname: "/map", query: { measure: "open" } },
  { pathname: "/models", query: { lang: "fr", grade: "A" } },
  { pathname: "/models", query: { lang: ["fr", "de"], q: "open French LLM" } },
  { pathname: "/", query: { q: "a&b=c" } },
];

describe("getPathname", () => {
  it.each(LOCALES)("gives next-intl's address for every href in %s", (locale) => {
    for (const href of HREFS) expect(getPathname({ href, locale }), JSON.stringify(href)).toBe(theirs.getPathname({ href, locale }));
  });

  it("keeps English at / and puts the others under their code", () => {
    expect(getPathname({ href: "/models", locale: "en" })).toBe("/models");
    expect(getPathname({ href: "/", locale: "pl" })).toBe("/pl");
  });

  it("adds no bare ? for an empty query (next-intl would)", () => {
    expect(getPathname({ href: { pathname: "/organisations", query: {} }, locale: "fr" })).toBe("/fr/organisations");
  });
});
