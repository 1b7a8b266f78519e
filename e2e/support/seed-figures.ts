// The seeded catalogue as the figures see it, computed from the seed files with the methodology's
// own scorer: the e2e tests compare what the pages show with it.
import { assess, CRITERION_KEYS, licenceById, PILLAR_KEYS } from "../../lib/openness";
import type { InsightModel, InsightOrganisation } from "../../lib/insights/figures";
import { SEED_MODELS } from "../../prisma/seed/models";
import { SEED_ORGANISATIONS } from "../../prisma/seed/organisations";

const licence = (id: string | null) => (id ? (licenceById(id) ?? null) : null);

export function seedOrganisations(): InsightOrganisation[] {
  return SEED_ORGANISATIONS.map((o) => ({ id: o.slug, country: o.country, sme: o.isSme }));
}

export function seedModels(): InsightModel[] {
  const organisations = new Map(seedOrganisations().map((o) => [o.id, o]));
  return SEED_MODELS.map((model) => {
    const result = assess(
      CRITERION_KEYS.map((criterion) => ({ criterion, ...model.answers[criterion] })),
      { weights: licence(model.weightsLicence), code: licence(model.codeLicence), data: licence(model.dataLicence) },
    );
    return {
      slug: model.slug,
      name: model.name,
      score: result.score,
      grade: result.grade,
      gradeComplete: result.complete,
      releaseYear: model.releaseYear,
      languages: model.languages,
      organisations: model.organisations.map((slug) => organisations.get(slug)!),
      pillars: Object.fromEntries(PILLAR_KEYS.map((pillar) => [pillar, result.answers[pillar].grade])),
    };
  });
}
