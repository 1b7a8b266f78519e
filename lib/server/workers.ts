// Several web server processes on one port (WEB_CONCURRENCY, node:cluster), so that rendering
// pages uses every core: one Node.js process renders on one core, and a page costs 20–40 ms of it.
//
// The primary process renders nothing. It starts the workers, starts a new one when one dies
// (and gives up, exiting 1, when they keep dying), relays "the catalogue changed" from the worker
// where it happened to the others, and keeps the API's per-address counts, so that a client is
// counted once whichever worker answers it. SIGTERM or SIGINT stops every worker, then the primary.
import cluster, { type Worker } from "node:cluster";
import { RATE_LIMITS, takeRateLimit, type RateLimitDecision, type RateLimitPolicy } from "../api/rate-limit";
import { dropCachedCatalogue, setPeers } from "./peers";
import type { BadgeTargets } from "../badges/cache";

type CatalogueChanged = { atlas: "catalogue-changed"; targets: BadgeTargets };
type CountRequest = { atlas: "count-request"; id: number; policy: string; address: string };
type Counted = { atlas: "counted"; id: number; decision: RateLimitDecision };
type Message = CatalogueChanged | CountRequest | Counted;

/** more deaths than this within RESTART_WINDOW_MS, and the primary gives up */
const MAX_RESTARTS = 5;
const RESTART_WINDOW_MS = 60_000;
/** how long a worker waits for the primary's count before counting alone */
const COUNT_TIMEOUT_MS = 1_000;

const isMessage = (value: unknown): value is Message =>
  typeof value === "object" && value !== null && typeof (value as { atlas?: unknown }).atlas === "string";

/**
 * In the primary: starts `count` workers and supervises them. In a worker: connects it to the
 * others, then runs `startWorker` (which listens on the shared port).
 */
export async function runWorkers(count: number, startWorker: () => Promise<unknown>, log: (line: string) => void = console.log): Promise<void> {
  if (cluster.isWorker) {
    setPeers(workerPeers());
    await startWorker();
    return;
  }
  let stopping = false;
  const deaths: number[] = [];
  const fork = () => cluster.fork();
  for (let i = 0; i < count; i++) fork();
  log(`[atlas] ${count} web server workers`);

  cluster.on("message", (worker: Worker, message: unknown) => {
    if (!isMessage(message)) return;
    if (message.atlas === "catalogue-changed") {
      for (const other of Object.values(cluster.workers ?? {})) if (other && other !== worker && other.isConnected()) other.send(message);
    } else if (message.atlas === "count-request") {
      const policy = Object.values(RATE_LIMITS).find((p: RateLimitPolicy) => p.name === message.policy);
      if (!policy) return;
      const reply: Counted = { atlas: "counted", id: message.id, decision: takeRateLimit(policy, message.address) };
      if (worker.isConnected()) worker.send(reply);
    }
  });

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

/** A worker's side: messages to and from the primary over the cluster's IPC channel. */
function workerPeers() {
  let nextId = 0;
  const waiting = new Map<number, (decision: RateLimitDecision) => void>();
  process.on("message", (message: unknown) => {
    if (!isMessage(message)) return;
    if (message.atlas === "catalogue-changed") dropCachedCatalogue(message.targets);
    else if (message.atlas === "counted") {
      waiting.get(message.id)?.(message.decision);
      waiting.delete(message.id);
    }
  });
  // without its primary a worker cannot do its job: it stops, as the primary's other workers do
  process.on("disconnect", () => process.exit(1));
  return {
    catalogueChanged(targets: BadgeTargets) {
      const message: CatalogueChanged = { atlas: "catalogue-changed", targets };
      process.send?.(message);
    },
    countRequest(policy: RateLimitPolicy, address: string): Promise<RateLimitDecision> {
      return new Promise((resolve) => {
        const id = nextId++;
        const timer = setTimeout(() => {
          // the primary is slow or gone: count here rather than hold the request
          waiting.delete(id);
          resolve(takeRateLimit(policy, address));
        }, COUNT_TIMEOUT_MS);
        waiting.set(id, (decision) => {
          clearTimeout(timer);
          resolve(decision);
        });
        const message: CountRequest = { atlas: "count-request", id, policy: policy.name, address };
        process.send?.(message);
      });
    },
  };
}
