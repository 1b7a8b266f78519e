// XML validation with the standards' own schemas, offline: libxml2's xmllint compiled to WebAssembly
// (xmllint-wasm), against the schema files committed beside this one (each says where it comes from).
import { readFileSync } from "node:fs";
import path from "node:path";
import { validateXML } from "xmllint-wasm";

const dir = path.join(import.meta.dirname, "schemas");
const read = (file: string) => ({ fileName: file, contents: readFileSync(path.join(dir, file), "utf8") });

/** The problems xmllint finds in an Atom document against RFC 4287's RELAX NG schema; [] when it is valid. */
export async function atomProblems(xml: string): Promise<string[]> {
  const result = await validateXML({ xml: [{ fileName: "feed.xml", contents: xml }], schema: [read("atom.rng")], extension: "relaxng" });
  return result.valid ? [] : result.errors.map((error) => error.rawMessage);
}

/** The problems xmllint finds in a sitemap against sitemaps.org's XSD (with its hreflang alternates); [] when it is valid. */
export async function sitemapProblems(xml: string): Promise<string[]> {
  const result = await validateXML({ xml: [{ fileName: "sitemap.xml", contents: xml }], schema: [read("sitemap-alternates.xsd")], preload: [read("sitemap.xsd")] });
  return result.valid ? [] : result.errors.map((error) => error.rawMessage);
}
