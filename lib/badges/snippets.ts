// The copy-paste snippets of the Embed panel: the badge image, linked to the entry's page.
import type { BadgeKind, BadgeStyle } from "./kinds";

export const SNIPPET_FORMATS = ["markdown", "html", "rst", "asciidoc"] as const;
export type SnippetFormat = (typeof SNIPPET_FORMATS)[number];

export const SNIPPET_FORMAT_NAMES: Readonly<Record<SnippetFormat, string>> = {
  markdown: "Markdown",
  html: "HTML",
  rst: "reStructuredText",
  asciidoc: "AsciiDoc",
};

/** The badge's address, on the same origin as the entry's page. */
export function badgeUrl(pageUrl: string, kind: BadgeKind, slug: string, style: BadgeStyle = "flat"): string {
  const url = new URL(`/badge/${kind}/${encodeURIComponent(slug)}.svg`, pageUrl);
  if (style !== "flat") url.searchParams.set("style", style);
  return url.toString();
}

/** The shields.io endpoint JSON's address. */
export function shieldsEndpointUrl(pageUrl: string, kind: BadgeKind, slug: string): string {
  return new URL(`/api/v1/badge/${kind}/${encodeURIComponent(slug)}`, pageUrl).toString();
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** Each format's own escaping: the alt text comes from an entry's name, which anyone may submit. */
export function badgeSnippet(format: SnippetFormat, image: string, pageUrl: string, alt: string): string {
  const oneLine = alt.replace(/\s+/g, " ").trim();
  switch (format) {
    case "markdown":
      return `[![${oneLine.replace(/[\\[\]]/g, "\\$&")}](${image})](${pageUrl})`;
    case "html":
      return `<a href="${escapeHtml(pageUrl)}"><img src="${escapeHtml(image)}" alt="${escapeHtml(oneLine)}"></a>`;
    case "rst":
      return `.. image:: ${image}\n   :alt: ${oneLine}\n   :target: ${pageUrl}`;
    case "asciidoc":
      return `image:${image}["${oneLine.replace(/["\]]/g, "")}",link="${pageUrl}"]`;
  }
}
