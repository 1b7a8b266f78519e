import { describe, expect, it } from "vitest";
import { badgeSnippet, badgeUrl, shieldsEndpointUrl } from "./snippets";

const page = "https://atlas.example/models/smollm2-1.7b";

describe("embed snippets", () => {
  it("point at the badge on the page's origin, with the chosen style", () => {
    expect(badgeUrl(page, "models", "smollm2-1.7b")).toBe("https://atlas.example/badge/models/smollm2-1.7b.svg");
    expect(badgeUrl(page, "models", "smollm2-1.7b", "for-the-badge")).toBe("https://atlas.example/badge/models/smollm2-1.7b.svg?style=for-the-badge");
    expect(shieldsEndpointUrl("https://atlas.example/fr/organisations/x", "organisations", "x")).toBe("https://atlas.example/api/v1/badge/organisations/x");
  });

  it("link the badge to the page in every format", () => {
    const image = badgeUrl(page, "models", "smollm2-1.7b");
    expect(badgeSnippet("markdown", image, page, "Grade of SmolLM2")).toBe(`[![Grade of SmolLM2](${image})](${page})`);
    expect(badgeSnippet("html", image, page, "Grade of SmolLM2")).toBe(`<a href="${page}"><img src="${image}" alt="Grade of SmolLM2"></a>`);
    expect(badgeSnippet("rst", image, page, "Grade of SmolLM2")).toBe(`.. image:: ${image}\n   :alt: Grade of SmolLM2\n   :target: ${page}`);
    expect(badgeSnippet("asciidoc", image, page, "Grade of SmolLM2")).toBe(`image:${image}["Grade of SmolLM2",link="${page}"]`);
  });

  it("cannot be broken out of by an entry's name", () => {
    const name = `Evil "model"] <script>\n[x](y)`;
    expect(badgeSnippet("html", "i", "p", name)).toBe(`<a href="p"><img src="i" alt="Evil &quot;model&quot;] &lt;script&gt; [x](y)"></a>`);
    expect(badgeSnippet("markdown", "i", "p", name)).toBe(`[![Evil "model"\\] <script> \\[x\\](y)](i)](p)`);
    expect(badgeSnippet("asciidoc", "i", "p", name)).toBe(`image:i["Evil model <script> [x(y)",link="p"]`);
    expect(badgeSnippet("rst", "i", "p", name).split("\n")).toHaveLength(3);
  });
});
