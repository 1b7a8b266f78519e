// Reads a badge the way a test should: parsed as XML, not compared with a snapshot.
import { DOMParser } from "@xmldom/xmldom";

export type ParsedBadge = {
  role: string | null;
  ariaLabel: string | null;
  title: string;
  /** the visible texts (the aria-hidden shadows left out) */
  texts: string[];
  /** fill colours of the background rectangles, left to right */
  fills: string[];
};

export function parseBadge(svg: string): ParsedBadge {
  const errors: string[] = [];
  const document = new DOMParser({ onError: (level, message) => void (level !== "warning" && errors.push(message)) }).parseFromString(
    svg,
    "image/svg+xml",
  );
  if (errors.length) throw new Error(`not well-formed SVG: ${errors.join("; ")}`);
  const root = document.documentElement!;
  const texts = Array.from(root.getElementsByTagName("text"))
    .filter((text) => !hasHiddenAncestor(text))
    .map((text) => text.textContent ?? "");
  const fills = Array.from(root.getElementsByTagName("rect"))
    .map((rect) => rect.getAttribute("fill"))
    .filter((fill): fill is string => !!fill && !fill.startsWith("url("));
  return {
    role: root.getAttribute("role"),
    ariaLabel: root.getAttribute("aria-label"),
    title: root.getElementsByTagName("title")[0]?.textContent ?? "",
    texts,
    fills,
  };
}

type XmlNode = { parentNode: XmlNode | null; getAttribute?: (name: string) => string | null };

function hasHiddenAncestor(node: XmlNode): boolean {
  for (let current = node.parentNode; current; current = current.parentNode) {
    if (current.getAttribute?.("aria-hidden") === "true") return true;
  }
  return false;
}
