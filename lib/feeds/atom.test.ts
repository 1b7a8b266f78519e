import { describe, expect, it } from "vitest";
import { XMLParser } from "fast-xml-parser";
import { atomProblems } from "../testing/xml-schemas";
import { atomXml, type AtomFeed } from "./atom";

const feed: AtomFeed = {
  self: "https://atlas.example/feed.xml?country=FR&locale=fr",
  home: "https://atlas.example/fr",
  lang: "fr",
  title: "Libre Atlas : nouveaux modèles",
  subtitle: "Modèles et organisations nouvellement publiés.",
  author: { name: "Libre Atlas", uri: "https://atlas.example/fr" },
  rights: "CC BY 4.0",
  entries: [
    {
      id: "https://atlas.example/fr/models/a",
      title: `<script>alert("x")</script> & "Évian" 😀`,
      link: "https://atlas.example/fr/models/a",
      published: new Date("2025-01-02T03:04:05Z"),
      updated: new Date("2025-02-03T04:05:06Z"),
      summary: "<b>bold</b> is text here",
      categories: [{ term: "FR", label: "France" }],
    },
  ],
};

describe("the Atom writer", () => {
  it("writes a document RFC 4287's schema accepts, empty or not", async () => {
    expect(await atomProblems(atomXml(feed))).toEqual([]);
    expect(await atomProblems(atomXml({ ...feed, entries: [] }))).toEqual([]);
  });

  it("says the feed's language, the self link's type, and keeps every text plain text", () => {
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(atomXml(feed)).feed;
    expect(parsed["@_xml:lang"]).toBe("fr");
    const links = parsed.link as Record<string, string>[];
    expect(links.find((l) => l["@_rel"] === "self")).toMatchObject({ "@_type": "application/atom+xml", "@_href": feed.self });
    expect(parsed.entry.title).toEqual({ "#text": `<script>alert("x")</script> & "Évian" 😀`, "@_type": "text" });
    expect(parsed.entry.summary["@_type"]).toBe("text");
    expect(parsed.updated).toBe("2025-02-03T04:05:06.000Z");
  });

  it("is checked by the schema: a feed without its updated date is refused", async () => {
    const broken = atomXml(feed).replace(/^ {2}<updated>.*<\/updated>\n/m, "");
    expect(await atomProblems(broken)).not.toEqual([]);
  });
});
