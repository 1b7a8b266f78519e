// Badges against a real database: what the public may see, ETags, and invalidation on re-scoring.
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "../db/prisma";
import { seedCatalogue } from "../../prisma/seed/seed";
import { storeAssessment } from "../catalogue/assessments";
import { CRITERION_KEYS } from "../openness/types";
import pg from "pg";
import { catalogueChanged, readCatalogueVersion, watchCatalogueVersion } from "../catalogue/changes";
import { forgetBadges } from "./cache";
import { serveBadge } from "./serve";
import { parseBadge } from "./svg-test-helpers";
import * as shieldsRoute from "../../app/api/v1/badge/models/[slug]/route";

let prisma: PrismaClient;
let pool: pg.Pool;
let watch: ReturnType<typeof watchCatalogueVersion>;
const SLUG = "badge-test-model";

async function badge(kind: string, file: string, headers: Record<string, string> = {}, query = "") {
  const response = await serveBadge(new Request(`http://atlas.test/badge/${kind}/${file}${query}`, { headers }), kind, file);
  return { response, status: response.status, etag: response.headers.get("etag"), body: await response.text() };
}

async function assessAll(grade: "open" | "closed") {
  const model = await prisma.model.findUniqueOrThrow({ where: { slug: SLUG } });
  await prisma.$transaction((tx) =>
    storeAssessment(tx, model, CRITERION_KEYS.map((criterion) => ({ criterion, grade, evidenceUrl: "https://example.org/evidence" }))),
  );
}

beforeAll(async () => {
  prisma = createPrismaClient(inject("databaseUrl"), 2);
  await seedCatalogue(prisma);
  const org = await prisma.organisation.findUniqueOrThrow({ where: { slug: "mistral-ai" } });
  await prisma.model.upsert({
    where: { slug: SLUG },
    create: { slug: SLUG, name: "Badge Test", modality: "text", status: "draft", licences: { create: [{ component: "weights", licenceId: "Apache-2.0" }, { component: "code", licenceId: "MIT", position: 0 }, { component: "data", licenceId: "CC-BY-4.0", position: 0 }] }, organisations: { create: { organisationId: org.id } } },
    update: { status: "draft" },
  });
  await assessAll("open");
  // the catalogue version every badge is kept under, read as a web server reads it
  pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: 1 });
  watch = watchCatalogueVersion({ read: () => readCatalogueVersion(pool) });
  await watch.settled();
});
afterAll(async () => {
  // other suites count the seeded catalogue: leave it as found
  await prisma.model.deleteMany({ where: { slug: SLUG } });
  await prisma.$disconnect();
  watch.stop();
  await pool.end();
});
beforeEach(() => forgetBadges());

describe("badges from the catalogue", () => {
  it("show a published model's grade, label and score, with caching headers", async () => {
    const lucie = await prisma.model.findUniqueOrThrow({ where: { slug: "lucie-7b" } });
    const { status, body, response } = await badge("models", "lucie-7b.svg");
    expect(status).toBe(200);
    expect(parseBadge(body).texts[1]).toBe(`${lucie.grade} · open science · ${Math.round(lucie.score!)}`);
    expect(response.headers.get("cache-control")).toMatch(/s-maxage=\d+/);
  });

  it("answer a grey 'not found' with 404 for an unknown slug, and exactly the same for a draft", async () => {
    const unknown = await badge("models", "no-such-model.svg");
    const draft = await badge("models", `${SLUG}.svg`);
    expect(unknown.status).toBe(404);
    expect(parseBadge(unknown.body).texts).toEqual(["openness", "not found"]);
    expect(draft.status).toBe(404);
    expect(draft.body).toBe(unknown.body);
    const shields = await shieldsRoute.GET(new Request(`http://atlas.test/api/v1/badge/models/${SLUG}`), { params: Promise.resolve({ slug: SLUG }) });
    expect(shields.status).toBe(404);
    expect(await shields.json()).toMatchObject({ schemaVersion: 1, message: "not found", isError: true });
  });

  it("appear once the entry is published and the catalogue version read, change ETag when re-scored, and answer 304 while unchanged", async () => {
    expect((await badge("models", `${SLUG}.svg`)).status).toBe(404);
    await prisma.model.update({ where: { slug: SLUG }, data: { status: "published" } });
    await catalogueChanged();
    const published = await badge("models", `${SLUG}.svg`);
    expect(published.status).toBe(200);
    expect(parseBadge(published.body).texts[1]).toBe("A · truly open · 100");
    expect((await badge("models", `${SLUG}.svg`, { "if-none-match": published.etag! })).status).toBe(304);

    await assessAll("closed");
    await catalogueChanged();
    const rescored = await badge("models", `${SLUG}.svg`, { "if-none-match": published.etag! });
    expect(rescored.status).toBe(200);
    expect(rescored.etag).not.toBe(published.etag);
    expect(parseBadge(rescored.body).texts[1]).toMatch(/^E · closed · 0/);
    // the same again: same bytes, same ETag
    forgetBadges();
    expect((await badge("models", `${SLUG}.svg`)).etag).toBe(rescored.etag);
  });

  it("sum up an organisation's published models", async () => {
    const { status, body } = await badge("organisations", "mistral-ai.svg", {}, "?style=for-the-badge");
    expect(status).toBe(200);
    expect(parseBadge(body).texts[1]).toMatch(/^([0-9]+ [A-E] · )+MEAN [0-9]+$/);
  });

  it("refuse a bad style with a 400 badge that says so", async () => {
    const response = await serveBadge(new Request("http://atlas.test/badge/models/lucie-7b.svg?style=round"), "models", "lucie-7b.svg");
    expect(response.status).toBe(400);
    expect(parseBadge(await response.text()).texts).toEqual(["openness", "invalid style"]);
  });
});
