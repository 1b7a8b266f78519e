// The API says what it does: what each route answers is what the OpenAPI document lists, lists
// link their next page and refuse a cursor from another query, and every GET (the shields endpoint
// and the exports included) sends validators and answers 304. Through the route handlers, on a real
// database.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { parse as parseCsv } from "csv-parse/sync";
import { createPrismaClient, type PrismaClient } from "../db/prisma";
import { seedCatalogue } from "../../prisma/seed/seed";
import { openApiDocument } from "./openapi";
import { API_OPERATIONS, shieldsEndpointSchema } from "./operations";
import { resetRateLimits } from "../testing/rate-limits";
import * as modelsRoute from "../../app/api/v1/models/route";
import * as modelRoute from "../../app/api/v1/models/[slug]/route";
import * as organisationsRoute from "../../app/api/v1/organisations/route";
import * as organisationRoute from "../../app/api/v1/organisations/[slug]/route";
import * as licencesRoute from "../../app/api/v1/licences/route";
import * as methodologyRoute from "../../app/api/v1/methodology/route";
import * as statsRoute from "../../app/api/v1/stats/route";
import * as modelShieldsRoute from "../../app/api/v1/badge/models/[slug]/route";
import * as organisationShieldsRoute from "../../app/api/v1/badge/organisations/[slug]/route";
import * as exportModelsCsv from "../../app/api/v1/export/models.csv/route";
import * as exportModelsJson from "../../app/api/v1/export/models.json/route";
import * as exportOrganisationsCsv from "../../app/api/v1/export/organisations.csv/route";
import * as exportOrganisationsJson from "../../app/api/v1/export/organisations.json/route";
import * as openApiRoute from "../../app/api/v1/openapi.json/route";
import * as badgeRoute from "../../app/badge/[kind]/[file]/route";
import * as prefillRoute from "../../app/api/v1/prefill/huggingface/route";
import { startFakeHub, type FakeHub } from "../testing/fake-hub/server";

type Route = { GET: (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response> };

const BASE = "http://atlas.test";
const ORG = "contract-test-org";
let prisma: PrismaClient;

async function call(route: Route, path: string, params: Record<string, string> = {}, headers: Record<string, string> = {}) {
  const response = await route.GET(new Request(`${BASE}${path}`, { headers }), { params: Promise.resolve(params) });
  return { response, status: response.status, body: await response.text() };
}

/** Each GET operation's route, and the parameters of one real entry. */
const GET_ROUTES: Record<string, { route: Route; path: string; params?: Record<string, string> }> = {
  listModels: { route: modelsRoute, path: "/api/v1/models" },
  getModel: { route: modelRoute, path: "/api/v1/models/lucie-7b", params: { slug: "lucie-7b" } },
  listOrganisations: { route: organisationsRoute, path: "/api/v1/organisations" },
  getOrganisation: { route: organisationRoute, path: "/api/v1/organisations/mistral-ai", params: { slug: "mistral-ai" } },
  listLicences: { route: licencesRoute, path: "/api/v1/licences" },
  getMethodology: { route: methodologyRoute, path: "/api/v1/methodology" },
  getStats: { route: statsRoute, path: "/api/v1/stats" },
  getModelBadge: { route: badgeRoute as unknown as Route, path: "/badge/models/lucie-7b.svg", params: { kind: "models", file: "lucie-7b.svg" } },
  getOrganisationBadge: { route: badgeRoute as unknown as Route, path: "/badge/organisations/mistral-ai.svg", params: { kind: "organisations", file: "mistral-ai.svg" } },
  getModelShieldsEndpoint: { route: modelShieldsRoute, path: "/api/v1/badge/models/lucie-7b", params: { slug: "lucie-7b" } },
  getOrganisationShieldsEndpoint: { route: organisationShieldsRoute, path: "/api/v1/badge/organisations/mistral-ai", params: { slug: "mistral-ai" } },
  exportModelsCsv: { route: exportModelsCsv, path: "/api/v1/export/models.csv" },
  exportModelsJson: { route: exportModelsJson, path: "/api/v1/export/models.json" },
  exportOrganisationsCsv: { route: exportOrganisationsCsv, path: "/api/v1/export/organisations.csv" },
  exportOrganisationsJson: { route: exportOrganisationsJson, path: "/api/v1/export/organisations.json" },
  getOpenApiDocument: { route: openApiRoute, path: "/api/v1/openapi.json" },
  // against a fake Hub (HF_ENDPOINT, below)
  prefillFromHuggingFace: { route: prefillRoute, path: "/api/v1/prefill/huggingface?id=OpenLLM-France/Lucie-Test-1B" },
};
let hub: FakeHub;

beforeAll(async () => {
  hub = await startFakeHub();
  process.env.HF_ENDPOINT = hub.url;
  prisma = createPrismaClient(inject("databaseUrl"), 2);
  await seedCatalogue(prisma);
  // an organisation whose three models' mean score has a long float tail (151 / 3), one of them with a release date
  const org = await prisma.organisation.upsert({
    where: { slug: ORG },
    create: { slug: ORG, name: "Contract Test Organisation", type: "research", country: "FR", status: "published", isSme: false },
    update: {},
  });
  for (const [index, score] of [50, 50, 51].entries()) {
    await prisma.model.upsert({
      where: { slug: `${ORG}-model-${index}` },
      create: {
        slug: `${ORG}-model-${index}`,
        name: `Contract Test Model ${index}`,
        modality: "text",
        status: "published",
        grade: "C",
        gradeComplete: index !== 1,
        score,
        releaseYear: 2024,
        releaseDate: index === 0 ? new Date("2024-03-15T00:00:00Z") : null,
        organisations: { create: { organisationId: org.id } },
      },
      update: {},
    });
  }
});
afterAll(async () => {
  // other suites count the seeded catalogue: leave it as found
  await prisma.model.deleteMany({ where: { slug: { startsWith: `${ORG}-model-` } } });
  await prisma.organisation.deleteMany({ where: { slug: ORG } });
  await prisma.$disconnect();
  delete process.env.HF_ENDPOINT;
  await hub.stop();
});

describe("the OpenAPI document lists what the server answers", () => {
  const document = openApiDocument();

  it("has a route here for every GET operation", () => {
    const gets = API_OPERATIONS.filter((o) => o.method === "get").map((o) => o.operationId);
    expect(Object.keys(GET_ROUTES).sort()).toEqual(gets.sort());
  });

  it("documents the status each GET answers to an unknown parameter (400, or 200 where it is ignored)", async () => {
    await resetRateLimits();
    for (const operation of API_OPERATIONS.filter((o) => o.method === "get")) {
      const { route, path, params } = GET_ROUTES[operation.operationId]!;
      const { status } = await call(route, `${path}${path.includes("?") ? "&" : "?"}v=2`, params);
      const documented = Object.keys(document.paths?.[operation.path]?.get?.responses ?? {});
      expect(documented, `${operation.operationId} answered ${status}`).toContain(String(status));
      expect(status, operation.operationId).toBe(operation.ignoresUnknownParameters ? 200 : 400);
    }
  });

  it("documents the shields endpoint's 404 as its own JSON, which is what it sends", async () => {
    const { status, body } = await call(modelShieldsRoute, "/api/v1/badge/models/no-such-model", { slug: "no-such-model" });
    expect(status).toBe(404);
    const answer = shieldsEndpointSchema.parse(JSON.parse(body));
    expect(answer.isError).toBe(true);
    const notFound = document.paths?.["/api/v1/badge/models/{slug}"]?.get?.responses?.["404"] as { content: Record<string, { schema: unknown }> };
    expect(notFound.content["application/json"]?.schema).toEqual({ $ref: "#/components/schemas/ShieldsEndpoint" });
  });

  it("names no server of the machine it was fetched from: SITE_URL, else the document's own origin", async () => {
    const { body } = await call(openApiRoute, "/api/v1/openapi.json", {}, { host: "localhost:3000" });
    expect(JSON.parse(body).servers).toEqual([{ url: "/" }]);
    process.env.SITE_URL = "https://atlas.example.eu/";
    try {
      const { body: configured } = await call(openApiRoute, "/api/v1/openapi.json", {}, { host: "localhost:3000", "if-none-match": "" });
      expect(JSON.parse(configured).servers).toEqual([{ url: "https://atlas.example.eu" }]);
    } finally {
      delete process.env.SITE_URL;
    }
  });
});

describe("parameters", () => {
  it("with control characters (NUL, which PostgreSQL refuses in text) are a 400 naming them, not a 500", async () => {
    await resetRateLimits();
    for (const [route, path] of [
      [organisationsRoute, "/api/v1/organisations?q=a%00b"],
      [modelsRoute, "/api/v1/models?q=a%00b"],
      [methodologyRoute, "/api/v1/methodology?lang=%00"],
    ] as const) {
      const { status, body } = await call(route, path);
      expect(status, path).toBe(400);
      expect(JSON.parse(body).error.details.map((d: { field: string }) => d.field), path).toEqual([path.includes("lang") ? "lang" : "q"]);
    }
  });
});

describe("the shields endpoint", () => {
  it("ignores unknown parameters, as the SVG does: a README's cache-buster changes nothing", async () => {
    const plain = await call(modelShieldsRoute, "/api/v1/badge/models/lucie-7b", { slug: "lucie-7b" });
    const busted = await call(modelShieldsRoute, "/api/v1/badge/models/lucie-7b?v=2&utm_source=readme", { slug: "lucie-7b" });
    expect(busted.status).toBe(200);
    expect(busted.body).toBe(plain.body);
    expect(shieldsEndpointSchema.parse(JSON.parse(busted.body)).isError).toBe(false);
  });

  it("sends a weak ETag and answers 304 to it, and to If-None-Match: *", async () => {
    const first = await call(organisationShieldsRoute, "/api/v1/badge/organisations/mistral-ai", { slug: "mistral-ai" });
    const etag = first.response.headers.get("etag")!;
    expect(etag).toMatch(/^W\/"/);
    expect(first.response.headers.get("cache-control")).toContain("max-age=");
    for (const ifNoneMatch of [etag, "*"]) {
      const again = await call(organisationShieldsRoute, "/api/v1/badge/organisations/mistral-ai?v=3", { slug: "mistral-ai" }, { "if-none-match": ifNoneMatch });
      expect(again.status, ifNoneMatch).toBe(304);
      expect(again.body).toBe("");
      expect(again.response.headers.get("etag")).toBe(etag);
    }
  });
});

describe("validators on every JSON answer", () => {
  it("are weak ETags, true of the content whether or not the web server compresses it", async () => {
    await resetRateLimits();
    for (const [id, { route, path, params }] of Object.entries(GET_ROUTES)) {
      const { response } = await call(route, path, params);
      expect(response.headers.get("etag"), id).toMatch(/^W\/"[A-Za-z0-9_-]+"$/);
    }
  });

  it("answer 304 to If-None-Match: *, which matches any current answer", async () => {
    await resetRateLimits();
    for (const [id, { route, path, params }] of Object.entries(GET_ROUTES)) {
      const { status } = await call(route, path, params, { "if-none-match": "*" });
      expect(status, id).toBe(304);
    }
  });
});

describe("pagination", () => {
  it("links the next page in a Link header, with the filters kept, and not from the last page", async () => {
    await resetRateLimits();
    const first = await call(organisationsRoute, "/api/v1/organisations?country=FR&limit=2");
    const page = JSON.parse(first.body);
    const link = first.response.headers.get("link")!;
    const match = /^<([^>]+)>; rel="next"$/.exec(link);
    expect(match, link).not.toBeNull();
    const next = new URL(match![1]!);
    expect(`${next.origin}${next.pathname}`).toBe(`${BASE}/api/v1/organisations`);
    expect(next.searchParams.get("country")).toBe("FR");
    expect(next.searchParams.get("cursor")).toBe(page.page.nextCursor);
    const second = await call(organisationsRoute, `${next.pathname}${next.search}`);
    expect(second.status).toBe(200);
    const all = await call(organisationsRoute, "/api/v1/organisations?country=FR&limit=200");
    expect(JSON.parse(all.body).page.nextCursor).toBeNull();
    expect(all.response.headers.get("link")).toBeNull();

    const models = await call(modelsRoute, "/api/v1/models?grade=A,B&limit=1");
    expect(models.response.headers.get("link")).toMatch(/^<http:\/\/atlas\.test\/api\/v1\/models\?grade=A%2CB&limit=1&cursor=[^>]+>; rel="next"$/);
  });

  it("gives the organisations list its total over all pages, as the models list has", async () => {
    const { body } = await call(organisationsRoute, "/api/v1/organisations?country=FR&limit=1");
    expect(JSON.parse(body).total).toBe(await prisma.organisation.count({ where: { status: "published", country: "FR" } }));
  });

  it("refuses a cursor sent with other filters or another sort, naming it; a new limit is fine", async () => {
    await resetRateLimits();
    const organisations = JSON.parse((await call(organisationsRoute, "/api/v1/organisations?country=FR&limit=1")).body).page.nextCursor as string;
    const models = JSON.parse((await call(modelsRoute, "/api/v1/models?grade=A,B,C&sort=name&limit=1")).body).page.nextCursor as string;
    for (const [route, path] of [
      [organisationsRoute, `/api/v1/organisations?country=DE&limit=1&cursor=${organisations}`],
      [organisationsRoute, `/api/v1/organisations?limit=1&cursor=${organisations}`],
      [modelsRoute, `/api/v1/models?grade=A&sort=name&limit=1&cursor=${models}`],
      [modelsRoute, `/api/v1/models?grade=A,B,C&sort=score&limit=1&cursor=${models}`],
    ] as const) {
      const { status, body } = await call(route, path);
      expect(status, path).toBe(400);
      expect(JSON.parse(body).error.details.map((d: { field: string }) => d.field), path).toEqual(["cursor"]);
    }
    expect((await call(organisationsRoute, `/api/v1/organisations?country=FR&limit=5&cursor=${organisations}`)).status).toBe(200);
    // the same lists in another order are the same filters
    expect((await call(modelsRoute, `/api/v1/models?grade=C,B,A&sort=name&limit=3&cursor=${models}`)).status).toBe(200);
  });
});

describe("the exports", () => {
  const exportsOf = [
    [exportModelsCsv, "/api/v1/export/models.csv"],
    [exportModelsJson, "/api/v1/export/models.json"],
    [exportOrganisationsCsv, "/api/v1/export/organisations.csv"],
    [exportOrganisationsJson, "/api/v1/export/organisations.json"],
  ] as const;

  it("send an ETag and Last-Modified, answer 304 to either, and change when the catalogue does", async () => {
    await resetRateLimits();
    for (const [route, path] of exportsOf) {
      const first = await call(route, path);
      const etag = first.response.headers.get("etag")!;
      const lastModified = first.response.headers.get("last-modified")!;
      expect(etag, path).toMatch(/^W\/"/);
      expect(Date.parse(lastModified), path).not.toBeNaN();
      expect((await call(route, path, {}, { "if-none-match": etag })).status, path).toBe(304);
      expect((await call(route, path, {}, { "if-modified-since": lastModified })).status, path).toBe(304);
      expect((await call(route, path, {}, { "if-none-match": '"elsewhere"' })).status, path).toBe(200);
    }
    const before = (await call(exportOrganisationsCsv, "/api/v1/export/organisations.csv")).response.headers.get("etag");
    await prisma.organisation.update({ where: { slug: ORG }, data: { website: "https://contract-test.example.org" } });
    const after = await call(exportOrganisationsCsv, "/api/v1/export/organisations.csv", {}, { "if-none-match": before! });
    expect(after.status).toBe(200);
    expect(after.response.headers.get("etag")).not.toBe(before);
  });

  it("are RFC 4180 CSV (CRLF), with booleans written out and an empty cell only for unknown", async () => {
    await resetRateLimits();
    const strict = { record_delimiter: "\r\n", columns: true, relax_column_count: false, relax_quotes: false } as const;
    const organisations = parseCsv((await call(exportOrganisationsCsv, "/api/v1/export/organisations.csv")).body, strict) as Record<string, string>[];
    const isSme = new Map(organisations.map((row) => [row.slug, row.is_sme]));
    const rows = await prisma.organisation.findMany({ where: { status: "published" }, select: { slug: true, isSme: true } });
    for (const row of rows) expect(isSme.get(row.slug), row.slug).toBe(row.isSme === null ? "" : String(row.isSme));
    expect(new Set(isSme.values())).toEqual(new Set(["true", "false", ""]));

    const models = parseCsv((await call(exportModelsCsv, "/api/v1/export/models.csv")).body, strict) as Record<string, string>[];
    const complete = models.filter((row) => row.slug?.startsWith(`${ORG}-model-`)).map((row) => [row.slug, row.grade_complete]);
    expect(Object.fromEntries(complete)).toEqual({ [`${ORG}-model-0`]: "true", [`${ORG}-model-1`]: "false", [`${ORG}-model-2`]: "true" });
  });

  it("give an organisation's mean score as the API does, and a model's release date where it is known", async () => {
    await resetRateLimits();
    const api = JSON.parse((await call(organisationRoute, `/api/v1/organisations/${ORG}`, { slug: ORG })).body);
    expect(api.openness.meanScore).toBe(50.33);
    const csv = parseCsv((await call(exportOrganisationsCsv, "/api/v1/export/organisations.csv")).body, { columns: true }) as Record<string, string>[];
    expect(csv.find((row) => row.slug === ORG)?.mean_score).toBe("50.33");
    const json = JSON.parse((await call(exportOrganisationsJson, "/api/v1/export/organisations.json")).body);
    expect(json.data.find((row: { slug: string }) => row.slug === ORG).mean_score).toBe(50.33);

    const models = parseCsv((await call(exportModelsCsv, "/api/v1/export/models.csv")).body, { columns: true }) as Record<string, string>[];
    expect(models.find((row) => row.slug === `${ORG}-model-0`)).toMatchObject({ release_year: "2024", release_date: "2024-03-15" });
    expect(models.find((row) => row.slug === `${ORG}-model-1`)).toMatchObject({ release_year: "2024", release_date: "" });
  });
});
