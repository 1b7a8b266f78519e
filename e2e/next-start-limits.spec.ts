// Per-address limits under plain `next start` (a platform, or an operator not using npm start):
// no header a client writes may give it a fresh budget. The app reads the client's address from
// ATLAS_TRUSTED_PROXIES hops of X-Forwarded-For or from the socket (lib/security/client-ip.ts);
// x-atlas-peer-address was trusted whenever present, so a client that varied it was never limited.
import { expect, test } from "@playwright/test";
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { createServerDatabase, type TestDatabase } from "../lib/testing/test-database";
import { freePort, removeDir, startAtlas, tempDataDir, type AtlasServer } from "./support/server";

test.describe.configure({ timeout: 300_000 });

let database: TestDatabase | undefined;
let migrated: AtlasServer;
let nextStart: ChildProcess;
let url: string;
const dataDir = tempDataDir();

test.beforeAll(async () => {
  test.setTimeout(300_000);
  // a database of its own, migrated and seeded by the app itself (npm start), then served by next start
  if (process.env.DATABASE_URL) database = await createServerDatabase(process.env.DATABASE_URL);
  migrated = await startAtlas({ dataDir, databaseUrl: database?.url });
  const databaseUrl = migrated.databaseUrl;
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
  nextStart = spawn(process.execPath, [nextBin, "start", "--port", String(port)], {
    cwd: path.resolve(import.meta.dirname, ".."),
    env: { ...process.env, DATABASE_URL: databaseUrl, ATLAS_TRUSTED_PROXIES: "0", NODE_ENV: "production", NEXTAUTH_SECRET: "x".repeat(32), NEXTAUTH_URL: url },
    stdio: "ignore",
  });
  await expect.poll(() => fetch(`${url}/api/health`).then((r) => r.status, () => 0), { timeout: 60_000 }).toBe(200);
});

test.afterAll(async () => {
  nextStart?.kill("SIGTERM");
  await migrated?.stop();
  await database?.dispose();
  removeDir(dataDir);
});

const spoofed = (i: number) => ({ "x-atlas-peer-address": `192.0.2.${i}`, "x-forwarded-for": `198.51.100.${i}` });

test("API writes: a client that changes its headers is limited all the same", async () => {
  const statuses: number[] = [];
  // 30 writes a minute per address, counted before the token is looked up
  for (let i = 0; i < 31; i++) {
    const response = await fetch(`${url}/api/v1/submissions`, { method: "POST", headers: { ...spoofed(i), "content-type": "application/json" }, body: "{}" });
    statuses.push(response.status);
  }
  expect(statuses.slice(0, 30).every((status) => status === 401)).toBe(true);
  expect(statuses[30]).toBe(429);
});

test("sign-in e-mails: a client that changes its headers is limited all the same", async () => {
  const statuses: number[] = [];
  // only requests that pass next-auth's CSRF check are counted: send a real token, as a browser does
  const csrf = await fetch(`${url}/api/auth/csrf`);
  const cookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  // 30 sign-in e-mails an hour per address, to as many people
  for (let i = 0; i < 31; i++) {
    const response = await fetch(`${url}/api/auth/signin/email`, {
      method: "POST",
      headers: { ...spoofed(i), cookie, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ email: `person-${i}@e2e.example`, csrfToken, json: "true" }),
    });
    statuses.push(response.status);
  }
  expect(statuses.slice(0, 30)).not.toContain(429);
  expect(statuses[30]).toBe(429);
});
