import "server-only";
import { headers } from "next/headers";
import { siteOrigin } from "./site-origin";

/** The public origin, for server components. */
export async function requestOrigin(): Promise<string> {
  return siteOrigin(await headers());
}
