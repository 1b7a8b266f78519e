// Loading the catalogue's files (data/) into a database, at every start and by `npm run db:seed`.
//
// - A new database gets every entry, in a handful of bulk statements: the models are assessed in
//   memory with the real scorer, bases first (lib/catalogue-data/assess.ts), and written with their
//   assessment, so a fresh start costs little more than reading the files.
// - On an existing database, entries new in the files are added the same way, and entries already
//   there are never overwritten: they may have been changed through moderation since. Where a file
//   says something else than the published entry, the difference becomes a proposed edit, a pending
//   submission from "the catalogue's files", for the maintainers to approve or reject; each distinct
//   change is proposed once (Submission.sourceHash), whatever they decide. What only the files carry
//   (scope, the sources of facts, attribution, what nobody could check) is not moderated: it follows
//   the files.
// - The licence table (lib/openness/licences.ts) is the reviewed knowledge base: its rows are
//   written as the code says.
import { randomUUID } from "node:crypto";
import type { Prisma } from "../db/generated/client";
import type { PrismaClient } from "../db/prisma";
import { licenceFacts } from "../catalogue/assessments";
import { modelAssessmentColumns } from "../catalogue/assessments";
import { LICENCES } from "../openness/licences";
import { METHODOLOGY_VERSION } from "../openness/criteria";
import { CRITERION_KEYS, type BaseModelFacts } from "../openness/types";
import { modelSnapshotsBySlug, organisationFacts } from "../submissions/snapshots";
import { comparable, hashOf as hash, proposeOnce } from "../submissions/proposals";
import { assessCatalogue } from "./assess";
import { checkCatalogue } from "./check";
import { DATA_DIR, readCatalogueFiles, type ModelEntry, type OrganisationEntry } from "./files";

/** The author of the edits the files propose: a user nobody signs in as. */
export const CATALOGUE_FILES_USER = { id: "catalogue-files", name: "The catalogue's files (data/)" } as const;

export type LoadReport = {
  licences: number;
  organisations: { added: number; proposed: number; unchanged: number };
  models: { added: number; proposed: number; unchanged: number };
};

export class CatalogueFilesError extends Error {}


/** The licence table as the code reviews it: new rows added, changed ones brought in line. */
async function writeLicences(prisma: PrismaClient): Promise<number> {
  const rows = await prisma.licence.findMany();
  const stored = new Map(rows.map((row) => [row.id, hash(comparable({ ...licenceFacts(row), note: row.note }))]));
  const data = LICENCES.map(({ note, ...licence }) => ({
    ...licence,
    note: note ?? null,
    userCap: licence.userCap ?? null,
    revenueCap: licence.revenueCap ?? null,
    revenueCapCurrency: licence.revenueCapCurrency ?? null,
  }));
  const missing = data.filter((licence) => !stored.has(licence.id));
  if (missing.length) await prisma.licence.createMany({ data: missing });
  const changed = data.filter((licence) => stored.has(licence.id) && stored.get(licence.id) !== hash(comparable(licence)));
  for (const { id, ...licence } of changed) await prisma.licence.update({ where: { id }, data: licence });
  return missing.length + changed.length;
}

function organisationRow(entry: OrganisationEntry, now: Date) {
  const { slug: _slug, ...payload } = entry.payload;
  return { id: randomUUID(), slug: entry.slug, ...organisationFacts(payload), scope: entry.scope, status: "published" as const, publishedAt: now };
}

/** Proposes an edit once per distinct content (any earlier decision on the same content stands). */
function propose(prisma: PrismaClient, kind: "edit_model" | "edit_organisation", target: { targetModelId?: string; targetOrganisationId?: string }, payload: Record<string, unknown>, file: string): Promise<boolean> {
  return proposeOnce(prisma, CATALOGUE_FILES_USER, {
    kind,
    target,
    payload,
    comment: `Proposed by the catalogue's files: ${file}. The file says this; the published entry says otherwise.`,
  });
}

async function loadOrganisations(prisma: PrismaClient, entries: readonly OrganisationEntry[], now: Date, report: LoadReport) {
  const existing = await prisma.organisation.findMany({ where: { slug: { in: entries.map((e) => e.slug) } } });
  const bySlug = new Map(existing.map((row) => [row.slug, row]));
  const fresh = entries.filter((entry) => !bySlug.has(entry.slug));
  if (fresh.length) await prisma.organisation.createMany({ data: fresh.map((entry) => organisationRow(entry, now)) });
  report.organisations.added = fresh.length;
  for (const entry of entries) {
    const row = bySlug.get(entry.slug);
    if (!row) continue;
    if (row.scope !== entry.scope) await prisma.organisation.update({ where: { id: row.id }, data: { scope: entry.scope } });
    const { slug: _slug, ...payload } = entry.payload;
    const file = organisationFacts(payload);
    if (hash(comparable(organisationFacts(row))) === hash(comparable(file))) {
      report.organisations.unchanged += 1;
      continue;
    }
    if (await propose(prisma, "edit_organisation", { targetOrganisationId: row.id }, file, entry.file)) report.organisations.proposed += 1;
    else report.organisations.unchanged += 1;
  }
}

/** What only the files carry, on the Model row. */
function fileFacts(entry: ModelEntry) {
  return {
    scope: entry.scope,
    factSources: entry.factSources as Prisma.InputJsonValue,
    attribution: entry.attribution as Prisma.InputJsonValue,
    unverified: entry.unverified,
  };
}

/** A payload's fields as Model columns (the same as an approval writes, lib/submissions/publish.ts). */
function modelColumns(entry: ModelEntry, ids: ReadonlyMap<string, string>) {
  const p = entry.payload;
  return {
    name: p.name,
    version: p.version,
    releaseYear: p.releaseYear,
    releaseDate: p.releaseDate ? new Date(`${p.releaseDate}T00:00:00Z`) : null,
    modality: p.modality,
    tasks: p.tasks,
    parameterCount: p.parameterBillions === null ? null : Math.round(p.parameterBillions * 1e9),
    activeParameterCount: p.activeParameterBillions === null ? null : Math.round(p.activeParameterBillions * 1e9),
    languages: p.languages,
    languageShareNote: p.languageShareNote,
    description: p.description,
    modelCardUrl: p.modelCardUrl,
    codeUrl: p.codeUrl,
    paperUrl: p.paperUrl,
    dataUrl: p.dataUrl,
    baseModelId: p.baseModel?.slug ? (ids.get(p.baseModel.slug) ?? null) : null,
    baseModelName: p.baseModel && !p.baseModel.slug ? p.baseModel.name : null,
    baseModelUrl: p.baseModel && !p.baseModel.slug ? p.baseModel.url : null,
    baseRelation: p.baseModel?.relation ?? null,
    dataExceptionReason: p.dataException?.reason ?? null,
    dataExceptionEvidenceUrl: p.dataException?.evidenceUrl ?? null,
    dataExceptionNote: p.dataException?.note ?? null,
    familySlug: p.family?.slug ?? null,
    familyName: p.family?.name ?? null,
  };
}

async function addModels(prisma: PrismaClient, fresh: readonly ModelEntry[], existingIds: ReadonlyMap<string, string>, now: Date) {
  if (fresh.length === 0) return;
  // bases already in the database pass on their stored facts; bases among the new ones, their computed ones
  const outsideBases = new Map<string, Omit<Extract<BaseModelFacts, { inCatalogue: true }>, "relation">>();
  const baseSlugs = [...new Set(fresh.flatMap((entry) => entry.payload.baseModel?.slug ?? []).filter((slug) => existingIds.has(slug)))];
  if (baseSlugs.length) {
    const bases = await prisma.model.findMany({
      where: { slug: { in: baseSlugs } },
      select: { slug: true, name: true, weightsLicenceIds: true, assessments: { where: { methodologyVersion: METHODOLOGY_VERSION }, select: { answers: { select: { criterion: true, grade: true } } } } },
    });
    const licenceRows = await prisma.licence.findMany({ where: { id: { in: [...new Set(bases.flatMap((b) => b.weightsLicenceIds))] } } });
    const licences = new Map(licenceRows.map((row) => [row.id, licenceFacts(row)]));
    for (const base of bases) {
      const grades = new Map((base.assessments[0]?.answers ?? []).map((answer) => [answer.criterion, answer.grade]));
      const grade = (key: string) => grades.get(key) ?? "unknown";
      outsideBases.set(base.slug, {
        inCatalogue: true,
        slug: base.slug,
        name: base.name,
        grades: { use: grade("use"), methods: grade("methods"), data: grade("data"), retrain: grade("retrain"), weights: grade("weights") },
        weightsLicences: base.weightsLicenceIds.flatMap((id) => licences.get(id) ?? []),
      });
    }
  }
  const table = (await prisma.licence.findMany()).map(licenceFacts);
  const assessed = assessCatalogue(fresh, table, outsideBases);
  const ids = new Map([...existingIds, ...fresh.map((entry) => [entry.slug, randomUUID()] as const)]);
  const organisations = new Map((await prisma.organisation.findMany({ where: { slug: { in: [...new Set(fresh.flatMap((e) => e.payload.organisations.existing))] } }, select: { id: true, slug: true } })).map((o) => [o.slug, o.id]));

  const assessments: Prisma.AssessmentCreateManyInput[] = [];
  const answers: Prisma.CriterionAnswerCreateManyInput[] = [];
  const models: Prisma.ModelCreateManyInput[] = fresh.map((entry) => {
    const { facts, assessment } = assessed.get(entry.slug)!;
    const id = ids.get(entry.slug)!;
    const assessmentId = randomUUID();
    assessments.push({ id: assessmentId, modelId: id, methodologyVersion: METHODOLOGY_VERSION, score: assessment.score, grade: assessment.grade, complete: assessment.complete });
    for (const criterion of CRITERION_KEYS) {
      const answer = assessment.answers[criterion];
      answers.push({
        assessmentId,
        criterion,
        grade: answer.grade,
        enteredGrade: answer.entered === answer.grade ? null : answer.entered,
        evidenceUrl: answer.evidenceUrl,
        note: answer.note,
      });
    }
    return { id, slug: entry.slug, ...modelColumns(entry, ids), ...fileFacts(entry), ...modelAssessmentColumns(assessment, facts), status: "published", publishedAt: now };
  });
  await prisma.$transaction(async (tx) => {
    await tx.model.createMany({ data: models });
    await tx.modelOrganisation.createMany({
      data: fresh.flatMap((entry) => entry.payload.organisations.existing.map((slug, position) => ({ modelId: ids.get(entry.slug)!, organisationId: organisations.get(slug)!, position }))),
    });
    await tx.modelLicence.createMany({
      data: fresh.flatMap((entry) =>
        (["weights", "code", "data"] as const).flatMap((component) =>
          entry.payload.licences[component].flatMap((choice, position) => (choice.mode === "existing" ? [{ modelId: ids.get(entry.slug)!, component, licenceId: choice.id, position }] : [])),
        ),
      ),
    });
    await tx.assessment.createMany({ data: assessments });
    await tx.criterionAnswer.createMany({ data: answers });
  }, { timeout: 120_000 });
}

/** Loads the files into the database: see the head of this file. Throws when a file fails `data:check`. */
export async function loadCatalogueFiles(prisma: PrismaClient, dir: string = DATA_DIR): Promise<LoadReport> {
  const files = readCatalogueFiles(dir);
  const { errors } = checkCatalogue(files);
  if (errors.length) {
    throw new CatalogueFilesError(`The catalogue's files have ${errors.length} error(s) (npm run data:check): ${errors.slice(0, 5).map((e) => `${e.file} ${e.path}: ${e.message}`).join("; ")}`);
  }
  const now = new Date();
  const report: LoadReport = { licences: 0, organisations: { added: 0, proposed: 0, unchanged: 0 }, models: { added: 0, proposed: 0, unchanged: 0 } };
  report.licences = await writeLicences(prisma);
  await loadOrganisations(prisma, files.organisations, now, report);

  const snapshots = await modelSnapshotsBySlug(prisma, files.models.map((entry) => entry.slug));
  const fresh = files.models.filter((entry) => !snapshots.has(entry.slug));
  await addModels(prisma, fresh, new Map([...snapshots].map(([slug, snapshot]) => [slug, snapshot.id])), now);
  report.models.added = fresh.length;

  const extras = new Map(
    (await prisma.model.findMany({ where: { slug: { in: [...snapshots.keys()] } }, select: { slug: true, scope: true, factSources: true, attribution: true, unverified: true } })).map(
      ({ slug, ...row }) => [slug, hash(comparable(row))],
    ),
  );
  for (const entry of files.models) {
    const snapshot = snapshots.get(entry.slug);
    if (!snapshot) continue;
    // written only when they differ: every write raises the catalogue version, which empties the page caches
    if (extras.get(entry.slug) !== hash(comparable(fileFacts(entry)))) await prisma.model.update({ where: { id: snapshot.id }, data: fileFacts(entry) });
    const { slug: _slug, grade: _grade, score: _score, id: _id, ...published } = snapshot;
    const { slug: _fileSlug, ...file } = entry.payload;
    if (hash(comparable(published)) === hash(comparable(file))) {
      report.models.unchanged += 1;
      continue;
    }
    if (await propose(prisma, "edit_model", { targetModelId: snapshot.id }, file, entry.file)) report.models.proposed += 1;
    else report.models.unchanged += 1;
  }
  return report;
}
