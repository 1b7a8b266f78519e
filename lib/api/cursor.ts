// A list's cursor is bound to the query that gave it. The cursor names a row in one ordering of one
// filtered list; sent with other filters or another sort it would silently skip or repeat entries,
// so it is refused instead (400 naming `cursor`). `limit` may change between pages.
import { createHash } from "node:crypto";
import { ApiError } from "./errors";

/** What a page's query is, for its cursor: every parameter but the cursor and the page size, lists as sets. */
function fingerprint(query: Record<string, unknown>): string {
  const canonical = Object.keys(query)
    .filter((name) => name !== "cursor" && name !== "limit" && query[name] !== undefined && query[name] !== null)
    .sort()
    .map((name) => {
      const value = query[name];
      return [name, Array.isArray(value) ? [...value].map(String).sort() : value];
    });
  return createHash("sha256").update(JSON.stringify(canonical)).digest("base64url").slice(0, 16);
}

/** The cursor handed out with a page: the query's fingerprint, then the position in the list. */
export function bindCursor(query: Record<string, unknown>, position: string | null): string | null {
  return position === null ? null : `${fingerprint(query)}.${position}`;
}

const invalidCursor = (message: string) => new ApiError(400, "INVALID_PARAMETER", "Invalid parameter: cursor.", [{ field: "cursor", message }]);

/** The position a cursor names, when it was given for this very query (filters and sort); else 400. */
export function positionOf(query: Record<string, unknown> & { cursor?: string }): string | null {
  if (!query.cursor) return null;
  const dot = query.cursor.indexOf(".");
  if (dot <= 0) throw invalidCursor("not a cursor this API gave");
  if (query.cursor.slice(0, dot) !== fingerprint(query)) {
    throw invalidCursor("given for other filters or another sort: send the same parameters as the page it came from (only limit may change)");
  }
  return query.cursor.slice(dot + 1);
}
