// Submissions proposed by a program for the maintainers to decide: the catalogue's files (data/),
// the Hugging Face importer and the European Open Source AI Index importer. Each is a pending
// submission from a system user nobody signs in as, and each distinct proposal is made once
// (Submission.sourceHash), whatever the maintainers decided of it before.
import { createHash } from "node:crypto";
import type { Prisma } from "../db/generated/client";
import type { PrismaClient } from "../db/prisma";

/** A user that proposes on a program's behalf: nobody signs in as it. */
export type SystemAuthor = { readonly id: string; readonly name: string };

export type ProposalKind = "new_model" | "edit_model" | "edit_organisation";

export type Proposal = {
  kind: ProposalKind;
  /** the entry an edit is for */
  target?: { targetModelId?: string; targetOrganisationId?: string };
  /** the submission's payload, without the comment */
  payload: Record<string, unknown>;
  /** the note to the maintainers: where the proposal comes from and what it changes */
  comment: string;
  /**
   * What makes it distinct from other proposals, when not its whole payload: an edit that changes
   * two answers is the same proposal whatever else the entry says meanwhile.
   */
  identity?: unknown;
};

export const hashOf = (value: unknown) => createHash("sha256").update(JSON.stringify(value)).digest("hex");

/** Order-insensitive, whitespace-trimmed JSON of what a proposal would change. */
export function comparable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(comparable);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, comparable(v)]));
  }
  if (typeof value === "number") return Math.round(value * 1e6) / 1e6;
  return value ?? null;
}

/** What identifies a proposal: its kind, target and payload or identity (the comment may be worded otherwise). */
export function proposalHash(proposal: Proposal): string {
  return hashOf(comparable({ kind: proposal.kind, ...proposal.target, payload: proposal.identity ?? proposal.payload }));
}

/** True when the same proposal was made before (pending, decided or withdrawn). */
export async function alreadyProposed(prisma: Pick<PrismaClient, "submission">, proposal: Proposal): Promise<boolean> {
  return Boolean(await prisma.submission.findFirst({ where: { sourceHash: proposalHash(proposal) }, select: { id: true } }));
}

/** Makes the proposal unless it was made before; true when it was made now. */
export async function proposeOnce(prisma: Pick<PrismaClient, "submission" | "user">, author: SystemAuthor, proposal: Proposal): Promise<boolean> {
  if (await alreadyProposed(prisma, proposal)) return false;
  await prisma.user.upsert({ where: { id: author.id }, create: { id: author.id, name: author.name }, update: {} });
  await prisma.submission.create({
    data: {
      kind: proposal.kind,
      ...proposal.target,
      payload: { ...proposal.payload, comment: proposal.comment.slice(0, 2000) } as Prisma.InputJsonValue,
      status: "pending",
      submittedAt: new Date(),
      submitterId: author.id,
      sourceHash: proposalHash(proposal),
    },
  });
  return true;
}
