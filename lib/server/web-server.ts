// The production web server: Next.js behind a plain Node.js HTTP server, so that the few requests
// that must be served at static-file speed (badges in thousands of READMEs) are answered from memory
// before Next's router runs. Everything else goes to Next.js unchanged, as `next start` would serve it.
// (Measured by `npm run bench:badge`: Next's proxy or a route handler returning a cached SVG reach a
// fifth of Next's own static-file throughput; this path exceeds it.)
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import next from "next";
import compression from "compression";
import { serveCachedBadge } from "../badges/fast-path";
import { PEER_HEADER, peerAddressRecorded } from "../security/client-ip";
import { parseEnv } from "../env";
import { authOrigin, sessionCookieNameFor } from "../auth/config";
import { sessionRole } from "../auth/session-role";
import { webServerPool } from "./web-server-db";
import { startCatalogueWatch } from "./catalogue-watch";
import { pageCacheLayer } from "./cached-pages";
import { configurePageCache } from "./page-cache";

type FastPath = (request: IncomingMessage, response: ServerResponse) => boolean;
const FAST_PATHS: readonly FastPath[] = [serveCachedBadge];

export async function startWebServer(options: { dir: string; port: number }): Promise<http.Server> {
  // hostname "localhost": Next.js compares its own locale rewrites with it (see scripts/start.ts).
  const app = next({ dev: false, dir: options.dir, port: options.port, hostname: "localhost" });
  const handle = app.getRequestHandler();
  await app.prepare();
  const env = parseEnv();
  configurePageCache(env.PAGE_CACHE_MB * 1024 * 1024);
  const render = (request: IncomingMessage, response: ServerResponse) => {
    handle(request, response).catch((error: unknown) => {
      console.error("request failed:", error);
      if (!response.headersSent) response.writeHead(500).end();
    });
  };
  // Signed-in people get the page kept for their role: their session is read on every request.
  // Pages and badges are kept while the catalogue version is (instrumentation.ts watches it too).
  const pool = env.DATABASE_URL ? webServerPool(env.DATABASE_URL) : undefined;
  if (env.DATABASE_URL) startCatalogueWatch(env.DATABASE_URL);
  peerAddressRecorded();
  const servePage = pageCacheLayer(render, { roleOf: pool && ((token) => sessionRole(pool, token)), sessionCookie: sessionCookieNameFor(authOrigin(env)) });
  // Compression here rather than in Next.js (next.config.ts: compress: false), so that pages are
  // kept uncompressed, with their nonce findable, and compressed on the way out like the rest.
  const compress = compression() as unknown as (request: IncomingMessage, response: ServerResponse, next: () => void) => void;
  const server = http.createServer((request, response) => {
    for (const fastPath of FAST_PATHS) if (fastPath(request, response)) return;
    // the socket's address, for per-address limits; never what a client wrote under this name
    request.headers[PEER_HEADER] = request.socket.remoteAddress ?? "";
    compress(request, response, () => {
      try {
        servePage(request, response);
      } catch (error) {
        // the page cache must never take the server down: Next.js answers without it
        console.error("page cache failed:", error);
        if (!response.headersSent) render(request, response);
      }
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, () => {
      server.off("error", reject);
      resolve();
    });
  });
  let closing = false;
  const close = () => {
    if (closing) return;
    closing = true;
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    // requests still running after this are cut, as `next start` would on SIGTERM
    setTimeout(() => process.exit(0), 5_000).unref();
  };
  process.on("SIGTERM", close);
  process.on("SIGINT", close);
  return server;
}
