import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { CORE_SCHEMA, dump, load } from "js-yaml";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "../db/prisma";
import { applyMigrations } from "../db/migrations";
import { createEmbeddedDatabase, createServerDatabase, type TestDatabase } from "../testing/test-database";
import { enteredAnswers, storeAssessment } from "../catalogue/assessments";
import { LICENCES } from "../openness/licences";
import { CRITERION_KEYS } from "../openness/types";
import { assessCatalogue } from "./assess";
import { DATA_DIR, readCatalogueFiles } from "./files";
import { CATALOGUE_FILES_USER, loadCatalogueFiles } from "./load";

// Each engine gets a database of its own: the loader is checked on both, from an empty schema.
const engines: [string, () => Promise<TestDatabase>][] = [["embedded PGlite", createEmbeddedDatabase]];
const serverUrl = inject("serverUrl");
if (serverUrl) engines.push(["PostgreSQL server", () => createServerDatabase(serverUrl)]);

// read from the copy the tests load (data/ may change while they run)
let files: ReturnType<typeof readCatalogueFiles>;
let expected: ReturnType<typeof assessCatalogue>;

async function catalogueVersion(prisma: PrismaClient): Promise<bigint> {
  return (await prisma.catalogueVersion.findUniqueOrThrow({ where: { id: 1 } })).version;
}

describe.each(engines)("loading the catalogue's files on %s", (_name, create) => {
  let database: TestDatabase;
  let prisma: PrismaClient;
  let dir: string;
  beforeAll(async () => {
    database = await create();
    await applyMigrations(database.url);
    prisma = createPrismaClient(database.url, 2);
    // a copy of data/ that the tests may change
    dir = mkdtempSync(path.join(tmpdir(), "atlas-data-"));
    cpSync(DATA_DIR, dir, { recursive: true });
    files = readCatalogueFiles(dir);
    expected = assessCatalogue(files.models, LICENCES);
  }, 120_000);
  afterAll(async () => {
    await prisma?.$disconnect();
    await database?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it("writes every organisation and model of the files into a new database, with links, licences and one assessment each", async () => {
    const report = await loadCatalogueFiles(prisma, dir);
    expect(report.organisations.added).toBe(files.organisations.length);
    expect(report.models.added).toBe(files.models.length);
    expect(await prisma.model.count()).toBe(files.models.length);
    expect(await prisma.assessment.count()).toBe(files.models.length);
    expect(await prisma.criterionAnswer.count()).toBe(files.models.length * CRITERION_KEYS.length);
    expect(await prisma.modelOrganisation.count()).toBe(files.models.reduce((n, m) => n + m.payload.organisations.existing.length, 0));
    const licenceLinks = files.models.reduce((n, m) => n + m.payload.licences.weights.length + m.payload.licences.code.length + m.payload.licences.data.length, 0);
    expect(await prisma.modelLicence.count()).toBe(licenceLinks);
    const reference = files.models.filter((m) => m.scope === "reference").length;
    expect(await prisma.model.count({ where: { scope: "reference" } })).toBe(reference);
  }, 120_000);

  it("stores what the scorer gives, and what storing each model again one by one gives (the bulk path cannot drift)", async () => {
    const rows = await prisma.model.findMany({ include: { assessments: { include: { answers: true } } } });
    for (const row of rows) {
      const want = expected.get(row.slug)!.assessment;
      expect(row.grade, row.slug).toBe(want.grade);
      expect(row.score!).toBeCloseTo(want.score, 10);
      expect(row.g7Label, row.slug).toBe(want.g7.label);
    }
    // storeAssessment reads the facts back from the database: bases, inherited licences, data exception
    for (const row of rows.filter((r) => r.baseModelId || r.slug === "lucie-7b")) {
      const before = { grade: row.grade, score: row.score, weightsLicenceIds: [...row.weightsLicenceIds].sort(), g7: row.g7Label };
      await prisma.$transaction((tx) => storeAssessment(tx, row, enteredAnswers(row.assessments[0]!.answers)));
      const after = await prisma.model.findUniqueOrThrow({ where: { id: row.id } });
      expect({ grade: after.grade, score: after.score, weightsLicenceIds: [...after.weightsLicenceIds].sort(), g7: after.g7Label }, row.slug).toEqual(before);
    }
  }, 120_000);

  it("changes nothing when loaded again: not a row, not the catalogue version", async () => {
    const version = await catalogueVersion(prisma);
    const report = await loadCatalogueFiles(prisma, dir);
    expect(report.models).toEqual({ added: 0, proposed: 0, unchanged: files.models.length });
    expect(report.organisations).toEqual({ added: 0, proposed: 0, unchanged: files.organisations.length });
    expect(await catalogueVersion(prisma)).toBe(version);
  }, 60_000);

  it("never overwrites a published entry: a file that differs proposes an edit, once; a new file is added", async () => {
    const published = await prisma.model.findUniqueOrThrow({ where: { slug: "mistral-7b" }, select: { id: true, description: true } });
    const file = path.join(dir, "models", "mistral-7b.yaml");
    const original = load(readFileSync(file, "utf8"), { schema: CORE_SCHEMA }) as Record<string, unknown>;
    writeFileSync(file, dump({ ...original, description: "Changed in the file." }, { schema: CORE_SCHEMA }));
    writeFileSync(
      path.join(dir, "models", "mistral-7b-copy-for-test.yaml"),
      dump({ ...original, name: "A model new in the files", modelCardUrl: "https://example.org/new-model", family: null }, { schema: CORE_SCHEMA }),
    );

    const report = await loadCatalogueFiles(prisma, dir);
    expect(report.models.added).toBe(1);
    expect(report.models.proposed).toBe(1);
    const after = await prisma.model.findUniqueOrThrow({ where: { id: published.id }, select: { description: true } });
    expect(after.description).toBe(published.description);
    const proposals = await prisma.submission.findMany({ where: { targetModelId: published.id, submitterId: CATALOGUE_FILES_USER.id } });
    expect(proposals).toHaveLength(1);
    expect(proposals[0]).toMatchObject({ kind: "edit_model", status: "pending" });
    expect((proposals[0]!.payload as { description: string }).description).toBe("Changed in the file.");

    // the same difference is proposed once, whatever the maintainers decide
    await prisma.submission.update({ where: { id: proposals[0]!.id }, data: { status: "rejected" } });
    const again = await loadCatalogueFiles(prisma, dir);
    expect(again.models.proposed).toBe(0);
    expect(await prisma.submission.count({ where: { targetModelId: published.id } })).toBe(1);
    expect(await prisma.model.count({ where: { name: "A model new in the files" } })).toBe(1);
  }, 120_000);

  it("refuses files that fail the checks, and writes nothing", async () => {
    const broken = mkdtempSync(path.join(tmpdir(), "atlas-data-broken-"));
    cpSync(dir, broken, { recursive: true });
    writeFileSync(path.join(broken, "models", "broken-entry.yaml"), "name: Broken\nmodality: text\nlicences:\n  weights: [Not-A-Licence]\n");
    const count = await prisma.model.count();
    await expect(loadCatalogueFiles(prisma, broken)).rejects.toThrow(/broken-entry\.yaml/);
    expect(await prisma.model.count()).toBe(count);
    rmSync(broken, { recursive: true, force: true });
  }, 60_000);
});
