// Personal API tokens and POST /api/v1/submissions against a real database, through the route
// handler itself: a token's whole life, who may revoke what, and a programmatic submission going
// through the web form's schema, limits and moderation queue. Actors come from real session rows.
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { createHash, randomBytes } from "node:crypto";
import { createPrismaClient, type PrismaClient } from "../db/prisma";
import { seedCatalogue } from "../../prisma/seed/seed";
import { signedInActor } from "../testing/actors";
import type { Role } from "../auth/roles";
import { createSubmission } from "../submissions/service";
import { mySubmissions, reviewQueue } from "../submissions/queries";
import { organisationInput } from "../submissions/fixtures";
import { LIMITS } from "../security/rate-limit";
import { resetRateLimits } from "../testing/rate-limits";
import { SUBMISSION_BODY_LIMIT } from "../validation/submissions";
import { API_TOKEN_LIMITS } from "../validation/api-tokens";
import { createApiToken, myApiTokens, revokeApiToken } from "./service";
import * as submissionsRoute from "../../app/api/v1/submissions/route";

const BASE = "http://atlas.test";
let prisma: PrismaClient;

beforeAll(async () => {
  prisma = createPrismaClient(inject("databaseUrl"), 4);
  await seedCatalogue(prisma);
}, 120_000);
afterAll(async () => {
  await prisma.$disconnect();
});
// the API's in-memory per-address limit is not what most tests are about
beforeEach(() => resetRateLimits());

const signedIn = (role?: Role) => signedInActor(prisma, role);

const unique = () => randomBytes(4).toString("hex");
const organisationBody = (name = `Programme ${unique()}`) => ({ kind: "new_organisation", payload: organisationInput({ name, website: null }) });

/** POST /api/v1/submissions as a program would send it, each from its own address unless told. */
async function post(token: string | null, body: unknown, headers: Record<string, string> = {}) {
  const request = new Request(`${BASE}/api/v1/submissions`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 250)}`,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  const response = await submissionsRoute.POST(request);
  return { status: response.status, headers: response.headers, json: JSON.parse(await response.text()) };
}

const submissionsOf = (userId: string) => prisma.submission.count({ where: { submitterId: userId } });

describe("a token's life", () => {
  it("is shown once and stored as a hash, works, notes its last use, and fails once revoked", async () => {
    const ada = await signedIn();
    const created = await createApiToken(ada, { name: "  Import script  " });
    expect(created.token).toMatch(/^atlas_[A-Za-z0-9_-]{43}$/);
    expect(created.name).toBe("Import script");

    // only the hash and a short prefix are kept; the list never gives the token or its hash back
    const row = await prisma.apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.tokenHash).toBe(createHash("sha256").update(created.token).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(created.token.slice(10));
    expect(row.prefix).toBe(created.token.slice(0, 10));
    expect(row.lastUsedAt).toBeNull();
    const listed = await myApiTokens(ada);
    expect(listed).toEqual([{ id: created.id, name: "Import script", prefix: row.prefix, createdAt: row.createdAt, lastUsedAt: null, revokedAt: null }]);
    expect(JSON.stringify(listed)).not.toContain(created.token.slice(10));

    const used = await post(created.token, organisationBody());
    expect(used.status).toBe(201);
    expect((await prisma.apiToken.findUniqueOrThrow({ where: { id: created.id } })).lastUsedAt).toBeInstanceOf(Date);

    await revokeApiToken(ada, { id: created.id });
    const before = await submissionsOf(ada.id);
    const refused = await post(created.token, organisationBody());
    expect(refused.status).toBe(401);
    expect(refused.json.error.code).toBe("UNAUTHORIZED");
    expect(refused.headers.get("www-authenticate")).toMatch(/^Bearer realm="Libre Atlas API", error="invalid_token"/);
    expect(await submissionsOf(ada.id)).toBe(before);
    expect((await myApiTokens(ada))[0]!.revokedAt).toBeInstanceOf(Date);

    // making and revoking are in the audit log, without the token
    const audit = await prisma.auditLog.findMany({ where: { entityType: "api_token", entityId: created.id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([
      ["api_token.create", ada.id],
      ["api_token.revoke", ada.id],
    ]);
    expect(JSON.stringify(audit.map((a) => a.details))).not.toContain(created.token.slice(10));
  });

  it("refuses a missing, malformed or unknown token with 401 and a JSON error", async () => {
    const missing = await post(null, organisationBody());
    expect(missing.status).toBe(401);
    expect(missing.json).toMatchObject({ error: { code: "UNAUTHORIZED", details: [] } });
    expect(missing.headers.get("www-authenticate")).toBe('Bearer realm="Libre Atlas API"');
    for (const token of ["not-a-token", `atlas_${randomBytes(32).toString("base64url")}`, "atlas_"]) {
      const refused = await post(token, organisationBody());
      expect(refused.status, token).toBe(401);
      expect(refused.json.error.code).toBe("UNAUTHORIZED");
      expect(refused.headers.get("www-authenticate")).toContain('error="invalid_token"');
    }
    // a session cookie is not a token: the API never reads cookies
    const ada = await signedIn();
    const session = await prisma.session.findFirstOrThrow({ where: { userId: ada.id } });
    expect((await post(null, organisationBody(), { cookie: `__Secure-next-auth.session-token=${session.sessionToken}` })).status).toBe(401);
  });

  it("caps a person's active tokens, and a name is required", async () => {
    const ada = await signedIn();
    const tokens = [];
    for (let i = 0; i < API_TOKEN_LIMITS.activePerUser; i++) tokens.push(await createApiToken(ada, { name: `Token ${i}` }));
    await expect(createApiToken(ada, { name: "One too many" })).rejects.toMatchObject({ code: "CONFLICT", details: { reason: "tooManyTokens" } });
    await revokeApiToken(ada, { id: tokens[0]!.id });
    await expect(createApiToken(ada, { name: "In its place" })).resolves.toMatchObject({ name: "In its place" });
    await expect(createApiToken(ada, { name: "   " })).rejects.toMatchObject({ code: "VALIDATION", details: { fields: { name: { key: "required" } } } });
    expect(await prisma.apiToken.count({ where: { userId: ada.id, revokedAt: null } })).toBe(API_TOKEN_LIMITS.activePerUser);
  });
});

describe("who may do what with tokens", () => {
  it("nobody signed out makes, lists or revokes one; nobody revokes or sees another person's", async () => {
    const [ada, bob, maintainer, admin] = [await signedIn(), await signedIn(), await signedIn("maintainer"), await signedIn("admin")];
    const adas = await createApiToken(ada, { name: "Ada's" });
    await expect(createApiToken(null, { name: "x" })).rejects.toMatchObject({ code: "UNAUTHENTICATED", status: 401 });
    await expect(myApiTokens(null)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(revokeApiToken(null, { id: adas.id })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    for (const someoneElse of [bob, maintainer, admin]) {
      await expect(revokeApiToken(someoneElse, { id: adas.id })).rejects.toMatchObject({ code: "NOT_FOUND", status: 404 });
      expect(await myApiTokens(someoneElse)).toEqual([]);
    }
    await expect(revokeApiToken(bob, { id: "" })).rejects.toMatchObject({ code: "VALIDATION" });
    // Ada's token still works, for Ada
    const used = await post(adas.token, organisationBody());
    expect(used.status).toBe(201);
    expect((await prisma.submission.findUniqueOrThrow({ where: { id: used.json.id } })).submitterId).toBe(ada.id);
    expect(await prisma.auditLog.count({ where: { entityId: adas.id, action: "api_token.revoke" } })).toBe(0);
  });
});

describe("POST /api/v1/submissions", () => {
  it("puts a valid submission in the same review queue as the web form's, pending, with the same row shape", async () => {
    const [ada, maintainer] = [await signedIn(), await signedIn("maintainer")];
    const { token } = await createApiToken(ada, { name: "CI" });
    const name = `Programme ${unique()}`;
    const answer = await post(token, organisationBody(name), { "accept-language": "fr-FR,fr;q=0.9" });
    expect(answer.status).toBe(201);
    expect(answer.json).toEqual({
      id: expect.any(String),
      kind: "new_organisation",
      status: "pending",
      revision: 1,
      url: `${BASE}/account/submissions/${answer.json.id}`,
      assessment: null,
      licenceMatches: [],
    });
    expect(answer.headers.get("location")).toBe(answer.json.url);
    expect(answer.headers.get("access-control-allow-origin")).toBe("*");
    expect(answer.headers.get("cache-control")).toBe("no-store");

    const web = await createSubmission(ada, { kind: "new_organisation", payload: organisationInput({ name: `Formulaire ${unique()}`, website: null }) }, { ip: "192.0.2.77", locale: "fr" });
    const select = { kind: true, status: true, submitterId: true, reviewerId: true, revision: true, locale: true, targetModelId: true, targetOrganisationId: true } as const;
    const [viaApi, viaForm] = await Promise.all([
      prisma.submission.findUniqueOrThrow({ where: { id: answer.json.id }, select: { ...select, submittedAt: true, payload: true } }),
      prisma.submission.findUniqueOrThrow({ where: { id: web.id }, select: { ...select, submittedAt: true, payload: true } }),
    ]);
    expect({ ...viaApi, submittedAt: undefined, payload: undefined }).toEqual({ ...viaForm, submittedAt: undefined, payload: undefined });
    expect(viaApi).toMatchObject({ status: "pending", submitterId: ada.id, locale: "fr" });
    expect(viaApi.submittedAt).toBeInstanceOf(Date);
    expect(Object.keys(viaApi.payload as object).sort()).toEqual(Object.keys(viaForm.payload as object).sort());

    const queue = await reviewQueue(maintainer, "new_organisation");
    expect(queue.map((s) => s.id)).toEqual(expect.arrayContaining([answer.json.id, web.id]));
    expect((await mySubmissions(ada)).map((s) => s.id)).toContain(answer.json.id);
  });

  it("answers a bad body with 400 and each field's path, and writes nothing", async () => {
    const ada = await signedIn();
    const { token } = await createApiToken(ada, { name: "CI" });
    const before = await submissionsOf(ada.id);

    const payload = organisationInput({ name: "", country: "US", website: "javascript:alert(1)" });
    const bad = await post(token, { kind: "new_organisation", payload });
    expect(bad.status).toBe(400);
    expect(bad.json.error.code).toBe("INVALID_BODY");
    expect(bad.json.error.details).toEqual(
      expect.arrayContaining([
        { field: "payload.name", message: "At least 2 characters.", code: "tooShort" },
        { field: "payload.country", message: "Not a European country by the catalogue’s rule.", code: "notEuropean" },
        { field: "payload.website", message: "A full web address starting with http:// or https://.", code: "httpUrl" },
      ]),
    );

    const unknownKind = await post(token, { kind: "new_dataset", payload: {} });
    expect(unknownKind.status).toBe(400);
    expect(unknownKind.json.error.details).toEqual([{ field: "kind", message: "Choose one of the options.", code: "choose" }]);

    const unknownField = await post(token, { ...organisationBody(), paylod: {}, website: "x" });
    expect(unknownField.status).toBe(400);
    expect(unknownField.json.error.details.map((d: { field: string }) => d.field).sort()).toEqual(["paylod", "website"]);

    const noPayload = await post(token, { kind: "new_organisation" });
    expect(noPayload.status).toBe(400);
    expect(noPayload.json.error.details).toEqual([expect.objectContaining({ field: "payload" })]);

    const duplicate = await post(token, { kind: "new_organisation", payload: organisationInput({ name: "Mistral AI", website: null }) });
    expect(duplicate.status).toBe(400);
    expect(duplicate.json.error.details[0]).toMatchObject({ field: "payload.name", code: "duplicate", message: expect.stringContaining("Mistral AI") });

    const notJson = await post(token, "{kind:", {});
    expect(notJson).toMatchObject({ status: 400, json: { error: { code: "INVALID_BODY" } } });
    const array = await post(token, [organisationBody()]);
    expect(array).toMatchObject({ status: 400, json: { error: { code: "INVALID_BODY", details: [{ field: "body" }] } } });
    const form = await post(token, "kind=new_organisation", { "content-type": "application/x-www-form-urlencoded" });
    expect(form).toMatchObject({ status: 415, json: { error: { code: "UNSUPPORTED_MEDIA_TYPE" } } });
    const noTarget = await post(token, { kind: "edit_organisation", target: "no-such-organisation", payload: organisationInput() });
    expect(noTarget).toMatchObject({ status: 404, json: { error: { code: "NOT_FOUND", details: [{ field: "target" }] } } });

    expect(await submissionsOf(ada.id)).toBe(before);
  });

  it("refuses a body over the forms' size limit with 413, declared or not", async () => {
    const ada = await signedIn();
    const { token } = await createApiToken(ada, { name: "CI" });
    const huge = JSON.stringify({ ...organisationBody(), padding: "x".repeat(SUBMISSION_BODY_LIMIT) });
    const undeclared = await post(token, huge);
    expect(undeclared).toMatchObject({ status: 413, json: { error: { code: "PAYLOAD_TOO_LARGE" } } });
    const declared = await post(token, huge, { "content-length": String(huge.length) });
    expect(declared.status).toBe(413);
    expect(await submissionsOf(ada.id)).toBe(0);
  });

  it("shares the web form's hourly limit per person: 429 with Retry-After, nothing written", async () => {
    const ada = await signedIn();
    const { token } = await createApiToken(ada, { name: "CI" });
    for (let i = 0; i < LIMITS.submissionsPerUser.max; i++) {
      await createSubmission(ada, { kind: "new_organisation", payload: { name: `Burst ${i}` }, draft: true }, { ip: `192.0.2.${i}`, locale: "en" });
    }
    const refused = await post(token, organisationBody());
    expect(refused.status).toBe(429);
    expect(refused.json.error.code).toBe("RATE_LIMITED");
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await submissionsOf(ada.id)).toBe(LIMITS.submissionsPerUser.max);
  });

  it("limits writes per address before looking at the token", async () => {
    const headers = { "x-forwarded-for": "203.0.113.99" };
    let last = 0;
    for (let i = 0; i < 31; i++) last = (await post(null, {}, headers)).status;
    expect(last).toBe(429);
  });

  it("answers a CORS preflight for POST with the Authorization header allowed", async () => {
    const response = await submissionsRoute.OPTIONS();
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-methods")).toBe("POST, OPTIONS");
    expect(response.headers.get("access-control-allow-headers")).toContain("Authorization");
    expect(response.headers.get("access-control-allow-credentials")).toBeNull();
  });
});
