import { headers } from "next/headers";

/**
 * schema.org data for search engines, as a JSON-LD script. It carries the request's CSP nonce (no
 * inline script runs without it), and `<` is escaped so that no value can close the script element.
 */
export async function JsonLd({ data }: { data: object }) {
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  const json = JSON.stringify(data).replace(/</g, "\\u003c");
  return <script type="application/ld+json" nonce={nonce} dangerouslySetInnerHTML={{ __html: json }} />;
}
