import { routing, type Locale } from "../../lib/i18n/routing";

// One page of each kind a visitor reaches without signing in: what the specs walk when a rule holds
// for every page (the served CSS defines every class, nothing scrolls sideways on a phone).
export const PUBLIC_PAGES = [
  "/",
  "/models",
  "/models?view=table",
  "/models/lucie-7b",
  "/compare?models=lucie-7b,bloom,salamandra-7b",
  "/organisations",
  "/organisations/silo-ai",
  "/organisations/silo-ai?view=table",
  "/map",
  "/languages",
  "/insights",
  "/methodology",
  "/open-data",
  "/api",
  "/signin",
  "/no-such-page",
] as const;

/** The same page in a language: "/fr" + path, "/fr" for the home page; English at the path itself. */
export function inLocale(path: string, locale: Locale): string {
  return locale === routing.defaultLocale ? path : path === "/" ? `/${locale}` : `/${locale}${path}`;
}

/**
 * Every published model the API lists for `query` (`scope=all`...), read page after page through
 * its cursor: the list on /models shows a family once, the API every model. `getJson` asks one
 * path of the server under test (a spec's `page.request`, or `fetch` on another server).
 */
export async function apiModels<T extends { name: string }>(getJson: (path: string) => Promise<unknown>, query = ""): Promise<T[]> {
  const models: T[] = [];
  const base = `/api/v1/models?limit=100${query ? `&${query}` : ""}`;
  let next: string | null = base;
  while (next) {
    const body = (await getJson(next)) as { data: T[]; page: { nextCursor: string | null } };
    models.push(...body.data);
    next = body.page.nextCursor ? `${base}&cursor=${encodeURIComponent(body.page.nextCursor)}` : null;
  }
  return models;
}
