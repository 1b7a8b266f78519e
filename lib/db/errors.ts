// What a database error means for the one answering a request, decided once for every route: a
// unique violation (someone else got there first) or the database out of reach (try again soon).
// Prisma wraps the driver's errors (in `cause`, or in `meta.driverAdapterError`), so each test
// looks through the wrappings.

/** PostgreSQL's connection exceptions (class 08), and the server shutting down or starting (57P01-57P03). */
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[123])$/;
/** what the driver and Prisma say when the server cannot be reached or the connection breaks */
const UNAVAILABLE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ENOTFOUND", "ETIMEDOUT", "EPIPE", "P1001", "P1002", "P1017", "P2024"]);
const UNAVAILABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
const UNAVAILABLE_MESSAGE = /Connection terminated|connection error|timeout exceeded when trying to connect|Can't reach database server|Server has closed the connection|the database system is (shutting down|starting up)|terminating connection due to administrator command/i;

function* wrappings(error: unknown): Generator<Record<string, unknown>> {
  const seen = new Set<unknown>();
  const queue = [error];
  while (queue.length) {
    const current = queue.shift();
    if (typeof current !== "object" || current === null || seen.has(current)) continue;
    seen.add(current);
    const record = current as Record<string, unknown>;
    yield record;
    queue.push(record.cause, (record.meta as Record<string, unknown> | undefined)?.driverAdapterError);
    if (Array.isArray(record.errors)) queue.push(...(record.errors as unknown[])); // an AggregateError (one per address tried)
  }
}

export function isUniqueViolation(error: unknown): boolean {
  for (const e of wrappings(error)) if (e.code === "P2002" || e.code === "23505" || e.kind === "UniqueConstraintViolation") return true;
  return false;
}

export function isDatabaseUnavailable(error: unknown): boolean {
  for (const e of wrappings(error)) {
    const code = typeof e.code === "string" ? e.code : "";
    if (UNAVAILABLE_CODES.has(code) || UNAVAILABLE_SQLSTATE.test(code)) return true;
    if (typeof e.kind === "string" && UNAVAILABLE_KINDS.has(e.kind)) return true;
    if (typeof e.originalCode === "string" && UNAVAILABLE_SQLSTATE.test(e.originalCode)) return true;
    if (typeof e.message === "string" && UNAVAILABLE_MESSAGE.test(e.message)) return true;
  }
  return false;
}

/** PostgreSQL refusing who or what DATABASE_URL names: a wrong password or role, a database that does not exist. */
const REFUSED_SQLSTATE = /^(28000|28P01|3D000)$/;
const REFUSED_MESSAGE = /Authentication failed against database server|password authentication failed|Database `?[^`]*`? does not exist|database "[^"]*" does not exist|role "[^"]*" does not exist/i;

export function isDatabaseRefusal(error: unknown): boolean {
  for (const e of wrappings(error)) {
    if (typeof e.code === "string" && (REFUSED_SQLSTATE.test(e.code) || e.code === "P1000" || e.code === "P1003")) return true;
    if (typeof e.message === "string" && REFUSED_MESSAGE.test(e.message)) return true;
  }
  return false;
}
