// The sitemap (sitemaps.org protocol 0.9) with each page's other languages as XHTML alternates.
// Written here rather than by Next.js's sitemap convention, which put <xhtml:link> before
// <lastmod>: the protocol's schema wants loc, lastmod, changefreq, priority, then other elements.
import { LOCALES } from "../i18n/routing";
import { escapeXml } from "../feeds/xml";
import { alternateUrls } from "./urls";

export type SitemapPage = { href: string; lastModified?: Date };

export function sitemapXml(origin: string, pages: readonly SitemapPage[]): string {
  const lines = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">`,
  ];
  for (const page of pages) {
    const urls = alternateUrls(origin, page.href);
    const alternates = Object.entries(urls).map(([hreflang, href]) => `<xhtml:link rel="alternate" hreflang="${hreflang}" href="${escapeXml(href)}"/>`);
    for (const locale of LOCALES) {
      lines.push(
        "<url>",
        `<loc>${escapeXml(urls[locale])}</loc>`,
        ...(page.lastModified ? [`<lastmod>${page.lastModified.toISOString()}</lastmod>`] : []),
        ...alternates,
        "</url>",
      );
    }
  }
  lines.push("</urlset>", "");
  return lines.join("\n");
}
