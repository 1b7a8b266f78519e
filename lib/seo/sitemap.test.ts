import { describe, expect, it } from "vitest";
import { sitemapProblems } from "../testing/xml-schemas";
import { sitemapXml } from "./sitemap";
import { LOCALES } from "../i18n/routing";

describe("the sitemap writer", () => {
  const xml = sitemapXml("https://atlas.example", [
    { href: "/" },
    { href: "/models/lucie-7b", lastModified: new Date("2025-03-01T10:00:00Z") },
  ]);

  it("writes what the sitemaps.org schema accepts: lastmod before the hreflang alternates", async () => {
    expect(await sitemapProblems(xml)).toEqual([]);
  });

  it("gives every page in each language, each with every language and x-default as alternates", () => {
    const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
    expect(urls).toEqual(
      ["/", "/models/lucie-7b"].flatMap((path) => LOCALES.map((locale) => `https://atlas.example${locale === "en" ? (path === "/" ? "/" : path) : path === "/" ? `/${locale}` : `/${locale}${path}`}`)),
    );
    const entry = xml.slice(xml.indexOf("<loc>https://atlas.example/fr/models/lucie-7b</loc>"));
    expect(entry.slice(0, entry.indexOf("</url>"))).toContain(
      [
        "<lastmod>2025-03-01T10:00:00.000Z</lastmod>",
        '<xhtml:link rel="alternate" hreflang="en" href="https://atlas.example/models/lucie-7b"/>',
        ...LOCALES.filter((locale) => locale !== "en").map((locale) => `<xhtml:link rel="alternate" hreflang="${locale}" href="https://atlas.example/${locale}/models/lucie-7b"/>`),
        '<xhtml:link rel="alternate" hreflang="x-default" href="https://atlas.example/models/lucie-7b"/>',
      ].join("\n"),
    );
  });

  it("is checked by the schema: lastmod after an alternate, as Next.js wrote it, is refused", async () => {
    const misordered = xml.replace(/(<lastmod>[^<]+<\/lastmod>)\n(<xhtml:link[^>]+>)/, "$2\n$1");
    expect(misordered).not.toBe(xml);
    expect((await sitemapProblems(misordered)).join("\n")).toContain("lastmod");
  });
});
