// The production web server (lib/server/web-server.ts), started by scripts/start.ts in place of
// `next start`: `serve.ts --port 3000 [--dir <the app>]`, with the environment start.ts prepared
// (DATABASE_URL...). start.ts runs it compiled (lib/server/server-bundle.ts), from .next/, so it
// names the app's directory. WEB_CONCURRENCY > 1 runs that many servers on the port (lib/server/workers.ts).
import path from "node:path";
import { startWebServer } from "../lib/server/web-server";
import { runWorkers } from "../lib/server/workers";
import { envSchema } from "../lib/env";

const argument = (name: string) => {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
};
const root = path.resolve(argument("--dir") ?? path.join(import.meta.dirname, ".."));
const port = Number(argument("--port") ?? process.env.PORT ?? 3000);
const workers = envSchema.shape.WEB_CONCURRENCY.parse(process.env.WEB_CONCURRENCY || undefined);

const start = () => startWebServer({ dir: root, port });
(workers > 1 ? runWorkers(workers, start) : start()).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
