// Methodology version 2 through the submission workflow, on a real database with real sessions:
// several licences per component, a base model, licence identity, bad input refused field by
// field with nothing written, and a maintainer's review of a new licence re-scoring its models.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { randomBytes, randomUUID } from "node:crypto";
import { createPrismaClient, type PrismaClient } from "../db/prisma";
import { seedCatalogue } from "../../prisma/seed/seed";
import { actorForSessionToken } from "../auth/session";
import type { Actor, Role } from "../auth/roles";
import { createSubmission, decideSubmission } from "./service";
import { reviewLicence } from "../licences/review";
import { modelInput, organisationInput } from "./fixtures";
import type { ModelInput } from "../validation/submissions";

let prisma: PrismaClient;
const context = { ip: "192.0.2.44", locale: "en" };

beforeAll(async () => {
  prisma = createPrismaClient(inject("databaseUrl"), 4);
  await seedCatalogue(prisma);
}, 120_000);
afterAll(async () => {
  await prisma.$disconnect();
});

async function signedIn(role: Role = "contributor"): Promise<Actor> {
  const user = await prisma.user.create({ data: { email: `${randomUUID()}@example.eu`, role } });
  const sessionToken = randomBytes(24).toString("hex");
  await prisma.session.create({ data: { sessionToken, userId: user.id, expires: new Date(Date.now() + 3600_000) } });
  return (await actorForSessionToken(sessionToken))!;
}

function uniqueModel(overrides: Partial<ModelInput> = {}) {
  const tag = randomBytes(4).toString("hex");
  return modelInput({
    name: `Dérivé ${tag}`,
    modelCardUrl: `https://huggingface.co/labo/derive-${tag}`,
    organisations: { existing: [], new: organisationInput({ name: `Labo ${tag}`, website: `https://labo-${tag}.example.eu` }) },
    ...overrides,
  });
}

describe("a model with two sets of terms on its weights and a base model", () => {
  it("would get, and gets once approved, the grade its most restrictive licence and its base allow", async () => {
    const [author, maintainer] = [await signedIn(), await signedIn("maintainer")];
    const payload = uniqueModel({
      licences: {
        weights: [{ mode: "existing", id: "CC-BY-SA-4.0" }, { mode: "existing", id: "LicenseRef-Gemma-Terms-of-Use" }],
        code: [{ mode: "existing", id: "Apache-2.0" }],
        data: [{ mode: "existing", id: "CC-BY-4.0" }],
      },
      baseModel: { slug: "gemma-2-9b", relation: "fine_tune" },
    } as Partial<ModelInput>);
    const created = await createSubmission(author, { kind: "new_model", payload }, context);
    expect(created.assessment).toMatchObject({ grade: "D" });
    expect(created.assessment!.answers.use).toMatchObject({ entered: "open", grade: "closed" });
    expect(created.assessment!.answers.data).toMatchObject({ entered: "open", grade: "partial", adjustments: ["data-partial-base"] });

    const decided = await decideSubmission(maintainer, { id: created.id, revision: 1, decision: "approve" });
    const model = await prisma.model.findUniqueOrThrow({
      where: { id: decided.published!.entityId },
      include: { licences: { orderBy: [{ component: "asc" }, { position: "asc" }] }, baseModel: { select: { slug: true } } },
    });
    expect(model.licences.filter((l) => l.component === "weights").map((l) => l.licenceId)).toEqual(["CC-BY-SA-4.0", "LicenseRef-Gemma-Terms-of-Use"]);
    expect(model).toMatchObject({ grade: created.assessment!.grade, useGrade: "closed", baseRelation: "fine_tune", baseModel: { slug: "gemma-2-9b" } });
    expect(model.score).toBeCloseTo(created.assessment!.score, 10);
    expect(model.weightsLicenceIds).toEqual(expect.arrayContaining(["CC-BY-SA-4.0", "LicenseRef-Gemma-Terms-of-Use"]));
  });
});

describe("licence identity", () => {
  it("a licence proposed as new under its own name but the known one's address is the known one, with its restrictions", async () => {
    const author = await signedIn();
    const payload = uniqueModel({
      licences: {
        weights: [
          {
            mode: "new",
            licence: { id: "LicenseRef-Friendly-Terms", name: "Friendly terms", url: "https://www.ai.google.dev/gemma/terms/", kind: "model", osiApproved: true, attribution: true },
          },
        ],
        code: [{ mode: "existing", id: "Apache-2.0" }],
        data: [{ mode: "existing", id: "CC-BY-4.0" }],
      },
    } as Partial<ModelInput>);
    const created = await createSubmission(author, { kind: "new_model", payload }, context);
    expect(created.licenceMatches).toEqual([
      expect.objectContaining({ component: "weights", index: 0, licence: { id: "LicenseRef-Gemma-Terms-of-Use", name: "Gemma Terms of Use" }, by: "url" }),
    ]);
    expect(created.assessment!.answers.use.grade).toBe("closed");
    const stored = await prisma.submission.findUniqueOrThrow({ where: { id: created.id } });
    expect((stored.payload as { licences: { weights: unknown[] } }).licences.weights).toEqual([
      { mode: "existing", id: "LicenseRef-Gemma-Terms-of-Use", proposedAs: { id: "LicenseRef-Friendly-Terms", name: "Friendly terms", url: "https://www.ai.google.dev/gemma/terms/", by: "url" } },
    ]);
    expect(await prisma.licence.count({ where: { id: "LicenseRef-Friendly-Terms" } })).toBe(0);
  });
});

describe("bad input: a clear error on the field, nothing written", () => {
  it("refuses an unknown base model, a model as its own base, a cycle of bases, too many licences and a threshold that is not a positive number", async () => {
    const author = await signedIn();
    const before = await prisma.submission.count();
    const cases: [Partial<ModelInput>, string, string, string | undefined][] = [
      [{ baseModel: { slug: "no-such-model", relation: "fine_tune" } } as Partial<ModelInput>, "baseModel.slug", "baseModelUnknown", undefined],
      [{ slug: "self-made", baseModel: { slug: "self-made", relation: "merge" } } as Partial<ModelInput>, "baseModel.slug", "baseIsSelf", undefined],
      [{ licences: { weights: Array.from({ length: 11 }, (_, i) => ({ mode: "existing", id: i % 2 ? "MIT" : "Apache-2.0" })), code: [], data: [] } } as Partial<ModelInput>, "licences.weights", "tooMany", undefined],
      [
        { licences: { weights: [{ mode: "new", licence: { id: "LicenseRef-Capped", name: "Capped terms", url: "https://capped.example.eu/licence", kind: "model", userCap: "-5" } }], code: [], data: [] } } as Partial<ModelInput>,
        "licences.weights.0.licence.userCap",
        "positiveNumber",
        undefined,
      ],
    ];
    for (const [overrides, field, key] of cases) {
      const error = await createSubmission(author, { kind: "new_model", payload: uniqueModel(overrides) }, context).catch((e: unknown) => e);
      expect(error, field).toMatchObject({ code: "VALIDATION" });
      expect((error as { details: { fields: Record<string, { key: string }> } }).details.fields[field], `${field}: ${JSON.stringify((error as { details: unknown }).details)}`).toMatchObject({ key });
    }
    // a cycle: mistral-7b as made from a model that is itself made from mistral-7b
    const derived = await prisma.model.findFirstOrThrow({ where: { baseModel: { slug: "mistral-7b" }, status: "published" }, select: { slug: true } });
    const mistral = await prisma.model.findUniqueOrThrow({ where: { slug: "mistral-7b" }, select: { name: true, modelCardUrl: true } });
    const edit = uniqueModel({ name: mistral.name, modelCardUrl: mistral.modelCardUrl!, organisations: { existing: ["mistral-ai"], new: null }, baseModel: { slug: derived.slug, relation: "fine_tune" } } as Partial<ModelInput>);
    const cycle = await createSubmission(author, { kind: "edit_model", target: "mistral-7b", payload: edit }, context).catch((e: unknown) => e);
    expect(cycle).toMatchObject({ code: "VALIDATION", details: { fields: { "baseModel.slug": { key: "baseCycle" } } } });
    expect(await prisma.submission.count()).toBe(before);
  });
});

describe("a maintainer's review of a licence a contributor entered", () => {
  it("is refused to strangers and contributors; once done, it re-scores the models that carry the licence", async () => {
    const [author, maintainer, contributor] = [await signedIn(), await signedIn("maintainer"), await signedIn()];
    const id = `LicenseRef-Review-${randomBytes(3).toString("hex")}`;
    const payload = uniqueModel({
      licences: {
        weights: [{ mode: "new", licence: { id, name: `Review test licence ${id}`, url: `https://licences.example.eu/${id}`, kind: "model", osiApproved: true, attribution: true } }],
        code: [{ mode: "existing", id: "Apache-2.0" }],
        data: [{ mode: "existing", id: "CC-BY-4.0" }],
      },
    } as Partial<ModelInput>);
    const created = await createSubmission(author, { kind: "new_model", payload }, context);
    const decided = await decideSubmission(maintainer, { id: created.id, revision: 1, decision: "approve" });
    const modelId = decided.published!.entityId;
    expect(await prisma.model.findUniqueOrThrow({ where: { id: modelId } })).toMatchObject({ useGrade: "unknown", grade: "D", gradeComplete: false });

    const flags = { id, osiApproved: true, openData: false, restrictsUse: false, nonCommercial: false, noDerivatives: false, shareAlike: false, attribution: true, nonProduction: false };
    await expect(reviewLicence(null, flags)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(reviewLicence(contributor, flags)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await prisma.licence.findUniqueOrThrow({ where: { id } })).reviewed).toBe(false);

    const result = await reviewLicence(maintainer, flags);
    expect(result.rescored).toBe(1);
    expect(await prisma.model.findUniqueOrThrow({ where: { id: modelId } })).toMatchObject({ useGrade: "open", grade: "A", gradeComplete: true });
    expect(await prisma.auditLog.count({ where: { action: "licence.review", entityId: id, actorId: maintainer.id } })).toBe(1);
    await expect(reviewLicence(maintainer, flags)).rejects.toMatchObject({ code: "CONFLICT" });
  });
});
