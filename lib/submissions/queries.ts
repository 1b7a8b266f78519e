import "server-only";
// Reading submissions, always through the actor: a contributor's own, or the review queue for
// maintainers. A submission that is not the actor's is not found (404), never shown.
import { db } from "../db/client";
import { notFound } from "../errors";
import { actorId, type Actor } from "../auth/roles";
import { requireRole, requireUser } from "../auth/session";
import type { SubmissionKind } from "../validation/submissions";
import { SUBMISSION_KINDS } from "../validation/submissions";
import { modelSnapshot, organisationSnapshot } from "./snapshots";

const listSelect = {
  id: true,
  kind: true,
  status: true,
  payload: true,
  revision: true,
  decisionNote: true,
  createdAt: true,
  submittedAt: true,
  decidedAt: true,
  updatedAt: true,
  targetModel: { select: { slug: true, name: true, status: true } },
  targetOrganisation: { select: { slug: true, name: true, status: true } },
} as const;

/** The name a submission shows under: the entry's name as submitted. */
export function submissionTitle(payload: unknown): string {
  const name = (payload as { name?: unknown } | null)?.name;
  return typeof name === "string" && name ? name : "—";
}

export async function mySubmissions(actor: Actor | null) {
  const submitterId = actorId(requireUser(actor));
  return db().submission.findMany({ where: { submitterId }, orderBy: { createdAt: "desc" }, take: 200, select: listSelect });
}

/** An id from a URL or a request: anything but a non-empty string finds nothing (never "no filter"). */
function requiredId(id: unknown): string {
  if (typeof id !== "string" || id.length === 0 || id.length > 40) throw notFound();
  return id;
}

export async function mySubmission(actor: Actor | null, submissionId: string) {
  const submitterId = actorId(requireUser(actor));
  const id = requiredId(submissionId);
  const submission = await db().submission.findFirst({ where: { id, submitterId }, select: { ...listSelect, targetModelId: true, targetOrganisationId: true } });
  if (!submission) throw notFound();
  return submission;
}

export function isSubmissionKind(value: unknown): value is SubmissionKind {
  return typeof value === "string" && (SUBMISSION_KINDS as readonly string[]).includes(value);
}

/** Pending submissions, oldest first. */
export async function reviewQueue(actor: Actor | null, kind?: SubmissionKind) {
  requireRole(actor, "maintainer");
  return db().submission.findMany({
    where: { status: "pending", ...(kind ? { kind } : {}) },
    orderBy: [{ submittedAt: "asc" }, { createdAt: "asc" }],
    take: 200,
    select: { ...listSelect, submitter: { select: { email: true, name: true } } },
  });
}

/** One submission with what it would change: the current published entry, when it edits one. */
export async function submissionForReview(actor: Actor | null, submissionId: string) {
  requireRole(actor, "maintainer");
  const id = requiredId(submissionId);
  const submission = await db().submission.findUnique({
    where: { id },
    select: {
      ...listSelect,
      submitterId: true,
      targetModelId: true,
      targetOrganisationId: true,
      targetModel: { select: { slug: true, status: true } },
      targetOrganisation: { select: { slug: true, status: true } },
      submitter: { select: { email: true, name: true } },
      reviewer: { select: { email: true, name: true } },
    },
  });
  if (!submission || submission.status === "draft") throw notFound();
  const current =
    submission.kind === "edit_model" && submission.targetModelId
      ? await modelSnapshot(db(), submission.targetModelId)
      : submission.kind === "edit_organisation" && submission.targetOrganisationId
        ? await organisationSnapshot(db(), submission.targetOrganisationId)
        : null;
  return { submission, current, pendingOrganisations: await pendingOrganisationsOf(submission.payload, submission.submitterId) };
}

/**
 * The submitter's own organisation submissions a model names, with their names and states: a
 * reviewer sees which organisations approving the model publishes (those still pending).
 */
export async function pendingOrganisationsOf(payload: unknown, submitterId: string) {
  const ids = (payload as { organisations?: { pending?: unknown } } | null)?.organisations?.pending;
  if (!Array.isArray(ids) || ids.length === 0) return [];
  const rows = await db().submission.findMany({
    where: { id: { in: ids.map(String) }, submitterId, kind: "new_organisation" },
    select: { id: true, status: true, payload: true },
  });
  return rows.map((r) => ({ id: r.id, status: r.status, name: String((r.payload as { name?: unknown }).name ?? r.id) }));
}

/** The audit log, newest first (maintainers and admins). */
export async function auditEntries(actor: Actor | null, page = 1) {
  requireRole(actor, "maintainer");
  const size = 100;
  return db().auditLog.findMany({
    orderBy: { id: "desc" },
    skip: (Math.max(1, page) - 1) * size,
    take: size,
    select: { id: true, action: true, entityType: true, entityId: true, reason: true, details: true, createdAt: true, actor: { select: { email: true, name: true } } },
  });
}

/** What the submission forms offer: published organisations and the licence table. */
export async function formChoices() {
  const [organisations, licences] = await Promise.all([
    db().organisation.findMany({ where: { status: "published" }, orderBy: { name: "asc" }, select: { slug: true, name: true, country: true } }),
    db().licence.findMany({ orderBy: { name: "asc" } }),
  ]);
  return { organisations, licences };
}

/** The published entry an edit form starts from, by slug, or null. */
export async function publishedEntry(kind: "model" | "organisation", slug: string) {
  if (kind === "model") {
    const model = await db().model.findFirst({ where: { slug, status: "published" }, select: { id: true } });
    return model ? modelSnapshot(db(), model.id) : null;
  }
  const org = await db().organisation.findFirst({ where: { slug, status: "published" }, select: { id: true } });
  return org ? organisationSnapshot(db(), org.id) : null;
}
