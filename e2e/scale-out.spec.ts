// docs/deploy.md's scale-out, run: two app instances (npm start) on one PostgreSQL, behind nginx
// (Debian's package, an unprivileged configuration on loopback, docs/nginx-atlas.conf). A change
// made on the database shows on both within 2 s, a client's API budget is one across instances,
// a sign-in on one is valid on the other, and stopping one loses no request nginx could retry.
import { expect, test } from "@playwright/test";
import pg from "pg";
import { randomBytes } from "node:crypto";
import { createServerDatabase, type TestDatabase } from "../lib/testing/test-database";
import { freePort, removeDir, startAtlas, tempDataDir, type AtlasServer } from "./support/server";
import { NGINX, startNginx } from "./support/nginx";

test.skip(!process.env.DATABASE_URL, "needs a PostgreSQL server (DATABASE_URL): instances share one database");
test.skip(!NGINX, "needs nginx (Debian: apt-get install nginx)");
test.describe.configure({ mode: "serial", timeout: 300_000 });

let database: TestDatabase;
let nginx: Awaited<ReturnType<typeof startNginx>>;
const instances: AtlasServer[] = [];
const dirs: string[] = [];
const client = "198.51.100.23";

test.beforeAll(async () => {
  test.setTimeout(600_000);
  database = await createServerDatabase(process.env.DATABASE_URL!);
  const [port, a, b] = [await freePort(), await freePort(), await freePort()];
  const env = { AUTH_SECRET: randomBytes(32).toString("base64"), NEXTAUTH_URL: `http://127.0.0.1:${port}`, ATLAS_TRUSTED_PROXIES: "1" };
  // one after the other: the first migrates and seeds, the second finds it done
  for (const instancePort of [a, b]) {
    const dataDir = tempDataDir();
    dirs.push(dataDir);
    instances.push(await startAtlas({ dataDir, databaseUrl: database.url, port: instancePort, env }));
  }
  nginx = await startNginx({ port, instancePorts: [a, b] });
});

test.afterAll(async () => {
  await nginx?.stop();
  for (const instance of instances) await instance.stop();
  await database?.dispose();
  for (const dir of dirs) removeDir(dir);
});

const modelsMatching = async (base: string) => Number(/(\d+) models? match/.exec(await (await fetch(`${base}/models`)).text())?.[1]);

test("a change made on the database shows on every instance within 2 s", async () => {
  const [a, b] = instances as [AtlasServer, AtlasServer];
  // both keep /models in memory
  for (const instance of [a, b]) for (let i = 0; i < 2; i++) await fetch(`${instance.url}/models`);
  const before = await modelsMatching(b.url);
  const sql = new pg.Client({ connectionString: database.url });
  await sql.connect();
  try {
    await sql.query(`UPDATE "Model" SET "status" = 'archived' WHERE "slug" = (SELECT "slug" FROM "Model" WHERE "status" = 'published' AND "scope" = 'europe' AND "familySlug" IS NULL ORDER BY "slug" LIMIT 1)`);
    const changedAt = Date.now();
    for (const instance of [a, b]) await expect.poll(() => modelsMatching(instance.url), { timeout: 2_000, intervals: [100] }).toBe(before - 1);
    expect(Date.now() - changedAt).toBeLessThan(2_000);
  } finally {
    await sql.end();
  }
});

test("a client's API budget is one, whichever instance answers", async () => {
  const upstreams = new Set<string>();
  const statuses: number[] = [];
  // the API's reads: 300 a minute per address
  for (let i = 0; i < 21; i++) {
    const response = await fetch(`${nginx.url}/api/v1/licences`, { headers: { "x-forwarded-for": client } });
    upstreams.add(response.headers.get("x-upstream") ?? "");
    statuses.push(response.status);
    if (i === 0) expect(response.headers.get("ratelimit")).toMatch(/^limit=300,/);
  }
  expect(upstreams.size).toBe(2);
  // same count on both: 300 a minute in all, not 300 per instance
  const remaining = async () => Number(/remaining=(\d+)/.exec((await fetch(`${nginx.url}/api/v1/licences`, { headers: { "x-forwarded-for": client } })).headers.get("ratelimit") ?? "")?.[1]);
  const [first, second] = [await remaining(), await remaining()];
  expect(first).toBe(300 - 22);
  expect(second).toBe(300 - 23);
  expect(statuses.every((status) => status === 200)).toBe(true);
});

test("a sign-in on one instance is valid on the other", async () => {
  const [a, b] = instances as [AtlasServer, AtlasServer];
  const email = `scale-out-${Date.now()}@e2e.example`;
  // asked through nginx, as a browser does: whichever instance answers writes the link to its log (no SMTP)
  const csrf = await fetch(`${nginx.url}/api/auth/csrf`);
  const cookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const asked = await fetch(`${nginx.url}/api/auth/signin/email`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie, "x-forwarded-for": client },
    body: new URLSearchParams({ email, csrfToken, callbackUrl: "/", json: "true" }),
  });
  expect(asked.status).toBe(200);
  const linkIn = (instance: AtlasServer) => new RegExp(`http://127\\.0\\.0\\.1:\\d+/api/auth/callback/email\\?\\S*email=${encodeURIComponent(email)}\\S*`).exec(instance.output())?.[0];
  await expect.poll(() => linkIn(a) ?? linkIn(b)).toBeTruthy();
  const [sent, other] = linkIn(a) ? [a, b] : [b, a];
  // the link is followed on the other instance, which signs in; the first reads that session
  const verified = await fetch(linkIn(sent)!.replace(/^http:\/\/127\.0\.0\.1:\d+/, other.url), { redirect: "manual" });
  const session = verified.headers.getSetCookie().find((c) => /next-auth\.session-token=/.test(c))?.split(";")[0];
  expect(session).toBeTruthy();
  const onSender = (await (await fetch(`${sent.url}/api/auth/session`, { headers: { cookie: session! } })).json()) as { user?: { email?: string } };
  expect(onSender.user?.email).toBe(email);
});

test("stopping one instance loses no request nginx could retry", async () => {
  const [a] = instances as [AtlasServer];
  let stopped: Promise<number | null> | undefined;
  const failures: string[] = [];
  let answered = 0;
  const visitor = async () => {
    for (let i = 0; i < 40; i++) {
      const response = await fetch(`${nginx.url}${i % 2 ? "/models" : "/api/v1/methodology"}`, { headers: { "x-forwarded-for": `203.0.113.${i}` } }).catch((error: Error) => error);
      if (response instanceof Error || response.status !== 200) failures.push(response instanceof Error ? response.message : `${response.status} ${await response.text()}`);
      else answered++;
      if (i === 10) stopped ??= a.stop("SIGTERM");
    }
  };
  await Promise.all(Array.from({ length: 5 }, visitor));
  expect(failures).toEqual([]);
  expect(answered).toBe(200);
  // it stopped cleanly, having finished what it was answering
  expect(await stopped).toBe(0);
});
