// The figures of the seeded catalogue, computed from the seed files with the methodology's own
// scorer and the pure figure functions; printed as JSON. The e2e tests compare the pages with
// them. Run through tsx (e2e/support/expected-figures.ts): Playwright's loader cannot import the
// JSON message files that lib/openness reads.
import { readFileSync } from "node:fs";
import {
  countryFigures,
  europeBiodiversity,
  languageMatrix,
  sortCountryRows,
  type InsightModel,
  type InsightOrganisation,
} from "../../lib/insights/figures";
import { displayNames } from "../../lib/insights/names";
import { catalogueEntries } from "../../lib/catalogue-data/entries";

// Europe's figures: reference models and organisations are left out of every one.
const entries = catalogueEntries();

function seedOrganisations(): InsightOrganisation[] {
  return entries.organisations.filter((o) => o.scope === "europe").map((o) => ({ id: o.slug, country: o.country, sme: o.isSme }));
}

function seedModels(): InsightModel[] {
  const organisations = new Map(seedOrganisations().map((o) => [o.id, o]));
  return entries.models
    .filter((model) => model.scope === "europe")
    .map((model) => ({
      slug: model.slug,
      name: model.name,
      score: model.score,
      grade: model.grade,
      gradeComplete: model.gradeComplete,
      releaseYear: model.releaseYear,
      languages: model.languages,
      organisations: model.organisations.flatMap((slug) => organisations.get(slug) ?? []),
      pillars: model.pillars,
    }));
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
