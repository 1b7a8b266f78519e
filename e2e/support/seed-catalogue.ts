// Expected values for the e2e specs, computed from the catalogue's files (data/) with the real
// scorer, so the specs never hard-code counts. The site lists Europe's entries by default:
// SEED_MODELS and SEED_ORGANISATIONS are those; reference models are listed apart.
import { catalogueEntries, type CatalogueModel } from "../../lib/catalogue-data/entries";

const entries = catalogueEntries();

export type GradedSeedModel = CatalogueModel;

export const ALL_MODELS: readonly CatalogueModel[] = entries.models;
export const SEED_MODELS: readonly CatalogueModel[] = entries.models.filter((model) => model.scope === "europe");
export const REFERENCE_MODELS: readonly CatalogueModel[] = entries.models.filter((model) => model.scope === "reference");
export const GRADED_SEED_MODELS = SEED_MODELS;
export const ALL_ORGANISATIONS = entries.organisations;
export const SEED_ORGANISATIONS = entries.organisations.filter((organisation) => organisation.scope === "europe");

/**
 * What /models lists when nothing narrows it: every European model, a family once (its other
 * members are a link away).
 */
export const LISTED_MODELS =
  SEED_MODELS.filter((m) => !m.familySlug).length + new Set(SEED_MODELS.flatMap((m) => (m.familySlug ? [m.familySlug] : []))).size;

export function seedCount(predicate: (model: GradedSeedModel) => boolean): number {
  return SEED_MODELS.filter(predicate).length;
}
