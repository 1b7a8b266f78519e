// Planner settings of the app's own database sessions, on both engines (lib/db/prisma.ts sends
// them when a session starts; lib/db/embedded.ts sets them on PGlite's single shared session).
//
// The catalogue is a few hundred megabytes, read from memory or SSD, where a random read costs
// about what a sequential one does. PostgreSQL's default random_page_cost (4) assumes spinning
// disks and makes it scan the 100 MB Model table rather than a narrow index for a broad filter's
// count (docs/bench-catalogue.md). An `options` parameter in DATABASE_URL replaces these.
export const PLANNER_SETTINGS: Readonly<Record<string, string>> = { random_page_cost: "1.1" };

/** As a startup `options` parameter: "-c name=value …". */
export const SESSION_OPTIONS = Object.entries(PLANNER_SETTINGS)
  .map(([name, value]) => `-c ${name}=${value}`)
  .join(" ");

/** As statements, for a session that is already open. */
export const SET_PLANNER_SETTINGS = Object.entries(PLANNER_SETTINGS)
  .map(([name, value]) => `SET ${name} = ${value};`)
  .join(" ");
