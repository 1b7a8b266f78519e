// The sitemap and the Atom feed as the routes serve them, on a real database: valid against the
// standards' own schemas (sitemaps.org's XSD, RFC 4287's RELAX NG), with every public page listed,
// and with validators that make an unchanged answer a 304.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { XMLParser } from "fast-xml-parser";
import { createPrismaClient, type PrismaClient } from "../db/prisma";
import { seedCatalogue } from "../../prisma/seed/seed";
import { atomProblems, sitemapProblems } from "../testing/xml-schemas";
import { PUBLIC_PAGES } from "../server/public-pages";
import { LOCALES } from "../i18n/routing";
import * as sitemapRoute from "../../app/sitemap.xml/route";
import * as feedRoute from "../../app/feed.xml/route";

const BASE = "http://atlas.test";
let prisma: PrismaClient;

async function get(route: { GET: (request: Request) => Promise<Response> }, path: string, headers: Record<string, string> = {}) {
  const response = await route.GET(new Request(`${BASE}${path}`, { headers: { host: "atlas.test", ...headers } }));
  return { response, status: response.status, body: await response.text() };
}

beforeAll(async () => {
  prisma = createPrismaClient(inject("databaseUrl"), 2);
  await seedCatalogue(prisma);
});
afterAll(async () => {
  await prisma.$disconnect();
});

describe("the sitemap", () => {
  it("passes the sitemaps.org schema, hreflang alternates included", async () => {
    const { status, body, response } = await get(sitemapRoute, "/sitemap.xml");
    expect(status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/xml; charset=utf-8");
    expect(await sitemapProblems(body)).toEqual([]);
  });

  it("lists the open data, API and comparison pages with the others, in every language", async () => {
    const { body } = await get(sitemapRoute, "/sitemap.xml");
    const locs = new Set([...body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname));
    for (const path of ["/open-data", "/api", "/compare", "/fr/open-data", "/fr/api", "/fr/compare", "/pl/open-data", "/pt/compare"]) expect(locs, path).toContain(path);
    expect(locs.size).toBe(LOCALES.length * (PUBLIC_PAGES.length + (await prisma.model.count({ where: { status: "published" } })) + (await prisma.organisation.count({ where: { status: "published" } }))));
  });

  it("answers 304 to its ETag and to If-Modified-Since", async () => {
    const { response } = await get(sitemapRoute, "/sitemap.xml");
    const etag = response.headers.get("etag")!;
    const lastModified = response.headers.get("last-modified")!;
    expect(etag).toMatch(/^W\//);
    expect((await get(sitemapRoute, "/sitemap.xml", { "if-none-match": etag })).status).toBe(304);
    expect((await get(sitemapRoute, "/sitemap.xml", { "if-modified-since": lastModified })).status).toBe(304);
    expect((await get(sitemapRoute, "/sitemap.xml", { "if-modified-since": new Date(Date.parse(lastModified) - 1000).toUTCString() })).status).toBe(200);
  });
});

describe("the Atom feed", () => {
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ["entry", "link", "category"].includes(name) });

  it("passes RFC 4287's schema, for Europe and for a country in French", async () => {
    for (const path of ["/feed.xml", "/feed.xml?country=FI&locale=fr", "/feed.xml?country=MT"]) {
      const { status, body } = await get(feedRoute, path);
      expect(status, path).toBe(200);
      expect(await atomProblems(body), path).toEqual([]);
    }
  });

  it("says its language and the self link's type, and its entries link their pages in that language", async () => {
    const { body } = await get(feedRoute, "/feed.xml?country=FI&locale=fr");
    const feed = parser.parse(body).feed;
    expect(feed["@_xml:lang"]).toBe("fr");
    const self = feed.link.find((link: Record<string, string>) => link["@_rel"] === "self");
    expect(self).toMatchObject({ "@_type": "application/atom+xml", "@_href": `${BASE}/feed.xml?country=FI&locale=fr` });
    for (const entry of feed.entry) expect(new URL(entry.link[0]["@_href"]).pathname).toMatch(/^\/fr\/(models|organisations)\//);
    expect(parser.parse((await get(feedRoute, "/feed.xml")).body).feed["@_xml:lang"]).toBe("en");
  });

  it("answers 304 to its ETag and to If-Modified-Since, and sends the same validators again", async () => {
    const { response } = await get(feedRoute, "/feed.xml?locale=fr");
    const etag = response.headers.get("etag")!;
    const lastModified = response.headers.get("last-modified")!;
    expect(etag).toMatch(/^W\//);
    const again = await get(feedRoute, "/feed.xml?locale=fr", { "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(again.body).toBe("");
    expect(again.response.headers.get("etag")).toBe(etag);
    expect((await get(feedRoute, "/feed.xml?locale=fr", { "if-modified-since": lastModified })).status).toBe(304);
    // another feed's tag is not this one's
    expect((await get(feedRoute, "/feed.xml", { "if-none-match": etag })).status).toBe(200);
  });
});
