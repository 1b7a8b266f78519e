// Publishing an approved submission, inside the decision's transaction: the entity, its links and
// licences, the assessment under the current methodology (storeAssessment, as the seed does), a
// new entry version, and the audit entry. Anything that fails rolls the whole decision back.
import type { Prisma } from "../db/generated/client";
import type { PrismaClient } from "../db/prisma";
import { storeAssessment } from "../catalogue/assessments";
import { CRITERION_KEYS } from "../openness/types";
import { AppError } from "../errors";
import { isUniqueViolation } from "../db/errors";
import {
  LICENCE_COMPONENTS,
  type Attribution,
  type LicenceChoice,
  type ModelPayload,
  type OrganisationPayload,
  type SubmissionKind,
} from "../validation/submissions";
import { databaseProblems, knownLicences, slugFor } from "./checks";
import { resolveLicenceIdentities } from "./licence-identity";
import { modelSnapshot, organisationFacts, organisationSnapshot } from "./snapshots";

type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

/** What an approval published; `carried`: the submitter's organisation submissions approved with it. */
export type Published = { entityType: "model" | "organisation"; entityId: string; slug: string; name: string; carried?: string[] };

type ApprovedSubmission = {
  id: string;
  kind: SubmissionKind;
  payload: unknown;
  submitterId: string;
  targetModelId: string | null;
  targetOrganisationId: string | null;
};

async function createOrganisation(tx: Tx, org: OrganisationPayload, now: Date) {
  return tx.organisation.create({
    data: { slug: slugFor(org), ...organisationFacts(org), status: "published", publishedAt: now },
    select: { id: true, slug: true, name: true },
  });
}

/**
 * The licence ids of a component, creating the licences proposed as new that are not known. A
 * contributor's licence is used at once and flagged for a maintainer's review of its facts; until
 * then it cannot open anything (version 2, rule 4). One new licence named on two components is
 * created once.
 */
async function licenceIds(tx: Tx, choices: readonly LicenceChoice[], created: Map<string, string>): Promise<string[]> {
  const ids: string[] = [];
  for (const choice of choices) {
    if (choice.mode === "existing") {
      ids.push(choice.id);
      continue;
    }
    const { licence } = choice;
    const key = licence.id.toLowerCase();
    let id = created.get(key);
    if (!id) {
      const row = await tx.licence.create({ data: { ...licence, note: licence.note, sourceUrl: licence.url, reviewed: false }, select: { id: true } });
      id = row.id;
      created.set(key, id);
    }
    ids.push(id);
  }
  return [...new Set(ids)];
}

/** The entry's sources with the submission's added: a source once credited stays credited (CC-BY). */
async function attributionWith(tx: Tx, modelId: string | null, added: readonly Attribution[]): Promise<Prisma.InputJsonValue> {
  const row = modelId ? await tx.model.findUnique({ where: { id: modelId }, select: { attribution: true } }) : null;
  const current = Array.isArray(row?.attribution) ? (row.attribution as Attribution[]) : [];
  const key = (a: Attribution) => `${a.source}\n${a.url}\n${a.licence}`;
  const seen = new Set(current.map(key));
  return [...current, ...added.filter((a) => !seen.has(key(a)))];
}

/** Appends a version of the entry; an entry from before versions existed first gets its baseline. */
async function recordVersion(
  tx: Tx,
  entityType: "model" | "organisation",
  entityId: string,
  snapshot: unknown,
  submission: { id: string; reviewerId: string },
  baseline: unknown | null,
) {
  const last = await tx.entryVersion.findFirst({ where: { entityType, entityId }, orderBy: { version: "desc" }, select: { version: true } });
  let version = last?.version ?? 0;
  if (version === 0 && baseline) {
    version = 1;
    await tx.entryVersion.create({ data: { entityType, entityId, version, snapshot: baseline as Prisma.InputJsonValue } });
  }
  await tx.entryVersion.create({
    data: { entityType, entityId, version: version + 1, snapshot: snapshot as Prisma.InputJsonValue, submissionId: submission.id, createdById: submission.reviewerId },
  });
  return version + 1;
}

async function audit(tx: Tx, actorId: string, action: string, entityType: string, entityId: string, details: Record<string, unknown>) {
  await tx.auditLog.create({ data: { actorId, action, entityType, entityId, details: details as Prisma.InputJsonValue } });
}

async function publishOrganisation(tx: Tx, sub: ApprovedSubmission, reviewerId: string, now: Date): Promise<Published> {
  const payload = sub.payload as OrganisationPayload;
  const ref = { id: sub.id, reviewerId };
  if (sub.kind === "new_organisation") {
    const org = await createOrganisation(tx, payload, now);
    const version = await recordVersion(tx, "organisation", org.id, await organisationSnapshot(tx, org.id), ref, null);
    await audit(tx, reviewerId, "organisation.publish", "organisation", org.id, { submissionId: sub.id, version });
    return { entityType: "organisation", entityId: org.id, slug: org.slug, name: org.name };
  }
  const id = sub.targetOrganisationId!;
  const before = await organisationSnapshot(tx, id);
  const org = await tx.organisation.update({ where: { id }, data: organisationFacts(payload), select: { id: true, slug: true, name: true } });
  const version = await recordVersion(tx, "organisation", id, await organisationSnapshot(tx, id), ref, before);
  await audit(tx, reviewerId, "organisation.update", "organisation", id, { submissionId: sub.id, version });
  return { entityType: "organisation", entityId: org.id, slug: org.slug, name: org.name };
}

const stale = (reason: string, key: string) =>
  new AppError("CONFLICT", "The submission no longer fits the catalogue.", { reason: "staleSubmission", fields: { "organisations.pending": { key, values: { reason } } } });

/**
 * An organisation the submitter proposed in its own submission and named for their model. Still
 * pending, it is published now from that submission, which is approved with the model (one
 * organisation, with the facts its submission gave; never a second copy); already approved, the
 * organisation it published is used. Sent back for changes, rejected or withdrawn, the model waits.
 */
async function carriedOrganisation(tx: Tx, id: string, sub: ApprovedSubmission, reviewerId: string, now: Date): Promise<{ organisationId: string; approved: boolean }> {
  const org = await tx.submission.findFirst({
    where: { id, submitterId: sub.submitterId, kind: "new_organisation" },
    select: { id: true, kind: true, payload: true, submitterId: true, status: true, revision: true, targetModelId: true, targetOrganisationId: true },
  });
  if (org?.status === "approved" && org.targetOrganisationId) return { organisationId: org.targetOrganisationId, approved: false };
  if (!org || org.status !== "pending") throw stale(org?.status ?? "missing", "pendingOrganisationNotPending");
  const problems = await databaseProblems(tx, "new_organisation", org.payload, null);
  if (Object.keys(problems).length) throw new AppError("CONFLICT", "The organisation submitted with this model no longer fits the catalogue.", { reason: "staleSubmission", fields: problems });
  const published = await publishOrganisation(tx, org, reviewerId, now);
  const claimed = await tx.submission.updateMany({
    where: { id, status: "pending", revision: org.revision },
    data: { status: "approved", reviewerId, decidedAt: now, targetOrganisationId: published.entityId, revision: { increment: 1 } },
  });
  if (claimed.count === 0) throw new AppError("CONFLICT", "The organisation's submission changed meanwhile.", { reason: "changedSinceOpened" });
  await audit(tx, reviewerId, "submission.approve", "submission", id, { kind: org.kind, revision: org.revision, withSubmission: sub.id, published: { ...published } });
  return { organisationId: published.entityId, approved: true };
}

async function publishModel(tx: Tx, sub: ApprovedSubmission, reviewerId: string, now: Date): Promise<Published> {
  const payload = sub.payload as ModelPayload;
  const ref = { id: sub.id, reviewerId };
  const organisationIds: string[] = [];
  const carried: string[] = [];
  if (payload.organisations.new) {
    const org = await createOrganisation(tx, payload.organisations.new, now);
    await recordVersion(tx, "organisation", org.id, await organisationSnapshot(tx, org.id), ref, null);
    await audit(tx, reviewerId, "organisation.publish", "organisation", org.id, { submissionId: sub.id, version: 1 });
    organisationIds.push(org.id);
  }
  for (const id of payload.organisations.pending ?? []) {
    const { organisationId, approved } = await carriedOrganisation(tx, id, sub, reviewerId, now);
    organisationIds.push(organisationId);
    if (approved) carried.push(id);
  }
  const existing = await tx.organisation.findMany({ where: { slug: { in: payload.organisations.existing }, status: "published" }, select: { id: true, slug: true } });
  for (const slug of payload.organisations.existing) {
    const org = existing.find((o) => o.slug === slug);
    if (!org) throw new AppError("CONFLICT", `Organisation ${slug} is no longer published.`, { reason: "organisationUnknown" });
    organisationIds.push(org.id);
  }

  const resolved = resolveLicenceIdentities(payload, await knownLicences(tx)).payload;
  const created = new Map<string, string>();
  const licences = await Promise.all(LICENCE_COMPONENTS.map(async (component) => [component, await licenceIds(tx, resolved.licences[component], created)] as const));
  const base = payload.baseModel;
  const baseRow = base?.slug ? await tx.model.findFirst({ where: { slug: base.slug, status: "published" }, select: { id: true } }) : null;
  if (base?.slug && !baseRow) throw new AppError("CONFLICT", `Base model ${base.slug} is no longer published.`, { reason: "staleSubmission" });
  const data = {
    name: payload.name,
    version: payload.version,
    releaseYear: payload.releaseYear,
    releaseDate: payload.releaseDate ? new Date(`${payload.releaseDate}T00:00:00Z`) : null,
    modality: payload.modality,
    tasks: payload.tasks,
    parameterCount: payload.parameterBillions === null ? null : Math.round(payload.parameterBillions * 1e9),
    activeParameterCount: payload.activeParameterBillions === null ? null : Math.round(payload.activeParameterBillions * 1e9),
    languages: payload.languages,
    languageShareNote: payload.languageShareNote,
    description: payload.description,
    modelCardUrl: payload.modelCardUrl,
    codeUrl: payload.codeUrl,
    paperUrl: payload.paperUrl,
    dataUrl: payload.dataUrl,
    baseModelId: baseRow?.id ?? null,
    baseModelName: base && !base.slug ? base.name : null,
    baseModelUrl: base && !base.slug ? base.url : null,
    baseRelation: base?.relation ?? null,
    dataExceptionReason: payload.dataException?.reason ?? null,
    dataExceptionEvidenceUrl: payload.dataException?.evidenceUrl ?? null,
    dataExceptionNote: payload.dataException?.note ?? null,
    familySlug: payload.family?.slug ?? null,
    familyName: payload.family?.name ?? null,
  };

  const isNew = sub.kind === "new_model";
  const before = isNew ? null : await modelSnapshot(tx, sub.targetModelId!);
  const attribution = payload.attribution?.length ? { attribution: await attributionWith(tx, isNew ? null : sub.targetModelId!, payload.attribution) } : {};
  const model = isNew
    ? await tx.model.create({ data: { slug: slugFor(payload), ...data, ...attribution, status: "published", publishedAt: now } })
    : await tx.model.update({ where: { id: sub.targetModelId! }, data: { ...data, ...attribution } });
  await tx.modelOrganisation.deleteMany({ where: { modelId: model.id } });
  await tx.modelOrganisation.createMany({ data: organisationIds.map((organisationId, position) => ({ modelId: model.id, organisationId, position })) });
  await tx.modelLicence.deleteMany({ where: { modelId: model.id } });
  await tx.modelLicence.createMany({
    data: licences.flatMap(([component, ids]) => ids.map((licenceId, position) => ({ modelId: model.id, component, licenceId, position }))),
  });
  const result = await storeAssessment(
    tx,
    model,
    CRITERION_KEYS.map((criterion) => ({ criterion, ...payload.answers[criterion] })),
    sub.submitterId,
  );
  const version = await recordVersion(tx, "model", model.id, await modelSnapshot(tx, model.id), ref, before);
  await audit(tx, reviewerId, isNew ? "model.publish" : "model.update", "model", model.id, {
    submissionId: sub.id,
    version,
    grade: result.grade,
    score: result.score,
    gradeBefore: before?.grade ?? null,
  });
  return { entityType: "model", entityId: model.id, slug: model.slug, name: model.name, ...(carried.length ? { carried } : {}) };
}

export async function publishSubmission(tx: Tx, sub: ApprovedSubmission, reviewerId: string): Promise<Published> {
  // what was true when it was submitted may have changed: check again, inside the transaction
  const target = sub.targetModelId ?? sub.targetOrganisationId;
  const problems = await databaseProblems(tx, sub.kind, sub.payload, target, sub.submitterId);
  if (Object.keys(problems).length) {
    throw new AppError("CONFLICT", "The submission no longer fits the catalogue.", { reason: "staleSubmission", fields: problems });
  }
  const now = new Date();
  try {
    return sub.kind === "new_organisation" || sub.kind === "edit_organisation"
      ? await publishOrganisation(tx, sub, reviewerId, now)
      : await publishModel(tx, sub, reviewerId, now);
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError("ALREADY_EXISTS", "An entry with the same identifier was published meanwhile.", { reason: "staleSubmission" });
    }
    throw error;
  }
}
