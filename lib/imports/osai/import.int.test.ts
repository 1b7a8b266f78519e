// `import:osai` over fixture files in the index's format, against the seeded catalogue: a dry run,
// the proposals it makes (new European models, an edit of a held entry listing each difference),
// what it leaves out (outside Europe, reference models), a second run that makes nothing new, and
// the credit to the index on what a maintainer approves.
import path from "node:path";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "../../db/prisma";
import { seedCatalogue } from "../../../prisma/seed/seed";
import { decideSubmission } from "../../submissions/service";
import { formatReport } from "../propose-model";
import { OSAI_ATTRIBUTION } from "./mapping";
import { importOsaiIndex, OSAI_IMPORTER } from "./import";

const FIXTURES = path.join(import.meta.dirname, "fixtures");
let prisma: PrismaClient;

beforeAll(async () => {
  prisma = createPrismaClient(inject("databaseUrl"), 2);
  await seedCatalogue(prisma);
}, 120_000);
afterAll(async () => {
  await prisma.$disconnect();
});

type Payload = { answers: Record<"use" | "data" | "architecture" | "modelcard" | "evaluation", { grade: string }>; organisations: unknown; licences: { weights: unknown[] }; comment: string };
const proposals = () => prisma.submission.findMany({ where: { submitterId: OSAI_IMPORTER.id }, orderBy: { createdAt: "asc" } });

describe("npm run import:osai", () => {
  it("in a dry run, says what it would do with each file and writes nothing", async () => {
    const report = await importOsaiIndex(prisma, FIXTURES, { dryRun: true });
    expect(report.outcomes.map((o) => [o.source, o.action, o.slug ?? null])).toEqual([
      ["Aurore.yaml", "new", null],
      ["Concord.yaml", "skipped", null],
      ["DeepSeek-R1.yaml", "skipped", "deepseek-r1"],
      ["Lumen.yaml", "new", null],
      ["Mistral-7B.yaml", "edit", "mistral-7b"],
      ["Prairie.yaml", "skipped", null],
    ]);
    expect(report.outcomes.find((o) => o.source === "Mistral-7B.yaml")?.changes).toEqual(["answers.architecture", "answers.modelcard"]);
    expect(report.outcomes.find((o) => o.source === "Concord.yaml")?.reason).toBe("Concord Collaboration: national origin “International” is not a European country under our rule");
    expect(report.outcomes.find((o) => o.source === "Prairie.yaml")?.reason).toContain("“United States” is not a European country");
    expect(report.problems.map((p) => p.file)).toEqual(["Broken.yaml"]);
    expect(formatReport("European Open Source AI Index → Libre Atlas", report)).toContain("(dry run: nothing written)");
    expect(await proposals()).toEqual([]);
  });

  it("proposes each European model as a pending submission credited to the index, and an edit listing each answer it grades otherwise", async () => {
    await importOsaiIndex(prisma, FIXTURES, { dryRun: false });
    const made = await proposals();
    expect(made.map((s) => [s.kind, (s.payload as { name: string }).name])).toEqual([
      ["new_model", "Aurore-7B-Instruct"],
      ["new_model", "Lumen-1B-Instruct"],
      ["edit_model", "Mistral 7B"],
    ]);
    const [aurore, lumen, mistral] = made.map((s) => s.payload as Payload) as [Payload, Payload, Payload];
    expect(aurore).toMatchObject({
      attribution: [OSAI_ATTRIBUTION],
      organisations: { existing: [], new: { name: "Institut Aurore", country: "FR", type: "research", sources: ["https://aurore.example.eu/", "https://huggingface.co/institut-aurore/Aurore-7B-Instruct"] } },
      licences: { weights: [{ mode: "existing", id: "Apache-2.0" }], code: [], data: [] },
      baseModel: { slug: null, name: "Aurore-7B", url: "https://huggingface.co/institut-aurore/Aurore-7B", relation: "fine_tune" },
      modelCardUrl: "https://huggingface.co/institut-aurore/Aurore-7B-Instruct",
      releaseYear: 2025,
    });
    expect(aurore.answers.data).toMatchObject({ grade: "partial", evidenceUrl: "https://huggingface.co/datasets/institut-aurore/pretraining-corpus" });
    expect(aurore.comment).toContain("European Open Source AI Index (CC-BY-4.0, https://osai-index.eu/), file Aurore.yaml");
    expect(lumen.organisations).toEqual({ existing: ["openllm-france"], new: null, pending: [] });
    expect(lumen.licences.weights).toEqual([{ mode: "existing", id: "CC-BY-NC-4.0" }]);
    expect(lumen.answers.use.grade).toBe("closed");
    expect(mistral.answers.architecture.grade).toBe("partial");
    expect(mistral.answers.modelcard.grade).toBe("open");
    expect(mistral.answers.evaluation).toMatchObject({ grade: "partial", note: "Benchmark results in the paper; no evaluation code." });
    expect(mistral.comment).toContain("architecture open → partial; modelcard partial → open");
  });

  it("makes nothing new when run again, even after the entry changed elsewhere", async () => {
    const before = await proposals();
    await prisma.model.update({ where: { slug: "mistral-7b" }, data: { description: "Changed by a maintainer since the last import, nothing to do with the index." } });
    const report = await importOsaiIndex(prisma, FIXTURES, { dryRun: false });
    expect(report.outcomes.filter((o) => o.action === "new" || o.action === "edit")).toEqual([]);
    expect(report.outcomes.filter((o) => o.action === "already-proposed").map((o) => o.source)).toEqual(["Aurore.yaml", "Lumen.yaml", "Mistral-7B.yaml"]);
    expect(await proposals()).toHaveLength(before.length);
  });

  it("credits the index on the entries a maintainer approves: a new one, and an edited one that keeps its earlier sources", async () => {
    const maintainer = await prisma.user.create({ data: { email: `${randomUUID()}@example.eu`, role: "maintainer" } });
    const actor = { id: maintainer.id, role: "maintainer" as const, email: maintainer.email, name: null };
    const [aurore, , mistral] = await proposals();
    const published = await decideSubmission(actor, { id: aurore!.id, revision: aurore!.revision, decision: "approve" });
    const entry = await prisma.model.findUniqueOrThrow({ where: { id: published.published!.entityId }, include: { organisations: { include: { organisation: true } } } });
    expect(entry.attribution).toEqual([OSAI_ATTRIBUTION]);
    expect(entry.organisations[0]!.organisation).toMatchObject({ name: "Institut Aurore", country: "FR" });

    const earlier = { source: "An earlier source", url: "https://example.org/source", licence: "CC0-1.0" };
    await prisma.model.update({ where: { slug: "mistral-7b" }, data: { attribution: [earlier] } });
    await decideSubmission(actor, { id: mistral!.id, revision: mistral!.revision, decision: "approve" });
    const edited = await prisma.model.findUniqueOrThrow({ where: { slug: "mistral-7b" }, include: { assessments: { include: { answers: true } } } });
    expect(edited.attribution).toEqual([earlier, OSAI_ATTRIBUTION]);
    expect(edited.assessments[0]!.answers.find((a) => a.criterion === "modelcard")?.enteredGrade ?? edited.assessments[0]!.answers.find((a) => a.criterion === "modelcard")?.grade).toBe("open");
  });
});
