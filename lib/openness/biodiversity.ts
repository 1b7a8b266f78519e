// Digital biodiversity (the manifesto's "biodiversité numérique"): how many distinct actors a
// set of models really comes from, and how many come from SMEs. Also the per-organisation
// aggregate. Pure arithmetic on data the caller has already loaded.

import { GRADES, type Grade } from "./types";

export type BiodiversityOrganisation = {
  id: string;
  /** ISO 3166-1 alpha-2 (or "EU") */
  country: string;
  /** null when the SME status is not known */
  sme: boolean | null;
};

export type BiodiversityModel = {
  organisations: readonly BiodiversityOrganisation[];
};

export type Diversity = {
  /** Shannon index H = -Σ p_i ln p_i */
  shannon: number;
  /** exp(H): the number of equally represented groups that would give the same H */
  effectiveNumber: number;
  /** how many distinct groups have at least one model (or share of one) */
  groups: number;
};

export type Biodiversity = {
  models: number;
  organisations: Diversity;
  countries: Diversity;
  /** share of models from SMEs, 0-1; null for an empty set */
  smeShare: number | null;
  /** share of models whose organisations' SME status is not known, 0-1; null for an empty set */
  smeUnknownShare: number | null;
};

/**
 * A model made by several organisations counts as one model, its weight split equally among its
 * distinct organisations (and so among their countries and SME statuses): a joint model should
 * not weigh more than a model made alone. An empty set has H 0 and effective number 0 (there is
 * no group at all, whereas exp(0) = 1 would claim one). A model with no organisation is a data
 * error and throws.
 */
export function biodiversity(models: readonly BiodiversityModel[]): Biodiversity {
  const byOrganisation = new Map<string, number>();
  const byCountry = new Map<string, number>();
  let sme = 0;
  let smeUnknown = 0;

  models.forEach((model, index) => {
    const organisations = distinctById(model.organisations);
    if (organisations.length === 0) {
      throw new RangeError(`Model at index ${index} has no organisation: every model needs at least one`);
    }
    const share = 1 / organisations.length;
    for (const organisation of organisations) {
      add(byOrganisation, organisation.id, share);
      add(byCountry, organisation.country.trim().toUpperCase(), share);
      if (organisation.sme === true) sme += share;
      if (organisation.sme === null) smeUnknown += share;
    }
  });

  const count = models.length;
  return {
    models: count,
    organisations: diversity(byOrganisation.values()),
    countries: diversity(byCountry.values()),
    smeShare: count === 0 ? null : sme / count,
    smeUnknownShare: count === 0 ? null : smeUnknown / count,
  };
}

/** Diversity of a distribution given as non-negative amounts per group (normalised here). */
export function diversity(amounts: Iterable<number>): Diversity {
  // sorted, so the floating-point sum does not depend on the order the models came in
  const positive = [...amounts].filter((amount) => amount > 0).sort((a, b) => a - b);
  if (positive.length === 0) return { shannon: 0, effectiveNumber: 0, groups: 0 };
  const total = positive.reduce((sum, amount) => sum + amount, 0);
  // one group is exactly 0, not a rounding residue of -1 · ln(1)
  const shannon =
    positive.length === 1 ? 0 : -positive.reduce((sum, amount) => sum + (amount / total) * Math.log(amount / total), 0);
  return { shannon, effectiveNumber: Math.exp(shannon), groups: positive.length };
}

function distinctById(organisations: readonly BiodiversityOrganisation[]): BiodiversityOrganisation[] {
  const seen = new Map<string, BiodiversityOrganisation>();
  for (const organisation of organisations) if (!seen.has(organisation.id)) seen.set(organisation.id, organisation);
  return [...seen.values()];
}

function add(map: Map<string, number>, key: string, amount: number): void {
  map.set(key, (map.get(key) ?? 0) + amount);
}

export type OrganisationAggregate = {
  /** exact mean of the models' exact scores; null when the organisation has no published model */
  meanScore: number | null;
  count: number;
  byGrade: Record<Grade, number>;
};

/** An organisation's openness: the mean of its published models' scores, and its models per grade. */
export function organisationAggregate(models: readonly { score: number; grade: Grade }[]): OrganisationAggregate {
  const byGrade = Object.fromEntries(GRADES.map((grade) => [grade, 0])) as Record<Grade, number>;
  let total = 0;
  for (const model of models) {
    byGrade[model.grade] += 1;
    total += model.score;
  }
  return { meanScore: models.length === 0 ? null : total / models.length, count: models.length, byGrade };
}
