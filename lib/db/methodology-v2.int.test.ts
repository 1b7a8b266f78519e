// The version 2 migration on a database holding version 1 data: nothing lost, every licence carried
// over, open submissions readable, and version 1 assessments kept beside the new ones.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { applyMigrations } from "./migrations";
import { createPrismaClient } from "./prisma";
import { createEmbeddedDatabase, createServerDatabase, type TestDatabase } from "../testing/test-database";
import { rescoreModels } from "../catalogue/rescore";
import { draftSchemas } from "../validation/submissions";

const LAST_V1_MIGRATION = "20261127065548_catalogue_version";

const engines: [string, () => Promise<TestDatabase>][] = [["embedded PGlite", createEmbeddedDatabase]];
const serverUrl = inject("serverUrl");
if (serverUrl) engines.push(["PostgreSQL server", () => createServerDatabase(serverUrl)]);

const EVIDENCE = "https://example.org/evidence";

async function sql(url: string, statements: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statements);
  } finally {
    await client.end();
  }
}

describe.each(engines)("methodology version 2 on a version 1 database (%s)", (_name, create) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await create();
    await applyMigrations(database.url, { until: LAST_V1_MIGRATION });
    const answers = ["use", "weights", "methods", "data", "retrain"]
      .map((criterion) => `('a1', '${criterion}', '${criterion === "methods" || criterion === "data" ? "partial" : "open"}', NULL, '${EVIDENCE}', NULL, now())`)
      .join(",");
    await sql(
      database.url,
      `INSERT INTO "Licence" ("id","name","url","kind","osiApproved","openData","restrictsUse","nonCommercial","noDerivatives","shareAlike","attribution","reviewed","updatedAt")
         VALUES ('Apache-2.0','Apache License 2.0','https://www.apache.org/licenses/LICENSE-2.0','code',true,false,false,false,false,false,true,true,now()),
                ('CC-BY-NC-SA-4.0','CC BY-NC-SA 4.0','https://creativecommons.org/licenses/by-nc-sa/4.0/','data',false,false,false,true,false,true,true,true,now());
       INSERT INTO "Organisation" ("id","slug","name","type","country","updatedAt") VALUES ('o1','lab','Lab','research','FR',now());
       INSERT INTO "Model" ("id","slug","name","modality","weightsLicenceId","dataLicenceId","status","publishedAt","updatedAt")
         VALUES ('m1','v1-model','A version 1 model','text','Apache-2.0','CC-BY-NC-SA-4.0','published',now(),now());
       INSERT INTO "ModelOrganisation" ("modelId","organisationId","position") VALUES ('m1','o1',0);
       INSERT INTO "Assessment" ("id","modelId","methodologyVersion","score","grade","complete","updatedAt") VALUES ('a1','m1',1,70,'B',true,now());
       INSERT INTO "CriterionAnswer" ("assessmentId","criterion","grade","enteredGrade","evidenceUrl","note","updatedAt") VALUES ${answers};
       INSERT INTO "User" ("id","email","updatedAt") VALUES ('u1','ada@example.org',now());
       INSERT INTO "Submission" ("id","kind","payload","status","submitterId","updatedAt") VALUES
         ('s1','new_model','{"name":"Pending","licences":{"weights":{"mode":"existing","id":"Apache-2.0"},"code":{"mode":"none"},"data":{"mode":"existing","id":"CC-BY-NC-SA-4.0"}}}','pending','u1',now());`,
    );
    expect(await applyMigrations(database.url)).toEqual(expect.arrayContaining([expect.stringMatching(/methodology_v2$/)]));
  }, 120_000);
  afterAll(async () => {
    await database?.dispose();
  });

  it("carries every licence of version 1 over, as the first licence of its component", async () => {
    const prisma = createPrismaClient(database.url, 1);
    try {
      const links = await prisma.modelLicence.findMany({ where: { modelId: "m1" }, orderBy: { component: "asc" } });
      expect(links.map(({ component, licenceId, position }) => ({ component, licenceId, position }))).toEqual([
        { component: "weights", licenceId: "Apache-2.0", position: 0 },
        { component: "data", licenceId: "CC-BY-NC-SA-4.0", position: 0 },
      ]);
      const model = await prisma.model.findUniqueOrThrow({ where: { id: "m1" } });
      expect(model.weightsLicenceIds).toEqual(["Apache-2.0"]);
      expect(model.scope).toBe("europe");
    } finally {
      await prisma.$disconnect();
    }
  });

  it("turns an open submission's licences into lists its form and schema read", async () => {
    const prisma = createPrismaClient(database.url, 1);
    try {
      const submission = await prisma.submission.findUniqueOrThrow({ where: { id: "s1" } });
      expect((submission.payload as { licences: unknown }).licences).toEqual({
        weights: [{ mode: "existing", id: "Apache-2.0" }],
        code: [],
        data: [{ mode: "existing", id: "CC-BY-NC-SA-4.0" }],
      });
      // a payload saved elsewhere in the old shape (an entry version, a stored draft) still parses
      const old = draftSchemas.new_model.parse({ licences: { weights: { mode: "none" }, code: { mode: "existing", id: "MIT" }, data: { mode: "none" } } });
      expect(old.licences).toEqual({ weights: [], code: [{ mode: "existing", id: "MIT" }], data: [] });
    } finally {
      await prisma.$disconnect();
    }
  });

  it("re-scores under version 2 and keeps the version 1 assessment readable", async () => {
    const prisma = createPrismaClient(database.url, 1);
    try {
      expect(await rescoreModels(prisma)).toBe(1);
      const assessments = await prisma.assessment.findMany({ where: { modelId: "m1" }, orderBy: { methodologyVersion: "asc" }, include: { answers: true } });
      expect(assessments.map((a) => [a.methodologyVersion, a.grade])).toEqual([
        [1, "B"],
        // no code licence known: methods at most partial (already partial); NC data closes retrain; still B
        [2, "B"],
      ]);
      const v2 = assessments[1]!;
      expect(v2.answers.find((a) => a.criterion === "retrain")).toMatchObject({ grade: "closed", enteredGrade: "open" });
      expect(await rescoreModels(prisma)).toBe(0);
    } finally {
      await prisma.$disconnect();
    }
  });
});
