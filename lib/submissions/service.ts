import "server-only";
import { routing, isLocale } from "../i18n/routing";
import { catalogueChanged } from "../catalogue/changes";
// The submission workflow, one function per mutation, shared by the server actions and the API.
// Every function takes the actor (null when nobody is signed in) and checks it first; queries are
// scoped by the actor's id, so a submission that is not yours is simply not found.
import { z } from "zod";
import type { Prisma } from "../db/generated/client";
import { db } from "../db/client";
import type { PrismaClient } from "../db/prisma";
import { AppError, notFound } from "../errors";
import { actorId, type Actor } from "../auth/roles";
import { requireRole, requireUser } from "../auth/session";
import { enforceRateLimits, LIMITS } from "../security/rate-limit";
import { fieldErrors } from "../validation/fields";
import {
  createSubmissionRequest,
  decideSubmissionRequest,
  draftSchemas,
  submissionSchemas,
  updateSubmissionRequest,
  withdrawSubmissionRequest,
  isModelKind,
  type Decision,
  type SubmissionKind,
} from "../validation/submissions";
import { databaseProblems, knownLicences } from "./checks";
import { assessProposedModel, type ProposedModel } from "./assessment";
import { resolveLicenceIdentities, type LicenceIdentityMatch } from "./licence-identity";
import { publishSubmission, type Published } from "./publish";
import { notifyDecision } from "./notify";

export type RequestContext = { ip: string; locale: string };

const EDITABLE = ["draft", "pending", "changes_requested"] as const;
const TX_OPTIONS = { timeout: 30_000, maxWait: 10_000 } as const;

function parse<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const result = schema.safeParse(input);
  if (!result.success) throw new AppError("VALIDATION", "Some fields need attention.", { fields: fieldErrors(result.error) });
  return result.data;
}

/**
 * Validates a payload for its kind: whole for review, field by field for a draft; licences
 * proposed as new that are known ones become the known ones (version 2, rule 4); then the
 * database's checks.
 */
async function validPayload(kind: SubmissionKind, payload: unknown, draft: boolean, targetId: string | null, submitterId: string) {
  let parsed = parse(draft ? draftSchemas[kind] : submissionSchemas[kind], payload) as Record<string, unknown>;
  let licenceMatches: LicenceIdentityMatch[] = [];
  if (isModelKind(kind)) ({ payload: parsed, matches: licenceMatches } = resolveLicenceIdentities(parsed, await knownLicences(db())));
  if (!draft) {
    const problems = await databaseProblems(db(), kind, parsed, targetId, submitterId);
    if (Object.keys(problems).length) throw new AppError("VALIDATION", "Some fields need attention.", { fields: problems });
  }
  return { payload: parsed as Prisma.InputJsonValue, licenceMatches };
}

/** The grade a model submission would get, with its reasons; null for an organisation. */
export async function submissionAssessment(kind: SubmissionKind, payload: unknown) {
  return isModelKind(kind) ? assessProposedModel(db(), payload as ProposedModel) : null;
}

function refuseBots(website: string | undefined) {
  if (website) throw new AppError("VALIDATION", "This form was not filled in by a person.", { reason: "honeypot" });
}

async function limitSubmissions(actor: Actor, context: RequestContext) {
  await enforceRateLimits(db(), [
    { key: `submission:user:${actorId(actor)}`, ...LIMITS.submissionsPerUser },
    { key: `submission:ip:${context.ip}`, ...LIMITS.submissionsPerIp },
  ]);
}

/** The published entry an edit is for, by slug; NOT_FOUND when there is none. */
async function editTarget(kind: SubmissionKind, target: string | undefined) {
  if (kind === "edit_model") {
    const model = target ? await db().model.findFirst({ where: { slug: target, status: "published" }, select: { id: true } }) : null;
    if (!model) throw notFound();
    return { targetModelId: model.id, targetOrganisationId: null };
  }
  if (kind === "edit_organisation") {
    const org = target ? await db().organisation.findFirst({ where: { slug: target, status: "published" }, select: { id: true } }) : null;
    if (!org) throw notFound();
    return { targetModelId: null, targetOrganisationId: org.id };
  }
  return { targetModelId: null, targetOrganisationId: null };
}

export async function createSubmission(actor: Actor | null, input: unknown, context: RequestContext) {
  const user = requireUser(actor);
  const request = parse(createSubmissionRequest, input);
  refuseBots(request.website);
  await limitSubmissions(user, context);
  const targets = await editTarget(request.kind, request.target);
  const { payload, licenceMatches } = await validPayload(request.kind, request.payload, request.draft, targets.targetModelId ?? targets.targetOrganisationId, actorId(user));
  const submission = await db().submission.create({
    data: {
      kind: request.kind,
      payload,
      status: request.draft ? "draft" : "pending",
      submittedAt: request.draft ? null : new Date(),
      submitterId: actorId(user),
      locale: isLocale(context.locale) ? context.locale : routing.defaultLocale,
      ...targets,
    },
    select: { id: true, status: true, revision: true },
  });
  return { ...submission, licenceMatches, assessment: await submissionAssessment(request.kind, payload) };
}

/** Explains why an update matched nothing: not yours (404), or no longer editable / changed (409). */
async function explainMiss(client: Pick<PrismaClient, "submission">, submitterId: string | null, id: string, revision: number) {
  const current = await client.submission.findFirst({
    where: submitterId ? { id, submitterId } : { id },
    select: { status: true, revision: true, reviewer: { select: { name: true, email: true } } },
  });
  if (!current) return notFound();
  if (current.revision !== revision && (EDITABLE as readonly string[]).includes(current.status)) {
    return new AppError("CONFLICT", "The submission changed since you opened it.", { reason: "changedSinceOpened" });
  }
  return new AppError("CONFLICT", "The submission was already decided.", { reason: "alreadyDecided", status: current.status });
}

export async function updateSubmission(actor: Actor | null, input: unknown, context: RequestContext) {
  const user = requireUser(actor);
  const request = parse(updateSubmissionRequest, input);
  refuseBots(request.website);
  const submitterId = actorId(user);
  const existing = await db().submission.findFirst({
    where: { id: request.id, submitterId },
    select: { kind: true, status: true, targetModelId: true, targetOrganisationId: true },
  });
  if (!existing) throw notFound();
  await limitSubmissions(user, context);
  // a draft can stay a draft; once sent for review, saving sends it again
  const draft = request.draft && existing.status === "draft";
  const { payload, licenceMatches } = await validPayload(existing.kind, request.payload, draft, existing.targetModelId ?? existing.targetOrganisationId, submitterId);
  const updated = await db().submission.updateMany({
    where: { id: request.id, submitterId, revision: request.revision, status: { in: [...EDITABLE] } },
    data: {
      payload,
      status: draft ? "draft" : "pending",
      ...(draft ? {} : { submittedAt: new Date() }),
      revision: { increment: 1 },
    },
  });
  if (updated.count === 0) throw await explainMiss(db(), submitterId, request.id, request.revision);
  return { id: request.id, status: draft ? "draft" : "pending", revision: request.revision + 1, licenceMatches, assessment: await submissionAssessment(existing.kind, payload) };
}

export async function withdrawSubmission(actor: Actor | null, input: unknown) {
  const user = requireUser(actor);
  const request = parse(withdrawSubmissionRequest, input);
  const submitterId = actorId(user);
  return db().$transaction(async (tx) => {
    const updated = await tx.submission.updateMany({
      where: { id: request.id, submitterId, revision: request.revision, status: { in: [...EDITABLE] } },
      data: { status: "withdrawn", revision: { increment: 1 } },
    });
    if (updated.count === 0) throw await explainMiss(tx, submitterId, request.id, request.revision);
    await tx.auditLog.create({ data: { actorId: submitterId, action: "submission.withdraw", entityType: "submission", entityId: request.id } });
    return { id: request.id, status: "withdrawn" as const };
  }, TX_OPTIONS);
}

const DECISION_STATUS = { approve: "approved", request_changes: "changes_requested", reject: "rejected" } as const satisfies Record<Decision, string>;

/**
 * A maintainer's decision. The submission is claimed with one conditional UPDATE (still pending,
 * still the revision the maintainer saw): of two maintainers deciding at once, exactly one claims
 * it; the other gets CONFLICT and nothing of theirs is applied. Approval publishes in the same
 * transaction, so a failure to publish undoes the decision too.
 */
export async function decideSubmission(actor: Actor | null, input: unknown): Promise<{ id: string; status: string; published: Published | null }> {
  const reviewer = requireRole(actor, "maintainer");
  const request = parse(decideSubmissionRequest, input);
  const reviewerId = actorId(reviewer);
  const submission = await db().submission.findUnique({ where: { id: request.id }, select: { submitterId: true } });
  if (!submission) throw notFound();
  // every decision, not only approval: rejecting or sending back one's own submission is a review too
  if (submission.submitterId === reviewerId) {
    throw new AppError("FORBIDDEN", "You cannot decide on your own submission.", { reason: "ownSubmission" });
  }
  const status = DECISION_STATUS[request.decision];
  let published: Published | null = null;
  await db().$transaction(async (tx) => {
      const claimed = await tx.submission.updateMany({
        where: { id: request.id, status: "pending", revision: request.revision },
        data: { status, reviewerId, decisionNote: request.note, decidedAt: new Date(), revision: { increment: 1 } },
      });
      if (claimed.count === 0) throw await explainMiss(tx, null, request.id, request.revision);
      const row = await tx.submission.findUniqueOrThrow({
        where: { id: request.id },
        select: { id: true, kind: true, payload: true, submitterId: true, targetModelId: true, targetOrganisationId: true },
      });
      if (request.decision === "approve") {
        published = await publishSubmission(tx, row, reviewerId);
        await tx.submission.update({
          where: { id: row.id },
          data: published.entityType === "model" ? { targetModelId: published.entityId } : { targetOrganisationId: published.entityId },
        });
      }
      await tx.auditLog.create({
        data: {
          actorId: reviewerId,
          action: `submission.${request.decision}`,
          entityType: "submission",
          entityId: row.id,
          reason: request.note,
          details: { kind: row.kind, revision: request.revision, ...(published ? { published: { ...(published as Published) } } : {}) },
        },
      });
  }, TX_OPTIONS);
  // this process's cached pages and badges let go now, the other processes' within a second
  if (published) await catalogueChanged();
  await notifyDecision(request.id);
  // an organisation approved with the model is a decision on its own submission too
  for (const carried of (published as Published | null)?.carried ?? []) await notifyDecision(carried);
  return { id: request.id, status, published };
}
