// Malformed input gets a field's error, never a 500: a lone UTF-16 surrogate in any text field (JSON
// carries "\ud800", PostgreSQL's JSON refuses it) and a NUL in an id (PostgreSQL refuses it in text),
// through the API route and through the services the forms' server actions call. Real database,
// real session rows.
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { createHash, randomBytes } from "node:crypto";
import { createPrismaClient, type PrismaClient } from "../db/prisma";
import { seedCatalogue } from "../../prisma/seed/seed";
import { signedInActor } from "../testing/actors";
import type { Actor, Role } from "../auth/roles";
import { changeUserRole } from "../auth/users";
import { createSubmission, decideSubmission, updateSubmission, withdrawSubmission } from "../submissions/service";
import { modelInput, organisationInput } from "../submissions/fixtures";
import { revokeApiToken } from "../api-tokens/service";
import { resetRateLimits } from "../testing/rate-limits";
import * as submissionsRoute from "../../app/api/v1/submissions/route";

const LONE_HIGH = "\ud800";
const LONE_LOW = "\udc00";
let prisma: PrismaClient;

beforeAll(async () => {
  prisma = createPrismaClient(inject("databaseUrl"), 2);
  await seedCatalogue(prisma);
});
afterAll(async () => {
  await prisma.$disconnect();
});
beforeEach(() => resetRateLimits());

const signedIn = (role?: Role) => signedInActor(prisma, role);

async function tokenFor(actor: Actor): Promise<string> {
  const token = `atlas_${randomBytes(32).toString("base64url")}`;
  await prisma.apiToken.create({ data: { userId: actor.id, name: "malformed input", tokenHash: createHash("sha256").update(token).digest("hex"), prefix: token.slice(0, 10) } });
  return token;
}

const context = { ip: "198.51.100.80", locale: "en" };

describe("a lone UTF-16 surrogate", () => {
  it("in any text field of an API submission is a 400 naming the field", async () => {
    const actor = await signedIn();
    const token = await tokenFor(actor);
    const cases: [unknown, string][] = [
      [{ kind: "new_organisation", payload: organisationInput({ name: `Lab ${LONE_HIGH} Nord` }) }, "payload.name"],
      [{ kind: "new_organisation", payload: organisationInput({ description: `A laboratory ${LONE_LOW} of open models and open data.` }) }, "payload.description"],
      [{ kind: "new_organisation", payload: { ...organisationInput(), comment: `Seen ${LONE_HIGH}` } }, "payload.comment"],
      [{ kind: "new_organisation", draft: true, payload: { name: `Draft ${LONE_HIGH}` } }, "payload.name"],
      [{ kind: "new_model", payload: modelInput({ licences: { weights: [{ mode: "existing", id: `Apache${LONE_HIGH}` }], code: [], data: [] } }) }, "payload.licences.weights.0.id"],
      [{ kind: "new_model", payload: modelInput({ answers: { ...modelInput().answers, use: { grade: "open", evidenceUrl: `https://example.eu/${LONE_LOW}`, note: null } } }) }, "payload.answers.use.evidenceUrl"],
    ];
    for (const [body, field] of cases) {
      const response = await submissionsRoute.POST(
        new Request("http://atlas.test/api/v1/submissions", {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
          body: JSON.stringify(body), // JSON.stringify writes the lone surrogate as the escape "\ud800"
        }),
      );
      const answer = JSON.parse(await response.text());
      expect(response.status, field).toBe(400);
      expect(answer.error.code, field).toBe("INVALID_BODY");
      expect(answer.error.details.map((d: { field: string }) => d.field), field).toContain(field);
    }
    expect(await prisma.submission.count({ where: { submitterId: actor.id } })).toBe(0);
  });

  it("in a form's text field is a field error the form shows, not UNEXPECTED", async () => {
    const actor = await signedIn();
    await expect(createSubmission(actor, { kind: "new_organisation", payload: organisationInput({ name: `Lab ${LONE_HIGH}` }) }, context)).rejects.toMatchObject({
      code: "VALIDATION",
      details: { fields: { name: { key: "brokenCharacters" } } },
    });
    const draft = await createSubmission(actor, { kind: "new_organisation", draft: true, payload: { name: "A draft" } }, context);
    await expect(updateSubmission(actor, { id: draft.id, revision: 1, draft: true, payload: { description: `Text ${LONE_LOW} here` } }, context)).rejects.toMatchObject({
      code: "VALIDATION",
      details: { fields: { description: { key: "brokenCharacters" } } },
    });
  });
});

describe("a NUL in an id", () => {
  it("in the role form's user id is a field error, not a 500", async () => {
    const admin = await signedIn("admin");
    await expect(changeUserRole(admin, { userId: "abc\u0000def", role: "maintainer", reason: "" })).rejects.toMatchObject({
      code: "VALIDATION",
      details: { fields: { userId: { key: "invalid" } } },
    });
  });

  it("in a submission's or a token's id is a field error too", async () => {
    const [actor, maintainer] = [await signedIn(), await signedIn("maintainer")];
    for (const attempt of [
      () => withdrawSubmission(actor, { id: "x\u0000", revision: 1 }),
      () => updateSubmission(actor, { id: "x\u0000", revision: 1, payload: {} }, context),
      () => decideSubmission(maintainer, { id: "x\u0000", revision: 1, decision: "approve" }),
      () => revokeApiToken(actor, { id: "\u0000" }),
    ]) {
      await expect(attempt()).rejects.toMatchObject({ code: "VALIDATION", details: { fields: { id: { key: "invalid" } } } });
    }
  });
});
