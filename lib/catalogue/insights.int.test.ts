// The insight and publication queries on a real database: they see published entries only.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "../db/prisma";
import { seedCatalogue } from "../../prisma/seed/seed";
import { catalogueEntries } from "../catalogue-data/entries";

const entries = catalogueEntries();
const SEED_MODELS = entries.models.filter((model) => model.scope === "europe");
const SEED_ORGANISATIONS = entries.organisations.filter((organisation) => organisation.scope === "europe");
import { countryFigures, europeBiodiversity, languageMatrix } from "../insights/figures";
import { insightRows } from "./insights";
import { modelCard, organisationCard, publishedPages, recentPublications } from "./publications";

let prisma: PrismaClient;
const extraModels = ["insights-draft-model", "insights-archived-model", "insights-new-model"];
const extraOrganisations = ["insights-draft-org"];

beforeAll(async () => {
  prisma = createPrismaClient(inject("databaseUrl"), 2);
  await seedCatalogue(prisma);
  const mistral = await prisma.organisation.findUniqueOrThrow({ where: { slug: "mistral-ai" } });
  const draftOrg = await prisma.organisation.create({
    data: { slug: "insights-draft-org", name: "Draft Org", type: "startup_sme", country: "AD", isSme: true, status: "draft" },
  });
  const model = (slug: string, status: "draft" | "archived" | "published", organisationId: string, publishedAt?: Date) =>
    prisma.model.create({
      data: {
        slug,
        name: slug,
        modality: "text",
        status,
        publishedAt,
        languages: ["kw", "fr"],
        grade: "A",
        score: 99,
        releaseYear: 2026,
        organisations: { create: { organisationId } },
      },
    });
  await model("insights-draft-model", "draft", draftOrg.id);
  await model("insights-archived-model", "archived", mistral.id);
  await model("insights-new-model", "published", mistral.id, new Date("2030-01-01T00:00:00Z"));
});

// Other test files publish entries into the same run's database: expectations are read from it
// with plain queries (published, European), independent of the queries under test.
async function published(scope: { scope?: "europe" } = { scope: "europe" }) {
  const models = await prisma.model.findMany({ where: { status: "published", ...scope }, select: { slug: true, organisations: { select: { organisation: { select: { country: true } } } } } });
  const organisations = await prisma.organisation.findMany({ where: { status: "published", ...scope }, select: { slug: true } });
  return { models, organisations, modelSlugs: models.map((m) => m.slug).sort(), organisationSlugs: organisations.map((o) => o.slug).sort() };
}

afterAll(async () => {
  await prisma.model.deleteMany({ where: { slug: { in: extraModels } } });
  await prisma.organisation.deleteMany({ where: { slug: { in: extraOrganisations } } });
  await prisma.$disconnect();
});

describe("insightRows", () => {
  it("holds every published European model and organisation, and no draft, archived or reference one", async () => {
    const { models, organisations } = await insightRows();
    const slugs = models.map((m) => m.slug);
    const expected = await published();
    expect([...slugs].sort()).toEqual(expected.modelSlugs);
    for (const seed of SEED_MODELS) expect(slugs).toContain(seed.slug);
    expect(slugs).toContain("insights-new-model");
    expect(slugs).not.toContain("insights-draft-model");
    expect(slugs).not.toContain("insights-archived-model");
    for (const reference of entries.models.filter((model) => model.scope === "reference")) expect(slugs).not.toContain(reference.slug);
    expect(organisations).toHaveLength(expected.organisations.length);
    expect(organisations.some((o) => o.country === "AD")).toBe(false);
  });

  it("carries each seeded model's grade, organisations and four pillar answers", async () => {
    const { models } = await insightRows();
    const seed = SEED_MODELS.find((m) => m.slug === "pleias-3b")!;
    const pleias = models.find((m) => m.slug === "pleias-3b")!;
    expect(pleias).toMatchObject({ grade: seed.grade, gradeComplete: seed.gradeComplete, releaseYear: seed.releaseYear });
    expect(pleias.pillars).toEqual(seed.pillars);
    expect(pleias.organisations).toEqual([expect.objectContaining({ country: "FR", sme: true })]);
    const poro = models.find((m) => m.slug === "poro-34b")!;
    expect(new Set(poro.organisations.map((o) => o.country))).toEqual(new Set(["FI", "EU"]));
  });

  it("feeds figures that leave unpublished entries out", async () => {
    const { models, organisations } = await insightRows();
    const figures = countryFigures(models, organisations);
    expect(figures.find((row) => row.country === "AD")).toBeUndefined();
    const france = figures.find((row) => row.country === "FR")!;
    const expected = await published();
    const french = expected.models.filter((m) => m.organisations.some((o) => o.organisation.country === "FR"));
    expect(france.models).toBe(french.length);
    // Cornish: no model of the catalogue's files supports it, only the test's published new model
    const cornish = languageMatrix(models).rows.find((row) => row.code === "kw")!;
    expect(cornish.byGrade.A).toBe(1);
    expect(europeBiodiversity(models).all.models).toBe(expected.models.length);
  });
});

describe("publications", () => {
  it("lists the newest published entries first, never a draft or an archived one", async () => {
    const entries = await recentPublications({ limit: 500 });
    expect(entries[0]).toMatchObject({ kind: "model", slug: "insights-new-model", grade: "A" });
    const slugs = entries.map((e) => e.slug);
    expect(slugs).not.toContain("insights-draft-model");
    expect(slugs).not.toContain("insights-archived-model");
    expect(slugs).not.toContain("insights-draft-org");
    const expected = await published();
    expect(entries).toHaveLength(expected.models.length + expected.organisations.length);
    for (let i = 1; i < entries.length; i++) expect(entries[i - 1]!.published.getTime()).toBeGreaterThanOrEqual(entries[i]!.published.getTime());
  });

  it("filters by country: models through any of their organisations, organisations by their seat", async () => {
    const finnish = await recentPublications({ country: "FI", limit: 500 });
    const finnishOrganisations = entries.organisations.filter((o) => o.country === "FI").map((o) => o.slug);
    expect(finnish.map((e) => `${e.kind}:${e.slug}`).sort()).toEqual(
      [
        ...entries.models.filter((m) => m.organisations.some((slug) => finnishOrganisations.includes(slug))).map((m) => `model:${m.slug}`),
        ...finnishOrganisations.map((slug) => `organisation:${slug}`),
      ].sort(),
    );
    expect(await recentPublications({ country: "AD", limit: 50 })).toEqual([]);
    expect(await recentPublications({ limit: 3 })).toHaveLength(3);
  });

  it("gives the sitemap every published page and nothing else, reference entries included", async () => {
    const { models, organisations } = await publishedPages();
    const expected = await published({});
    expect(models.map((m) => m.slug).sort()).toEqual(expected.modelSlugs);
    expect(models.map((m) => m.slug)).toContain("insights-new-model");
    expect(organisations.map((o) => o.slug).sort()).toEqual(expected.organisationSlugs);
    for (const seed of SEED_ORGANISATIONS) expect(organisations.map((o) => o.slug)).toContain(seed.slug);
  });

  it("draws cards for published entries only, an organisation's from its published models", async () => {
    expect(await modelCard("insights-draft-model")).toBeNull();
    const pleias = SEED_MODELS.find((m) => m.slug === "pleias-3b")!;
    expect(await modelCard("pleias-3b")).toMatchObject({ name: expect.any(String), grade: pleias.grade, complete: pleias.gradeComplete, organisations: ["Pleias"] });
    expect(await organisationCard("insights-draft-org")).toBeNull();
    const mistral = await organisationCard("mistral-ai");
    const seeded = SEED_MODELS.filter((m) => m.organisations.includes("mistral-ai")).length;
    expect(mistral?.aggregate.count).toBe(seeded + 1); // the archived model is left out
    expect(mistral?.country).toBe("FR");
  });
});
