// Several web server workers on one port (lib/server/workers.ts), as real processes: a stand-in
// server (fixtures/workers-app.ts) tells which worker answered. (What they share, the catalogue
// version and the limits, they share through the database: e2e/scale-out.spec.ts.)
// Every request opens a new connection, which the primary hands to the workers in turn.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, getOnNewConnection } from "../../e2e/support/server";

type State = { pid: number };

let primary: ChildProcess;
let port: number;
let output = "";

async function get<T>(pathname: string): Promise<T> {
  return JSON.parse((await getOnNewConnection(`http://127.0.0.1:${port}${pathname}`, {}, 2_000)).body) as T;
}

/** Each worker's latest state, asking until `count` different workers answered (or 50 answers). */
async function everyWorker(count: number): Promise<Map<number, State>> {
  const seen = new Map<number, State>();
  for (let i = 0; i < 50 && seen.size < count; i++) {
    const state = await get<State>("/state");
    seen.set(state.pid, state);
  }
  return seen;
}

beforeAll(async () => {
  port = await freePort();
  primary = spawn(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, "fixtures/workers-app.ts")], {
    env: { ...process.env, PORT: String(port), WEB_CONCURRENCY: "2" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  primary.stdout!.on("data", (chunk) => (output += chunk));
  primary.stderr!.on("data", (chunk) => (output += chunk));
  // both workers listening (each starts on its own, the second may come up later)
  for (let i = 0; i < 200; i++) {
    const seen = await everyWorker(2).catch(() => new Map());
    if (seen.size === 2) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`two workers did not answer:\n${output}`);
}, 30_000);

afterAll(() => {
  if (primary.exitCode === null) primary.kill("SIGKILL");
});

describe("web server workers", () => {
  it("answer on one port from separate processes", async () => {
    const workers = await everyWorker(2);
    expect(workers.size).toBe(2);
    expect([...workers.keys()]).not.toContain(primary.pid);
  });

  it("a worker that dies is replaced, and the site keeps answering", async () => {
    const before = await everyWorker(2);
    const victim = [...before.keys()][0]!;
    process.kill(victim, "SIGKILL");
    await expect
      .poll(async () => {
        const now = await everyWorker(2);
        return now.size === 2 && !now.has(victim);
      }, { timeout: 20_000 })
      .toBe(true);
    expect(output).toContain(`worker ${victim} stopped (SIGKILL); starting another`);
  });

  it("SIGTERM stops every worker, then the primary, cleanly", async () => {
    const workers = [...(await everyWorker(2)).keys()];
    const exited = new Promise<number | null>((resolve) => primary.once("exit", (code) => resolve(code)));
    primary.kill("SIGTERM");
    expect(await exited).toBe(0);
    for (const pid of workers) expect(() => process.kill(pid, 0), `worker ${pid} still running`).toThrow();
  });
});
