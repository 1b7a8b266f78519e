// Several web server processes on one port (WEB_CONCURRENCY, node:cluster), so that rendering
// pages uses every core: one Node.js process renders on one core, and a page costs 20–40 ms of it.
//
// The primary process renders nothing: it starts the workers, starts a new one when one dies
// (and gives up, exiting 1, when they keep dying). SIGTERM or SIGINT stops every worker, then the
// primary. The workers share nothing through it: each reads the catalogue version
// (lib/catalogue/changes.ts) and counts limits in the database (lib/security/rate-limit.ts), as
// separate instances of the site do.
import cluster from "node:cluster";

/** more deaths than this within RESTART_WINDOW_MS, and the primary gives up */
const MAX_RESTARTS = 5;
const RESTART_WINDOW_MS = 60_000;

/** In the primary: starts `count` workers and supervises them. In a worker: runs `startWorker` (which listens on the shared port). */
export async function runWorkers(count: number, startWorker: () => Promise<unknown>, log: (line: string) => void = console.log): Promise<void> {
  if (cluster.isWorker) {
    // without its primary a worker cannot be supervised: it stops, as the primary's other workers do
    process.on("disconnect", () => process.exit(1));
    await startWorker();
    return;
  }
  let stopping = false;
  const deaths: number[] = [];
  const fork = () => cluster.fork();
  for (let i = 0; i < count; i++) fork();
  log(`[atlas] ${count} web server workers`);

  cluster.on("exit", (worker, code, signal) => {
    // A worker that stopped cleanly was told to (Ctrl-C reaches every process of the terminal's
    // group, the primary's own handler maybe last): not replaced.
    if (stopping || code === 0) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(process.exitCode ?? 0);
      return;
    }
    const now = Date.now();
    deaths.push(now);
    while (deaths.length && deaths[0]! < now - RESTART_WINDOW_MS) deaths.shift();
    if (deaths.length > MAX_RESTARTS) {
      log(`[atlas] web server workers keep stopping (${deaths.length} in ${RESTART_WINDOW_MS / 1000} s); giving up`);
      stopping = true;
      for (const other of Object.values(cluster.workers ?? {})) other?.process.kill("SIGTERM");
      process.exitCode = 1;
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(1);
      return;
    }
    log(`[atlas] web server worker ${worker.process.pid} stopped (${signal ?? code}); starting another`);
    fork();
  });

  const stop = () => {
    if (stopping) return;
    stopping = true;
    const workers = Object.values(cluster.workers ?? {});
    if (workers.length === 0) process.exit(0);
    for (const worker of workers) worker?.process.kill("SIGTERM");
    // a worker still busy after this is cut, as a single server would be (web-server.ts)
    setTimeout(() => process.exit(process.exitCode ?? 0), 10_000).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
