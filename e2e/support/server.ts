// Starts the real app the way a user does (scripts/start.ts, production build) for the e2e tests.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import http from "node:http";
import net from "node:net";

const root = path.resolve(import.meta.dirname, "../..");

export type AtlasServer = {
  url: string;
  port: number;
  dataDir: string;
  /** the database it serves: the one it was given, or its embedded one's */
  databaseUrl: string;
  output: () => string;
  /** SIGTERM, as Ctrl-C or a process manager would; resolves with the exit code. */
  stop: (signal?: NodeJS.Signals) => Promise<number | null>;
  process: ChildProcess;
};

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/**
 * A GET on a connection of its own, as a new visitor's: with several web server workers, the
 * primary hands each new connection to the next worker. Rejects when no answer comes in time (a
 * connection handed to a worker as it died is never answered).
 */
export function getOnNewConnection(url: string, headers: Record<string, string> = {}, timeoutMs = 5_000): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http
      .get(url, { agent: false, headers }, (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      })
      .on("error", reject);
    request.setTimeout(timeoutMs, () => request.destroy(new Error(`no answer from ${url}`)));
  });
}

export function tempDataDir(): string {
  return mkdtempSync(path.join(tmpdir(), "atlas-e2e-data-"));
}

export function removeDir(dir: string) {
  rmSync(dir, { recursive: true, force: true });
}

export async function startAtlas(options: {
  dataDir: string;
  databaseUrl?: string;
  port?: number;
  timeoutMs?: number;
  /** extra environment for the app (SMTP, sign-in origin...) */
  env?: Record<string, string>;
}): Promise<AtlasServer> {
  const port = options.port || (await freePort());
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env, PORT: String(port), ATLAS_DATA_DIR: options.dataDir };
  // The specs stand in for a reverse proxy: each browser context sends its own X-Forwarded-For, so
  // per-IP limits see separate clients, as behind one trusted proxy in production.
  env.ATLAS_TRUSTED_PROXIES ??= "1";
  delete env.DATABASE_URL;
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;
  const child = spawn(
    process.execPath,
    ["--experimental-wasm-modules", "--disable-warning=ExperimentalWarning", "--import", "tsx", "scripts/start.ts"],
    { cwd: root, env, stdio: ["ignore", "pipe", "pipe"], detached: false },
  );
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.timeoutMs ?? 300_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the app exited (${child.exitCode}) before answering:\n${output}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`the app did not answer /api/health in time:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  const embeddedPort = /embedded PostgreSQL .* on 127\.0\.0\.1:(\d+)/.exec(output)?.[1];
  return {
    url,
    port,
    dataDir: options.dataDir,
    databaseUrl: options.databaseUrl ?? `postgresql://postgres:postgres@127.0.0.1:${embeddedPort}/postgres?sslmode=disable`,
    output: () => output,
    process: child,
    stop: async (signal = "SIGTERM") => {
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
  };
}
