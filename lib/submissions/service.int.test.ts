// The submission workflow against a real database, with actors taken from real session rows.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { randomBytes } from "node:crypto";
import { createPrismaClient, type PrismaClient } from "../db/prisma";
import { seedCatalogue } from "../../prisma/seed/seed";
import { signedInActor } from "../testing/actors";
import type { Role } from "../auth/roles";
import { METHODOLOGY_VERSION } from "../openness";
import { createSubmission, decideSubmission, updateSubmission, withdrawSubmission } from "./service";
import { mySubmission, reviewQueue } from "./queries";
import { modelInput, organisationInput } from "./fixtures";
import type { ModelInput } from "../validation/submissions";
import { LIMITS } from "../security/rate-limit";

let prisma: PrismaClient;
const context = { ip: "192.0.2.10", locale: "en" };

beforeAll(async () => {
  prisma = createPrismaClient(inject("databaseUrl"), 4);
  await seedCatalogue(prisma);
}, 120_000);
afterAll(async () => {
  await prisma.$disconnect();
});

/** A person with a role and a live session, resolved the way every request resolves it. */
const signedIn = (role?: Role) => signedInActor(prisma, role);

const unique = () => randomBytes(4).toString("hex");

function uniqueModel() {
  const tag = unique();
  return modelInput({
    name: `Ouvert ${tag}`,
    modelCardUrl: `https://huggingface.co/labo/${tag}`,
    organisations: { existing: [], new: organisationInput({ name: `Labo ${tag}`, website: `https://labo-${tag}.example.eu` }) },
  });
}

describe("submitting", () => {
  it("a contributor submits a model with a new organisation; it waits for review", async () => {
    const actor = await signedIn();
    const created = await createSubmission(actor, { kind: "new_model", payload: uniqueModel() }, context);
    expect(created).toMatchObject({ status: "pending", revision: 1 });
    const mine = await mySubmission(actor, created.id);
    expect(mine.status).toBe("pending");
  });

  it("refuses a duplicate of a published model, pointing to it", async () => {
    const actor = await signedIn();
    const error = await createSubmission(actor, { kind: "new_model", payload: modelInput({ name: "mistral 7b", organisations: { existing: ["mistral-ai"] } }) }, context).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "VALIDATION", details: { fields: { name: { key: "duplicate", values: { name: "Mistral 7B", href: "/models/mistral-7b" } } } } });
  });

  it("refuses a country outside Europe and unknown organisations and licences, field by field", async () => {
    const actor = await signedIn();
    const payload = uniqueModel();
    payload.organisations = { existing: ["no-such-org"], new: organisationInput({ name: `X ${unique()}`, country: "US", website: null }) };
    payload.licences = { ...payload.licences, weights: [{ mode: "existing", id: "No-Such-Licence" }] };
    const shape = await createSubmission(actor, { kind: "new_model", payload }, context).catch((e: unknown) => e);
    expect(shape).toMatchObject({ code: "VALIDATION", details: { fields: { "organisations.new.country": { key: "notEuropean" } } } });
    payload.organisations.new!.country = "DE";
    const database = await createSubmission(actor, { kind: "new_model", payload }, context).catch((e: unknown) => e);
    expect(database).toMatchObject({
      code: "VALIDATION",
      details: { fields: { "organisations.existing": { key: "organisationUnknown" }, "licences.weights.0.id": { key: "licenceUnknown", values: { id: "No-Such-Licence" } } } },
    });
  });

  it("keeps an incomplete draft, checks what is there, and sends it for review once whole", async () => {
    const actor = await signedIn();
    const draft = await createSubmission(actor, { kind: "new_organisation", payload: { name: `Draft ${unique()}` }, draft: true }, context);
    expect(draft.status).toBe("draft");
    await expect(createSubmission(actor, { kind: "new_organisation", payload: { website: "javascript:alert(1)" }, draft: true }, context)).rejects.toMatchObject({
      details: { fields: { website: { key: "httpUrl" } } },
    });
    const sent = await updateSubmission(actor, { id: draft.id, revision: 1, payload: organisationInput({ name: `Sent ${unique()}`, website: null }) }, context);
    expect(sent).toMatchObject({ status: "pending", revision: 2 });
  });

  it("a rejected and a withdrawn submission stay, with the reviewer's note", async () => {
    const [author, maintainer] = [await signedIn(), await signedIn("maintainer")];
    const a = await createSubmission(author, { kind: "new_organisation", payload: organisationInput({ name: `R ${unique()}`, website: null }) }, context);
    await decideSubmission(maintainer, { id: a.id, revision: 1, decision: "reject", note: "Not an AI organisation." });
    const b = await createSubmission(author, { kind: "new_organisation", payload: organisationInput({ name: `W ${unique()}`, website: null }) }, context);
    await withdrawSubmission(author, { id: b.id, revision: 1 });
    expect(await mySubmission(author, a.id)).toMatchObject({ status: "rejected", decisionNote: "Not an AI organisation." });
    expect(await mySubmission(author, b.id)).toMatchObject({ status: "withdrawn" });
    await expect(updateSubmission(author, { id: a.id, revision: 2, payload: organisationInput() }, context)).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("limits", () => {
  it("refuses submissions past the hourly limit per person with RATE_LIMITED and the seconds to wait", async () => {
    const actor = await signedIn();
    const draft = (i: number) => createSubmission(actor, { kind: "new_organisation", payload: { name: `Burst ${i}` }, draft: true }, { ip: `198.51.100.${i}`, locale: "en" });
    for (let i = 0; i < LIMITS.submissionsPerUser.max; i++) await draft(i);
    const refused = await draft(99).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: "RATE_LIMITED", status: 429 });
    expect((refused as { details: { retryAfter: number } }).details.retryAfter).toBeGreaterThan(0);
  });

  it("answers a filled honeypot with a validation error and stores nothing", async () => {
    const actor = await signedIn();
    const before = await prisma.submission.count({ where: { submitterId: actor.id } });
    await expect(createSubmission(actor, { kind: "new_organisation", payload: organisationInput(), website: "http://spam.example" }, context)).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await prisma.submission.count({ where: { submitterId: actor.id } })).toBe(before);
  });
});

describe("approving", () => {
  it("publishes model, new organisation, new licence, assessment, versions and audit in one go", async () => {
    const [author, maintainer] = [await signedIn(), await signedIn("maintainer")];
    const payload = uniqueModel();
    const licenceId = `LicenseRef-Test-${unique()}`;
    payload.licences = {
      ...payload.licences,
      data: [{ mode: "new", licence: { id: licenceId, name: "Test Open Data Licence", url: "https://licence.example.eu", kind: "data", openData: true, attribution: true } }],
    } as ModelInput["licences"];
    const created = await createSubmission(author, { kind: "new_model", payload }, context);
    const decided = await decideSubmission(maintainer, { id: created.id, revision: 1, decision: "approve" });
    expect(decided.status).toBe("approved");

    const model = await prisma.model.findUniqueOrThrow({
      where: { id: decided.published!.entityId },
      include: { organisations: { include: { organisation: true } }, assessments: true, licences: { include: { licence: true } } },
    });
    // a licence entered as new is used at once, but opens nothing until a maintainer reviews it: data
    // (and so retrain) stay partial, grade B instead of A
    expect(model).toMatchObject({ status: "published", grade: "B", gradeComplete: true, dataGrade: "partial", parameterCount: 3e9 });
    expect(model.publishedAt).not.toBeNull();
    expect(model.organisations[0]!.organisation).toMatchObject({ name: payload.organisations.new!.name, status: "published" });
    expect(model.licences.find((l) => l.component === "data")?.licence).toMatchObject({ id: licenceId, reviewed: false, openData: true });
    expect(model.assessments).toHaveLength(1);
    expect(model.assessments[0]).toMatchObject({ methodologyVersion: METHODOLOGY_VERSION, grade: "B", assessedById: author.id });
    expect(await prisma.entryVersion.count({ where: { entityType: "model", entityId: model.id } })).toBe(1);
    const actions = (await prisma.auditLog.findMany({ where: { actorId: maintainer.id }, select: { action: true } })).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["organisation.publish", "model.publish", "submission.approve"]));
    expect((await mySubmission(author, created.id)).targetModel?.slug).toBe(model.slug);
  });

  it("an approved edit keeps the entry's history: the version before it and the new one", async () => {
    const [author, maintainer] = [await signedIn(), await signedIn("maintainer")];
    const before = await prisma.model.findUniqueOrThrow({ where: { slug: "bloom" } });
    const payload = modelInput({ name: "BLOOM", modelCardUrl: before.modelCardUrl, organisations: { existing: ["bigscience"], new: null } });
    const created = await createSubmission(author, { kind: "edit_model", target: "bloom", payload }, context);
    await decideSubmission(maintainer, { id: created.id, revision: 1, decision: "approve" });
    const versions = await prisma.entryVersion.findMany({ where: { entityType: "model", entityId: before.id }, orderBy: { version: "asc" } });
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
    expect((versions[0]!.snapshot as { grade: string }).grade).toBe(before.grade);
    expect((versions[1]!.snapshot as { grade: string }).grade).toBe("A");
    expect(versions[1]!.submissionId).toBe(created.id);
  });

  it("of two maintainers deciding at once, exactly one wins and nothing is applied twice", async () => {
    const [author, m1, m2] = [await signedIn(), await signedIn("maintainer"), await signedIn("admin")];
    const payload = uniqueModel();
    const created = await createSubmission(author, { kind: "new_model", payload }, context);
    const results = await Promise.allSettled([
      decideSubmission(m1, { id: created.id, revision: 1, decision: "approve" }),
      decideSubmission(m2, { id: created.id, revision: 1, decision: "reject", note: "duplicate" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const loser = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(loser.reason).toMatchObject({ code: "CONFLICT", details: { reason: "alreadyDecided" } });
    expect(await prisma.model.count({ where: { name: payload.name } })).toBeLessThanOrEqual(1);
    expect(await prisma.auditLog.count({ where: { entityType: "submission", entityId: created.id } })).toBe(1);
  });

  it("a decision on a revision the submitter has since changed is refused", async () => {
    const [author, maintainer] = [await signedIn(), await signedIn("maintainer")];
    const created = await createSubmission(author, { kind: "new_organisation", payload: organisationInput({ name: `V ${unique()}`, website: null }) }, context);
    await updateSubmission(author, { id: created.id, revision: 1, payload: organisationInput({ name: `V2 ${unique()}`, website: null }) }, context);
    await expect(decideSubmission(maintainer, { id: created.id, revision: 1, decision: "approve" })).rejects.toMatchObject({
      code: "CONFLICT",
      details: { reason: "changedSinceOpened" },
    });
  });

  it("a maintainer cannot approve, reject or request changes on their own submission; another maintainer can", async () => {
    const [maintainer, other] = [await signedIn("maintainer"), await signedIn("maintainer")];
    const created = await createSubmission(maintainer, { kind: "new_organisation", payload: organisationInput({ name: `O ${unique()}`, website: null }) }, context);
    for (const decision of ["approve", "reject", "request_changes"]) {
      await expect(decideSubmission(maintainer, { id: created.id, revision: 1, decision, note: "Looks fine to me." }), decision).rejects.toMatchObject({
        code: "FORBIDDEN",
        details: { reason: "ownSubmission" },
      });
    }
    const row = await prisma.submission.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({ status: "pending", revision: 1, reviewerId: null });
    await expect(decideSubmission(other, { id: created.id, revision: 1, decision: "reject", note: "Out of scope." })).resolves.toMatchObject({ status: "rejected" });
  });

  it("rejecting or requesting changes needs a note", async () => {
    const [author, maintainer] = [await signedIn(), await signedIn("maintainer")];
    const created = await createSubmission(author, { kind: "new_organisation", payload: organisationInput({ name: `N ${unique()}`, website: null }) }, context);
    for (const decision of ["reject", "request_changes"]) {
      await expect(decideSubmission(maintainer, { id: created.id, revision: 1, decision, note: "  " })).rejects.toMatchObject({
        code: "VALIDATION",
        details: { fields: { note: { key: "noteRequired" } } },
      });
    }
  });

  it("the queue lists pending submissions oldest first, and can be filtered by kind", async () => {
    const [author, maintainer] = [await signedIn(), await signedIn("maintainer")];
    const first = await createSubmission(author, { kind: "new_organisation", payload: organisationInput({ name: `Q1 ${unique()}`, website: null }) }, context);
    const second = await createSubmission(author, { kind: "new_model", payload: uniqueModel() }, context);
    const ids = (await reviewQueue(maintainer)).map((s) => s.id);
    expect(ids.indexOf(first.id)).toBeLessThan(ids.indexOf(second.id));
    const models = await reviewQueue(maintainer, "new_model");
    expect(models.every((s) => s.kind === "new_model")).toBe(true);
    expect(models.map((s) => s.id)).toContain(second.id);
  });
});

describe("a model naming the contributor's own organisation awaiting review", () => {
  async function pendingOrganisation(actor: Awaited<ReturnType<typeof signedIn>>) {
    const tag = unique();
    const name = `Atelier ${tag}`;
    const org = await createSubmission(actor, { kind: "new_organisation", payload: organisationInput({ name, website: `https://atelier-${tag}.example.eu` }) }, context);
    return { id: org.id, name };
  }
  const modelNaming = (pending: string[]) => {
    const payload = uniqueModel();
    payload.organisations = { existing: [], pending };
    return payload;
  };

  it("publishes that organisation once, from its own submission, when the model is approved", async () => {
    const [contributor, maintainer] = [await signedIn(), await signedIn("maintainer")];
    const org = await pendingOrganisation(contributor);
    const model = await createSubmission(contributor, { kind: "new_model", payload: modelNaming([org.id]) }, context);
    const decided = await decideSubmission(maintainer, { id: model.id, revision: 1, decision: "approve" });
    expect(decided.published).toMatchObject({ entityType: "model", carried: [org.id] });

    const published = await prisma.organisation.findMany({ where: { name: org.name } });
    expect(published).toHaveLength(1);
    const orgSubmission = await prisma.submission.findUniqueOrThrow({ where: { id: org.id } });
    expect(orgSubmission).toMatchObject({ status: "approved", targetOrganisationId: published[0]!.id, reviewerId: maintainer.id });
    const links = await prisma.modelOrganisation.findMany({ where: { modelId: decided.published!.entityId } });
    expect(links.map((l) => l.organisationId)).toEqual([published[0]!.id]);
    // it left the queue with the model: deciding it again is a conflict, not a second copy
    await expect(decideSubmission(maintainer, { id: org.id, revision: 1, decision: "approve" })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await prisma.organisation.count({ where: { name: org.name } })).toBe(1);
  });

  it("uses the organisation its submission already published when that was approved first", async () => {
    const [contributor, maintainer] = [await signedIn(), await signedIn("maintainer")];
    const org = await pendingOrganisation(contributor);
    const model = await createSubmission(contributor, { kind: "new_model", payload: modelNaming([org.id]) }, context);
    const first = await decideSubmission(maintainer, { id: org.id, revision: 1, decision: "approve" });
    const decided = await decideSubmission(maintainer, { id: model.id, revision: 1, decision: "approve" });
    expect(decided.published?.carried).toBeUndefined();
    const links = await prisma.modelOrganisation.findMany({ where: { modelId: decided.published!.entityId } });
    expect(links.map((l) => l.organisationId)).toEqual([first.published!.entityId]);
    expect(await prisma.organisation.count({ where: { name: org.name } })).toBe(1);
  });

  it("refuses someone else's organisation submission, field by field", async () => {
    const [owner, other] = [await signedIn(), await signedIn()];
    const org = await pendingOrganisation(owner);
    await expect(createSubmission(other, { kind: "new_model", payload: modelNaming([org.id]) }, context)).rejects.toMatchObject({
      code: "VALIDATION",
      details: { fields: { "organisations.pending": { key: "pendingOrganisationUnknown" } } },
    });
  });

  it("waits when the organisation was rejected meanwhile: nothing is published and the model stays in the queue", async () => {
    const [contributor, maintainer] = [await signedIn(), await signedIn("maintainer")];
    const org = await pendingOrganisation(contributor);
    const model = await createSubmission(contributor, { kind: "new_model", payload: modelNaming([org.id]) }, context);
    await decideSubmission(maintainer, { id: org.id, revision: 1, decision: "reject", note: "Not an AI organisation." });
    await expect(decideSubmission(maintainer, { id: model.id, revision: 1, decision: "approve" })).rejects.toMatchObject({
      code: "CONFLICT",
      details: { reason: "staleSubmission", fields: { "organisations.pending": { key: "pendingOrganisationNotPending" } } },
    });
    expect(await prisma.submission.findUniqueOrThrow({ where: { id: model.id }, select: { status: true } })).toEqual({ status: "pending" });
    expect(await prisma.organisation.count({ where: { name: org.name } })).toBe(0);
  });
});
