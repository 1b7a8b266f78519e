// The figures of the seeded catalogue, computed from the seed files with the methodology's own
// scorer and the pure figure functions; printed as JSON. The e2e tests compare the pages with
// them. Run through tsx (e2e/support/expected-figures.ts): Playwright's loader cannot import the
// JSON message files that lib/openness reads.
import { readFileSync } from "node:fs";
import { assess, CRITERION_KEYS, licenceById, PILLAR_KEYS } from "../../lib/openness";
import {
  countryFigures,
  europeBiodiversity,
  languageMatrix,
  sortCountryRows,
  type InsightModel,
  type InsightOrganisation,
} from "../../lib/insights/figures";
import { displayNames } from "../../lib/insights/names";
import { SEED_MODELS } from "../../prisma/seed/models";
import { SEED_ORGANISATIONS } from "../../prisma/seed/organisations";

const licence = (id: string | null) => (id ? (licenceById(id) ?? null) : null);

function seedOrganisations(): InsightOrganisation[] {
  return SEED_ORGANISATIONS.map((o) => ({ id: o.slug, country: o.country, sme: o.isSme }));
}

function seedModels(): InsightModel[] {
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

const models = seedModels();
const figures = countryFigures(models, seedOrganisations());
const english = JSON.parse(readFileSync(new URL("../../lib/i18n/messages/en/insights.json", import.meta.url), "utf8"));
const names = displayNames("en", english.names);
process.stdout.write(
  JSON.stringify({
    figures,
    europe: europeBiodiversity(models),
    matrix: languageMatrix(models),
    countriesByName: sortCountryRows(figures, "country", "asc", names.country, "en").map((row) => row.country),
  }),
);
