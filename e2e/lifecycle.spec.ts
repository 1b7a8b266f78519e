// The embedded database's life: data survives a restart and a SIGTERM in the middle of requests;
// the health check says 503 when the database is gone. Each test runs its own app instance.
import { expect, test } from "@playwright/test";
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import pg from "pg";
import { SEED_MODELS } from "./support/seed-catalogue";
import { freePort, removeDir, startAtlas, tempDataDir } from "./support/server";
import { apiModels } from "./support/pages";

test.describe.configure({ mode: "serial", timeout: 300_000 });

function embeddedPort(output: string): number {
  const match = /on 127\.0\.0\.1:(\d+)/.exec(output);
  if (!match) throw new Error(`no embedded database port in the start log:\n${output}`);
  return Number(match[1]);
}

/** Every published European model's name, read from the API's pages (the list on /models shows a family once). */
const modelNames = async (base: string) => (await apiModels((path) => fetch(`${base}${path}`).then((r) => r.json()))).map((model) => model.name);

test("a restart finds the same data, and does not seed again", async () => {
  const dataDir = tempDataDir();
  try {
    const first = await startAtlas({ dataDir });
    expect(first.output()).toMatch(/catalogue files: added \d+ model\(s\) and \d+ organisation\(s\)/);
    const client = new pg.Client({ connectionString: `postgresql://postgres@127.0.0.1:${embeddedPort(first.output())}/postgres` });
    await client.connect();
    await client.query(
      `INSERT INTO "Model" (id, slug, name, modality, status, "updatedAt") VALUES ('restart-test', 'restart-test', 'Restart Test Model', 'text', 'published', now())`,
    );
    await client.end();
    expect(await first.stop()).toBe(0);

    const second = await startAtlas({ dataDir });
    try {
      expect(second.output()).not.toContain("seeded the catalogue");
      const names = await modelNames(second.url);
      expect(names).toContain("Restart Test Model");
      expect(names).toHaveLength(SEED_MODELS.length + 1);
    } finally {
      await second.stop();
    }
  } finally {
    removeDir(dataDir);
  }
});

test("SIGTERM in the middle of requests leaves a data directory that starts again intact", async () => {
  const dataDir = tempDataDir();
  try {
    const first = await startAtlas({ dataDir });
    const inFlight = Array.from({ length: 20 }, (_, i) => fetch(`${first.url}${i % 2 ? "/" : "/fr"}`).catch(() => null));
    await new Promise((r) => setTimeout(r, 30));
    const code = await first.stop("SIGTERM");
    await Promise.all(inFlight);
    expect(code).toBe(0);
    expect(first.output()).toContain("closing the embedded database");

    const second = await startAtlas({ dataDir });
    try {
      const health = await (await fetch(`${second.url}/api/health`)).json();
      expect(health.database.status).toBe("up");
      expect(await modelNames(second.url)).toHaveLength(SEED_MODELS.length);
    } finally {
      await second.stop();
    }
  } finally {
    removeDir(dataDir);
  }
});

test("health and the API answer 503 in the one JSON error format, with Retry-After, when the database does not answer", async () => {
  const port = await freePort();
  const deadDatabase = `postgresql://nobody@127.0.0.1:${await freePort()}/none`;
  const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
  const child = spawn(process.execPath, [nextBin, "start", "--port", String(port)], {
    cwd: path.resolve(import.meta.dirname, ".."),
    env: { ...process.env, DATABASE_URL: deadDatabase, NODE_ENV: "production" },
    stdio: "ignore",
  });
  try {
    let response: Response | undefined;
    for (let i = 0; i < 120 && !response; i++) {
      response = await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => undefined);
      if (!response) await new Promise((r) => setTimeout(r, 500));
    }
    expect(response?.status).toBe(503);
    expect(response!.headers.get("retry-after")).toMatch(/^\d+$/);
    expect((await response!.json()).error).toMatchObject({ code: "UNAVAILABLE", details: [] });
    // an API read, which counts its rate limit in the database first: 503 too, never 500
    const api = await fetch(`http://127.0.0.1:${port}/api/v1/models`);
    expect(api.status).toBe(503);
    expect(api.headers.get("retry-after")).toMatch(/^\d+$/);
    expect((await api.json()).error.code).toBe("UNAVAILABLE");
  } finally {
    child.kill("SIGTERM");
  }
});
