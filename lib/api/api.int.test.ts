// The public API against a real database, through the route handlers themselves.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "../db/prisma";
import { seedCatalogue } from "../../prisma/seed/seed";
import { CRITERION_KEYS } from "../openness/types";
import { modelDetailSchema, organisationDetailSchema, organisationSummarySchema } from "./schemas";
import { methodologySchema, statsSchema } from "./operations";
import * as modelRoute from "../../app/api/v1/models/[slug]/route";
import * as organisationsRoute from "../../app/api/v1/organisations/route";
import * as organisationRoute from "../../app/api/v1/organisations/[slug]/route";
import * as licencesRoute from "../../app/api/v1/licences/route";
import * as methodologyRoute from "../../app/api/v1/methodology/route";
import * as statsRoute from "../../app/api/v1/stats/route";
import * as exportModelsCsv from "../../app/api/v1/export/models.csv/route";
import * as exportModelsJson from "../../app/api/v1/export/models.json/route";
import * as exportOrganisationsCsv from "../../app/api/v1/export/organisations.csv/route";
import * as exportOrganisationsJson from "../../app/api/v1/export/organisations.json/route";
import { resetRateLimits } from "../testing/rate-limits";

type Route = { GET: (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response> };

const BASE = "http://atlas.test";
let prisma: PrismaClient;

async function call(route: Route, path: string, params: Record<string, string> = {}, headers: Record<string, string> = {}) {
  const response = await route.GET(new Request(`${BASE}${path}`, { headers }), { params: Promise.resolve(params) });
  return { response, status: response.status, body: response.status === 304 ? null : await response.text() };
}
const json = async (route: Route, path: string, params: Record<string, string> = {}) => {
  const { status, body, response } = await call(route, path, params);
  return { status, json: JSON.parse(body ?? "null"), response };
};

beforeAll(async () => {
  prisma = createPrismaClient(inject("databaseUrl"), 2);
  await seedCatalogue(prisma);
  // entries the public must never see
  const org = await prisma.organisation.upsert({
    where: { slug: "api-test-draft-org" },
    create: { slug: "api-test-draft-org", name: "Draft Organisation", type: "research", country: "FR", status: "draft" },
    update: {},
  });
  await prisma.model.upsert({
    where: { slug: "api-test-draft-model" },
    create: {
      slug: "api-test-draft-model",
      name: "Draft Model",
      modality: "text",
      status: "draft",
      grade: "A",
      score: 99,
      organisations: { create: { organisationId: org.id } },
    },
    update: {},
  });
});
afterAll(async () => {
  // other suites count the seeded catalogue: leave it as found
  await prisma.model.deleteMany({ where: { slug: "api-test-draft-model" } });
  await prisma.organisation.deleteMany({ where: { slug: "api-test-draft-org" } });
  await prisma.$disconnect();
});

describe("GET /api/v1/models/{slug}", () => {
  it("gives the facts, organisations, licences and the assessment with every criterion, evidence and reason", async () => {
    const { status, json: model } = await json(modelRoute, "/api/v1/models/lucie-7b", { slug: "lucie-7b" });
    expect(status).toBe(200);
    modelDetailSchema.parse(model);
    const row = await prisma.model.findUniqueOrThrow({ where: { slug: "lucie-7b" } });
    expect(model.grade).toBe(row.grade);
    expect(model.score).toBe(row.score);
    expect(model.url).toBe(`${BASE}/models/lucie-7b`);
    expect(model.organisations.map((o: { slug: string }) => o.slug)).toEqual(["linagora", "openllm-france"]);
    expect(model.licences.weights.map((l: { id: string }) => l.id)).toEqual(["Apache-2.0"]);
    expect(model.weightsLicences.map((l: { id: string }) => l.id)).toEqual(["Apache-2.0"]);
    expect(model.licences.data.map((l: { id: string }) => l.id)).toEqual(["CC-BY-NC-SA-4.0"]);
    expect(model.scope).toBe("europe");
    expect(model.officialLabels.g7.label).toBe(row.g7Label);
    expect(model.assessment.methodologyVersion).toBe(2);
    expect(model.assessment.criteria.map((c: { criterion: string }) => c.criterion)).toEqual([...CRITERION_KEYS]);
    expect(model.assessment.criteria.find((c: { criterion: string }) => c.criterion === "data").evidenceUrl).toMatch(/^https:\/\//);
    expect(model.assessment.reasons[0].code).toBe(`grade-${row.grade!.toLowerCase()}`);
    expect(model.assessment.reasons[0].text).toMatch(/[a-z]/);
  });

  it("speaks French when asked, and refuses a language it does not speak", async () => {
    const { json: en } = await json(modelRoute, "/api/v1/models/lucie-7b", { slug: "lucie-7b" });
    const { json: fr } = await json(modelRoute, "/api/v1/models/lucie-7b?lang=fr", { slug: "lucie-7b" });
    expect(fr.assessment.criteria[0].name).toBe("Usage libre");
    expect(fr.assessment.reasons[0].text).not.toBe(en.assessment.reasons[0].text);
    const bad = await json(modelRoute, "/api/v1/models/lucie-7b?lang=sv", { slug: "lucie-7b" });
    expect(bad.status).toBe(400);
    expect(bad.json.error.details[0].field).toBe("lang");
  });

  it("answers 404 with a JSON error for an unknown slug and for a draft, alike", async () => {
    for (const slug of ["no-such-model", "api-test-draft-model"]) {
      const { status, json: body } = await json(modelRoute, `/api/v1/models/${slug}`, { slug });
      expect(status, slug).toBe(404);
      expect(body).toEqual({ error: { code: "NOT_FOUND", message: "This model is not in the catalogue.", details: [] } });
    }
  });

  it("answers 304 to If-None-Match with its ETag, and sends CORS and rate-limit headers", async () => {
    await resetRateLimits();
    const first = await call(modelRoute, "/api/v1/models/lucie-7b", { slug: "lucie-7b" });
    const etag = first.response.headers.get("etag")!;
    expect(first.response.headers.get("access-control-allow-origin")).toBe("*");
    expect(first.response.headers.get("ratelimit")).toMatch(/^limit=\d+, remaining=\d+, reset=\d+$/);
    const again = await call(modelRoute, "/api/v1/models/lucie-7b", { slug: "lucie-7b" }, { "if-none-match": etag });
    expect(again.status).toBe(304);
  });
});

describe("GET /api/v1/organisations", () => {
  async function allPages(query: string) {
    const slugs: string[] = [];
    let cursor: string | null = null;
    do {
      const path = `/api/v1/organisations?limit=4${query ? `&${query}` : ""}${cursor ? `&cursor=${cursor}` : ""}`;
      const { status, json: page } = await json(organisationsRoute, path);
      expect(status, path).toBe(200);
      for (const organisation of page.data) organisationSummarySchema.parse(organisation);
      slugs.push(...page.data.map((o: { slug: string }) => o.slug));
      cursor = page.page.nextCursor;
    } while (cursor);
    return slugs;
  }

  it("pages through every published European organisation once, by name, leaving out the developers of reference models", async () => {
    const expected = await prisma.organisation.findMany({ where: { status: "published", scope: "europe" }, orderBy: [{ name: "asc" }, { id: "asc" }], select: { slug: true } });
    const slugs = await allPages("");
    expect(slugs).toEqual(expected.map((o) => o.slug));
    expect(slugs).not.toContain("api-test-draft-org");
    const reference = await prisma.organisation.findFirst({ where: { status: "published", scope: "reference" }, select: { slug: true } });
    expect(reference, "the catalogue has a reference developer").not.toBeNull();
    expect(slugs).not.toContain(reference!.slug);
  });

  it("filters as the directory does: country, type, SME, and search without case or accents", async () => {
    const expected = await prisma.organisation.findMany({
      where: { status: "published", scope: "europe", country: { in: ["FR", "DE"] }, type: { in: ["research", "startup_sme"] } },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: { slug: true },
    });
    expect(expected.length).toBeGreaterThan(1);
    expect(await allPages("country=fr,DE&type=research,startup_sme")).toEqual(expected.map((o) => o.slug));
    const smes = await prisma.organisation.findMany({ where: { status: "published", scope: "europe", isSme: true }, select: { slug: true } });
    expect((await allPages("sme=1")).sort()).toEqual(smes.map((o) => o.slug).sort());
    expect(await allPages("q=centralesupelec")).toEqual(["centralesupelec"]);
  });

  it("refuses unknown parameters and bad values, naming the field", async () => {
    for (const [query, field] of [["colour=red", "colour"], ["type=guild", "type"], ["limit=500", "limit"], ["cursor=nonsense", "cursor"]]) {
      const { status, json: body } = await json(organisationsRoute, `/api/v1/organisations?${query}`);
      expect(status, query).toBe(400);
      expect(body.error.details.map((d: { field: string }) => d.field), query).toContain(field);
    }
  });
});

describe("GET /api/v1/organisations/{slug}", () => {
  it("gives the organisation, its openness and its published models", async () => {
    const { status, json: organisation } = await json(organisationRoute, "/api/v1/organisations/mistral-ai", { slug: "mistral-ai" });
    expect(status).toBe(200);
    organisationDetailSchema.parse(organisation);
    const models = await prisma.model.findMany({
      where: { status: "published", organisations: { some: { organisation: { slug: "mistral-ai" } } } },
      select: { score: true },
    });
    expect(organisation.models).toHaveLength(models.length);
    const mean = models.reduce((sum, m) => sum + m.score!, 0) / models.length;
    // to 2 decimals, as the API and the exports give mean scores
    expect(organisation.openness.meanScore).toBe(Math.round(mean * 100) / 100);
    const draft = await json(organisationRoute, "/api/v1/organisations/api-test-draft-org", { slug: "api-test-draft-org" });
    expect(draft.status).toBe(404);
  });
});

describe("licences, methodology and stats", () => {
  it("list every licence of the table", async () => {
    const { json: body } = await json(licencesRoute, "/api/v1/licences");
    expect(body.data).toHaveLength(await prisma.licence.count());
  });

  it("give the methodology the scorer applies", async () => {
    const { json: body } = await json(methodologyRoute, "/api/v1/methodology?lang=fr");
    methodologySchema.parse(body);
    expect(body.criteria.reduce((sum: number, c: { weight: number }) => sum + c.weight, 0)).toBe(100);
    expect(body.grades[0]).toMatchObject({ grade: "A", label: "Vraiment ouvert" });
  });

  it("count the published European catalogue and its biodiversity, with reference models apart", async () => {
    const { json: stats } = await json(statsRoute, "/api/v1/stats");
    statsSchema.parse(stats);
    expect(stats.models.published).toBe(await prisma.model.count({ where: { status: "published", scope: "europe" } }));
    expect(stats.models.reference).toBe(await prisma.model.count({ where: { status: "published", scope: "reference" } }));
    expect(stats.models.reference).toBeGreaterThan(0);
    expect(stats.organisations.published).toBe(await prisma.organisation.count({ where: { status: "published", scope: "europe" } }));
    const byGrade = await prisma.model.groupBy({ by: ["grade"], where: { status: "published", scope: "europe" }, _count: true });
    for (const group of byGrade) if (group.grade) expect(stats.models.byGrade[group.grade]).toBe(group._count);
    expect(stats.biodiversity.europe.models).toBe(stats.models.published);
    expect(stats.biodiversity.europe.organisations.effectiveNumber).toBeGreaterThan(1);
    expect(stats.biodiversity.byCountry.find((c: { country: string }) => c.country === "FR").models).toBeGreaterThan(0);
  });
});

describe("the exports", () => {
  it("have exactly one row per published entry, in CSV and JSON, with the licence and attribution", async () => {
    const models = await prisma.model.count({ where: { status: "published" } });
    const organisations = await prisma.organisation.count({ where: { status: "published" } });
    await resetRateLimits();
    for (const [route, path, count] of [
      [exportModelsCsv, "/api/v1/export/models.csv", models],
      [exportOrganisationsCsv, "/api/v1/export/organisations.csv", organisations],
    ] as const) {
      const { response, body } = await call(route, path);
      expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
      expect(response.headers.get("link")).toContain('<https://creativecommons.org/licenses/by/4.0/>; rel="license"');
      expect(response.headers.get("x-attribution")).toContain("CC BY 4.0");
      const lines = body!.trimEnd().split("\n");
      expect(lines.length - 1, path).toBe(count);
      expect(body).not.toContain("api-test-draft");
    }
    for (const [route, path, count] of [
      [exportModelsJson, "/api/v1/export/models.json", models],
      [exportOrganisationsJson, "/api/v1/export/organisations.json", organisations],
    ] as const) {
      const { body } = await call(route, path);
      const document = JSON.parse(body!);
      expect(document.data, path).toHaveLength(count);
      expect(document.meta.licence.id).toBe("CC-BY-4.0");
      expect(document.meta.attribution).toContain(BASE);
      expect(Object.keys(document.data[0])).toEqual(document.meta.columns);
    }
  });
});
