// The production web server (lib/server/web-server.ts), started by scripts/start.ts in place of
// `next start`: `serve.ts --port 3000`, with the environment start.ts prepared (DATABASE_URL...).
import path from "node:path";
import { startWebServer } from "../lib/server/web-server";

const root = path.resolve(import.meta.dirname, "..");
const portIndex = process.argv.indexOf("--port");
const port = Number(portIndex === -1 ? (process.env.PORT ?? 3000) : process.argv[portIndex + 1]);

startWebServer({ dir: root, port }).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
