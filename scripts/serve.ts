// The production web server (lib/server/web-server.ts), started by scripts/start.ts in place of
// `next start`: `serve.ts --port 3000`, with the environment start.ts prepared (DATABASE_URL...).
// WEB_CONCURRENCY > 1 runs that many servers on the port (lib/server/workers.ts).
import path from "node:path";
import { startWebServer } from "../lib/server/web-server";
import { runWorkers } from "../lib/server/workers";
import { envSchema } from "../lib/env";

const root = path.resolve(import.meta.dirname, "..");
const portIndex = process.argv.indexOf("--port");
const port = Number(portIndex === -1 ? (process.env.PORT ?? 3000) : process.argv[portIndex + 1]);
const workers = envSchema.shape.WEB_CONCURRENCY.parse(process.env.WEB_CONCURRENCY || undefined);

const start = () => startWebServer({ dir: root, port });
(workers > 1 ? runWorkers(workers, start) : start()).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
