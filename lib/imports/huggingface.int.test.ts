// `import:hf` against a fake Hub and the seeded catalogue: new models as pending submissions, an
// entry the catalogue holds as an edit with only what differs, failures reported, and a second run
// that proposes nothing new.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "../db/prisma";
import { seedCatalogue } from "../../prisma/seed/seed";
import { FAKE_HUB_CASES, startFakeHub, type FakeHub } from "../testing/fake-hub/server";
import { clearHubCache } from "../huggingface/hub";
import { HUB_IMPORTER, importFromHub } from "./huggingface";
import { formatReport } from "./propose-model";

let prisma: PrismaClient;
let hub: FakeHub;

beforeAll(async () => {
  prisma = createPrismaClient(inject("databaseUrl"), 2);
  await seedCatalogue(prisma);
  hub = await startFakeHub();
});
afterAll(async () => {
  await hub.stop();
  await prisma.$disconnect();
});

const ARGS = ["OpenLLM-France/Lucie-Test-1B", "https://huggingface.co/mistralai/Mistral-7B-v0.1", "atlas-fixtures", FAKE_HUB_CASES.missing];
const proposals = () => prisma.submission.findMany({ where: { submitterId: HUB_IMPORTER.id }, orderBy: { createdAt: "asc" } });

describe("npm run import:hf", () => {
  it("in a dry run, says what it would propose and writes nothing", async () => {
    clearHubCache();
    const report = await importFromHub(prisma, ARGS, { dryRun: true, endpoint: hub.url });
    expect(report.outcomes.map((o) => [o.source, o.action])).toEqual([
      ["OpenLLM-France/Lucie-Test-1B", "new"],
      ["mistralai/Mistral-7B-v0.1", "edit"],
      ["atlas-fixtures/gated-9b", "skipped"],
      ["atlas-fixtures/mistral-7b-tuned", "skipped"],
      ["atlas-fixtures/two-licences-2b", "skipped"],
      [FAKE_HUB_CASES.missing, "skipped"],
    ]);
    expect(report.outcomes[2]!.reason).toBe("no organisation of the catalogue publishes under atlas-fixtures on the Hub: add it, or name it with --organisation <slug>");
    expect(report.outcomes[5]!.reason).toContain("Hugging Face has no public model");
    expect(formatReport("Hugging Face → Libre Atlas", report)).toContain("would be new model: pending submission");
    expect(await proposals()).toEqual([]);
  });

  it("proposes a new model with the Hub's facts and every criterion unknown, and an edit of a held entry with only what differs", async () => {
    const report = await importFromHub(prisma, ARGS, { dryRun: false, endpoint: hub.url });
    const edit = report.outcomes.find((o) => o.source === "mistralai/Mistral-7B-v0.1");
    expect(edit).toMatchObject({ action: "edit", slug: "mistral-7b", changes: ["parameterBillions"] });
    const [created, edited] = await proposals();
    expect(created).toMatchObject({ kind: "new_model", status: "pending", targetModelId: null });
    const payload = created!.payload as { answers: Record<string, { grade: string }>; comment: string };
    expect(payload).toMatchObject({ name: "Lucie-Test-1B", parameterBillions: 1.03, languages: ["fr", "en", "br"], organisations: { existing: ["linagora"] }, licences: { weights: [{ mode: "existing", id: "Apache-2.0" }] } });
    expect(Object.values(payload.answers).every((answer) => answer.grade === "unknown")).toBe(true);
    expect(payload.comment).toContain("Left to decide: ");
    expect(payload.comment).toContain("Give the release year");
    const mistral = await prisma.model.findUniqueOrThrow({ where: { slug: "mistral-7b" } });
    expect(edited).toMatchObject({ kind: "edit_model", status: "pending", targetModelId: mistral.id });
    expect((edited!.payload as { parameterBillions: number }).parameterBillions).toBe(7.242);
    expect((edited!.payload as { comment: string }).comment).toContain("parameterBillions");
  });

  it("proposes nothing new when run again, whatever the maintainers decided", async () => {
    const [first] = await proposals();
    await prisma.submission.update({ where: { id: first!.id }, data: { status: "rejected" } });
    clearHubCache();
    const report = await importFromHub(prisma, ARGS, { dryRun: false, endpoint: hub.url });
    expect(report.outcomes.filter((o) => o.action === "new" || o.action === "edit")).toEqual([]);
    expect(report.outcomes.filter((o) => o.action === "already-proposed").map((o) => o.source)).toEqual(["OpenLLM-France/Lucie-Test-1B", "mistralai/Mistral-7B-v0.1"]);
    expect(await proposals()).toHaveLength(2);
  });

  it("takes the organisation it is told for an owner the catalogue does not know; a base it holds is named by slug", async () => {
    const report = await importFromHub(prisma, ["atlas-fixtures/mistral-7b-tuned"], { dryRun: false, endpoint: hub.url, organisation: "mistral-ai" });
    expect(report.outcomes).toEqual([{ source: "atlas-fixtures/mistral-7b-tuned", name: "mistral-7b-tuned", action: "new" }]);
    const latest = (await proposals()).at(-1)!;
    expect(latest.payload).toMatchObject({ organisations: { existing: ["mistral-ai"] }, baseModel: { slug: "mistral-7b", relation: "fine_tune" } });
  });
});
