import "server-only";
import { db } from "../db/client";
import { isGrade, organisationAggregate, type Grade, type OrganisationAggregate } from "../openness";

// What the public sees of published entries outside the catalogue pages: the Atom feed, the
// sitemap and the Open Graph images. Drafts and archived entries never appear.

export type Publication = {
  kind: "model" | "organisation";
  slug: string;
  name: string;
  description: string;
  /** when it was published (creation time for entries published before the column existed) */
  published: Date;
  updated: Date;
  grade: Grade | null;
  score: number | null;
  /** the organisations' countries for a model, the organisation's own country otherwise */
  countries: string[];
};

/** The newest published models and organisations, newest first, optionally of one country. */
export async function recentPublications(options: { country?: string; limit: number }): Promise<Publication[]> {
  const { country, limit } = options;
  const order = [{ publishedAt: { sort: "desc" as const, nulls: "last" as const } }, { createdAt: "desc" as const }, { slug: "asc" as const }];
  const [models, organisations] = await Promise.all([
    db().model.findMany({
      // Europe's news: reference models (Llama, Qwen...) are listed for comparison, not announced
      where: { status: "published", scope: "europe", ...(country ? { organisations: { some: { organisation: { country } } } } : {}) },
      orderBy: order,
      take: limit,
      select: {
        slug: true,
        name: true,
        description: true,
        publishedAt: true,
        createdAt: true,
        updatedAt: true,
        grade: true,
        score: true,
        organisations: { orderBy: { position: "asc" }, select: { organisation: { select: { country: true } } } },
      },
    }),
    db().organisation.findMany({
      where: { status: "published", scope: "europe", ...(country ? { country } : {}) },
      orderBy: order,
      take: limit,
      select: { slug: true, name: true, description: true, publishedAt: true, createdAt: true, updatedAt: true, country: true },
    }),
  ]);
  const entries: Publication[] = [
    ...models.map((model) => ({
      kind: "model" as const,
      slug: model.slug,
      name: model.name,
      description: model.description,
      published: model.publishedAt ?? model.createdAt,
      updated: model.updatedAt,
      grade: isGrade(model.grade) ? model.grade : null,
      score: model.score,
      countries: [...new Set(model.organisations.map(({ organisation }) => organisation.country))],
    })),
    ...organisations.map((organisation) => ({
      kind: "organisation" as const,
      slug: organisation.slug,
      name: organisation.name,
      description: organisation.description,
      published: organisation.publishedAt ?? organisation.createdAt,
      updated: organisation.updatedAt,
      grade: null,
      score: null,
      countries: [organisation.country],
    })),
  ];
  return entries
    .sort((a, b) => b.published.getTime() - a.published.getTime() || a.kind.localeCompare(b.kind) || a.slug.localeCompare(b.slug))
    .slice(0, limit);
}

export type PublishedPage = { slug: string; updated: Date };

/** Every published model and organisation, for the sitemap. */
export async function publishedPages(): Promise<{ models: PublishedPage[]; organisations: PublishedPage[] }> {
  const select = { slug: true, updatedAt: true } as const;
  const where = { status: "published" as const };
  const [models, organisations] = await Promise.all([
    db().model.findMany({ where, select, orderBy: { slug: "asc" } }),
    db().organisation.findMany({ where, select, orderBy: { slug: "asc" } }),
  ]);
  const page = (row: { slug: string; updatedAt: Date }) => ({ slug: row.slug, updated: row.updatedAt });
  return { models: models.map(page), organisations: organisations.map(page) };
}

export type ModelCard = {
  name: string;
  grade: Grade | null;
  score: number | null;
  complete: boolean;
  organisations: string[];
};

/** What a published model's social preview shows; null when there is no such published model. */
export async function modelCard(slug: string): Promise<ModelCard | null> {
  const model = await db().model.findFirst({
    where: { slug, status: "published" },
    select: {
      name: true,
      grade: true,
      score: true,
      gradeComplete: true,
      organisations: { orderBy: { position: "asc" }, select: { organisation: { select: { name: true } } } },
    },
  });
  if (!model) return null;
  return {
    name: model.name,
    grade: isGrade(model.grade) ? model.grade : null,
    score: model.score,
    complete: model.gradeComplete,
    organisations: model.organisations.map(({ organisation }) => organisation.name),
  };
}

export type OrganisationCard = { name: string; country: string; aggregate: OrganisationAggregate };

/** A published organisation's preview: its mean score and models per grade (its published, graded models). */
export async function organisationCard(slug: string): Promise<OrganisationCard | null> {
  const organisation = await db().organisation.findFirst({
    where: { slug, status: "published" },
    select: {
      name: true,
      country: true,
      models: { where: { model: { status: "published" } }, select: { model: { select: { score: true, grade: true } } } },
    },
  });
  if (!organisation) return null;
  const graded = organisation.models.flatMap(({ model }) =>
    model.score !== null && isGrade(model.grade) ? [{ score: model.score, grade: model.grade }] : [],
  );
  return { name: organisation.name, country: organisation.country, aggregate: organisationAggregate(graded) };
}
