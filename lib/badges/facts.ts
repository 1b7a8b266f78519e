import "server-only";
import { db } from "../db/client";
import type { BadgeKind, ModelBadgeFacts, OrganisationBadgeFacts } from "./render";
import { modelBadgeFace, NOT_FOUND_FACE, organisationBadgeFace, type BadgeFace } from "./render";

// Only published entries have badges: a draft or archived entry answers exactly like an unknown slug.

export async function modelBadgeFacts(slug: string): Promise<ModelBadgeFacts | null> {
  const row = await db().model.findFirst({
    where: { slug, status: "published" },
    select: { grade: true, score: true, gradeComplete: true, g7Label: true },
  });
  return row && { grade: row.grade, score: row.score, complete: row.gradeComplete, g7Label: row.g7Label };
}

export async function organisationBadgeFacts(slug: string): Promise<OrganisationBadgeFacts | null> {
  const row = await db().organisation.findFirst({
    where: { slug, status: "published" },
    select: { models: { where: { model: { status: "published" } }, select: { model: { select: { grade: true, score: true } } } } },
  });
  return row && { models: row.models.map(({ model }) => model) };
}

/** The badge face of an entry, read from the database. */
export async function loadBadgeFace(kind: BadgeKind, slug: string): Promise<BadgeFace> {
  if (kind === "models") {
    const facts = await modelBadgeFacts(slug);
    return facts ? modelBadgeFace(facts) : NOT_FOUND_FACE;
  }
  const facts = await organisationBadgeFacts(slug);
  return facts ? organisationBadgeFace(facts) : NOT_FOUND_FACE;
}
