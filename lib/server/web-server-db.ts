// The production web server's own small pool, for what it reads in front of Next.js (sessions'
// roles, the catalogue version): no Prisma, no server-only modules, apart from the app's pool.
import pg from "pg";

export function webServerPool(connectionString: string): pg.Pool {
  const pool = new pg.Pool({ connectionString, max: 2 });
  pool.on("error", (error) => console.warn(`[atlas] web server database connection lost while idle: ${error.message}`));
  return pool;
}
