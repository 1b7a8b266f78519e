// What only the database can tell about a payload: that the organisations and licences it names
// exist, and that a new entry does not duplicate one (by slug, name or web address), with a link to
// the existing entry so the person can propose an edit instead.
import type { PrismaClient } from "../db/prisma";
import { licenceFacts } from "../catalogue/assessments";
import type { FieldErrors } from "../errors";
import { slugify } from "../validation/fields";
import {
  LICENCE_COMPONENTS,
  type ModelPayload,
  type OrganisationPayload,
  type SubmissionKind,
} from "../validation/submissions";

type Tx = Pick<PrismaClient, "organisation" | "model" | "licence" | "submission">;

/** The states in which a contributor's own organisation submission can be named by their model. */
export const CARRIED_ORGANISATION_STATUSES = ["pending", "changes_requested", "approved"] as const;

const insensitive = (value: string) => ({ equals: value, mode: "insensitive" as const });

/** Both spellings of a web address, with and without the trailing slash. */
function sameUrl(url: string) {
  const bare = url.replace(/\/+$/, "");
  return [insensitive(bare), insensitive(`${bare}/`)];
}

/** Every licence the catalogue knows, reviewed ones first (licence identity prefers them). */
export async function knownLicences(tx: Pick<PrismaClient, "licence">) {
  const rows = await tx.licence.findMany({ orderBy: [{ reviewed: "desc" }, { id: "asc" }] });
  return rows.map(licenceFacts);
}

export function slugFor(payload: { slug?: string | null; name: string }): string {
  return payload.slug || slugify(payload.name);
}

async function organisationProblems(tx: Tx, org: OrganisationPayload, prefix: string, exceptId: string | null): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  const not = exceptId ? { id: { not: exceptId } } : {};
  const slug = exceptId ? null : slugFor(org);
  if (!exceptId && !slug) errors[`${prefix}slug`] = { key: "slugRequired" };
  const link = (o: { slug: string; name: string }) => ({ key: "duplicate", values: { name: o.name, href: `/organisations/${o.slug}` } });
  if (slug) {
    const bySlug = await tx.organisation.findFirst({ where: { slug, ...not }, select: { slug: true, name: true } });
    if (bySlug) errors[`${prefix}${org.slug ? "slug" : "name"}`] = link(bySlug);
  }
  const byName = await tx.organisation.findFirst({ where: { name: insensitive(org.name), ...not }, select: { slug: true, name: true } });
  if (byName) errors[`${prefix}name`] ??= link(byName);
  if (org.website) {
    const byUrl = await tx.organisation.findFirst({ where: { OR: sameUrl(org.website).map((website) => ({ website })), ...not }, select: { slug: true, name: true } });
    if (byUrl) errors[`${prefix}website`] = link(byUrl);
  }
  return errors;
}

async function modelProblems(tx: Tx, model: Omit<ModelPayload, "slug"> & { slug?: string | null }, exceptId: string | null, submitterId: string | null): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  const not = exceptId ? { id: { not: exceptId } } : {};
  const link = (m: { slug: string; name: string }) => ({ key: "duplicate", values: { name: m.name, href: `/models/${m.slug}` } });
  if (!exceptId) {
    const slug = slugFor(model as { slug?: string | null; name: string });
    if (!slug) errors.slug = { key: "slugRequired" };
    else {
      const bySlug = await tx.model.findFirst({ where: { slug }, select: { slug: true, name: true } });
      if (bySlug) errors[model.slug ? "slug" : "name"] = link(bySlug);
    }
  }
  const byName = await tx.model.findFirst({ where: { name: insensitive(model.name), ...not }, select: { slug: true, name: true } });
  if (byName) errors.name ??= link(byName);
  if (model.modelCardUrl) {
    const byUrl = await tx.model.findFirst({ where: { OR: sameUrl(model.modelCardUrl).map((modelCardUrl) => ({ modelCardUrl })), ...not }, select: { slug: true, name: true } });
    if (byUrl) errors.modelCardUrl = link(byUrl);
  }

  const existing = model.organisations.existing;
  if (existing.length) {
    const found = await tx.organisation.findMany({ where: { slug: { in: existing }, status: "published" }, select: { slug: true } });
    const known = new Set(found.map((o) => o.slug));
    const missing = existing.filter((s) => !known.has(s));
    if (missing.length) errors["organisations.existing"] = { key: "organisationUnknown", values: { slugs: missing.join(", ") } };
  }
  if (model.organisations.new) {
    Object.assign(errors, await organisationProblems(tx, model.organisations.new, "organisations.new.", null));
  }
  const pending = model.organisations.pending ?? [];
  if (pending.length) {
    // only the submitter's own organisation submissions, sent for review: another person's or a
    // draft is not found; a rejected or withdrawn one can no longer come with the model
    const found = submitterId
      ? await tx.submission.findMany({ where: { id: { in: pending }, submitterId, kind: "new_organisation", status: { not: "draft" } }, select: { status: true } })
      : [];
    if (found.length !== pending.length) errors["organisations.pending"] = { key: "pendingOrganisationUnknown" };
    else if (found.some((o) => !(CARRIED_ORGANISATION_STATUSES as readonly string[]).includes(o.status))) errors["organisations.pending"] = { key: "pendingOrganisationNotPending" };
  }

  for (const component of LICENCE_COMPONENTS) {
    const list = model.licences[component];
    const existingIds = list.flatMap((choice) => (choice.mode === "existing" ? [choice.id] : []));
    const found = existingIds.length ? await tx.licence.findMany({ where: { id: { in: existingIds } }, select: { id: true } }) : [];
    const known = new Set(found.map((l) => l.id));
    for (const [index, choice] of list.entries()) {
      if (choice.mode === "existing" && !known.has(choice.id)) errors[`licences.${component}.${index}.id`] = { key: "licenceUnknown", values: { id: choice.id } };
      if (choice.mode === "new") {
        // licence identity already turned a known licence into an existing choice: only an id clash is left
        const clash = await tx.licence.findFirst({ where: { id: insensitive(choice.licence.id) }, select: { id: true, name: true } });
        if (clash) errors[`licences.${component}.${index}.licence.id`] = { key: "licenceExists", values: { id: clash.id, name: clash.name } };
      }
    }
  }

  if (model.baseModel?.slug) Object.assign(errors, await baseModelProblems(tx, model.baseModel.slug, exceptId ?? null, exceptId ? null : slugFor(model as { slug?: string | null; name: string })));
  return errors;
}

/**
 * The base model must be a published model, and not the model itself nor one made from it: walking
 * the chain of bases from it must never come back to the model (a cycle).
 */
async function baseModelProblems(tx: Tx, baseSlug: string, modelId: string | null, newSlug: string | null): Promise<FieldErrors> {
  if (newSlug && baseSlug === newSlug) return { "baseModel.slug": { key: "baseIsSelf" } };
  const base = await tx.model.findFirst({ where: { slug: baseSlug, status: "published" }, select: { id: true, baseModelId: true } });
  if (!base) return { "baseModel.slug": { key: "baseModelUnknown", values: { slug: baseSlug } } };
  const seen = new Set<string>();
  let current: { id: string; baseModelId: string | null } | null = base;
  while (current) {
    if (current.id === modelId) return { "baseModel.slug": { key: modelId === base.id ? "baseIsSelf" : "baseCycle" } };
    if (seen.has(current.id) || seen.size > 50) break;
    seen.add(current.id);
    current = current.baseModelId ? await tx.model.findUnique({ where: { id: current.baseModelId }, select: { id: true, baseModelId: true } }) : null;
  }
  return {};
}

/**
 * Problems only the database can see; `targetId` is the entry an edit is for, `submitterId` the
 * person whose own pending organisations a model may name (null for programs: they name none).
 */
export async function databaseProblems(tx: Tx, kind: SubmissionKind, payload: unknown, targetId: string | null, submitterId: string | null = null): Promise<FieldErrors> {
  switch (kind) {
    case "new_organisation":
      return organisationProblems(tx, payload as OrganisationPayload, "", null);
    case "edit_organisation":
      return organisationProblems(tx, payload as OrganisationPayload, "", targetId);
    case "new_model":
      return modelProblems(tx, payload as ModelPayload, null, submitterId);
    case "edit_model":
      return modelProblems(tx, payload as ModelPayload, targetId, submitterId);
  }
}
