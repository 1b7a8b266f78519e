import "server-only";
import { headers } from "next/headers";
import { originFromHeaders } from "./origin";

/** The public origin, for server components. */
export async function requestOrigin(): Promise<string> {
  return originFromHeaders(await headers(), "http://localhost");
}
