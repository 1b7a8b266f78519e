import "server-only";
import type { z } from "zod";
import { db } from "../../db/client";
import { biodiversity, type BiodiversityModel } from "../../openness/biodiversity";
import { METHODOLOGY_VERSION } from "../../openness/criteria";
import { GRADES, MODALITIES, ORGANISATION_TYPES, type Grade, type Modality, type OrganisationType } from "../../openness/types";
import { G7_LABELS, type G7Label } from "../../openness/g7";
import type { statsSchema } from "../operations";

/**
 * Figures over the published European catalogue: counts, grades, G7 labels and digital
 * biodiversity (METHODOLOGY.md); reference models are counted apart and left out of every figure.
 */
export async function catalogueStats(): Promise<z.input<typeof statsSchema>> {
  const [models, organisations, licences, reference] = await Promise.all([
    db().model.findMany({
      where: { status: "published", scope: "europe" },
      select: {
        grade: true,
        gradeComplete: true,
        g7Label: true,
        modality: true,
        organisations: { select: { organisation: { select: { id: true, country: true, isSme: true, status: true } } } },
      },
    }),
    db().organisation.findMany({
      where: { status: "published", scope: "europe" },
      select: { type: true, isSme: true, models: { where: { model: { status: "published" } }, select: { modelId: true }, take: 1 } },
    }),
    db().licence.count(),
    db().model.count({ where: { status: "published", scope: "reference" } }),
  ]);
  const byG7 = Object.fromEntries(G7_LABELS.map((label) => [label, 0])) as Record<G7Label, number>;
  for (const model of models) if (model.g7Label) byG7[model.g7Label] += 1;
  const byModality = Object.fromEntries(MODALITIES.map((m) => [m, 0])) as Record<Modality, number>;
  for (const model of models) byModality[model.modality] += 1;

  const byGrade = Object.fromEntries(GRADES.map((g) => [g, 0])) as Record<Grade, number>;
  for (const model of models) if (model.grade) byGrade[model.grade] += 1;
  const byType = Object.fromEntries(ORGANISATION_TYPES.map((t) => [t, 0])) as Record<OrganisationType, number>;
  for (const organisation of organisations) byType[organisation.type] += 1;

  // A model counts with its published organisations; one with none left (all archived) is left out.
  const counted = models
    .map((model) => ({
      grade: model.grade,
      organisations: model.organisations
        .map(({ organisation }) => organisation)
        .filter((o) => o.status === "published")
        .map((o) => ({ id: o.id, country: o.country, sme: o.isSme })),
    }))
    .filter((model) => model.organisations.length > 0);
  const countries = [...new Set(counted.flatMap((m) => m.organisations.map((o) => o.country)))];
  const byCountry = countries
    .map((country) => {
      const inCountry: BiodiversityModel[] = counted
        .filter((m) => m.organisations.some((o) => o.country === country))
        .map((m) => ({ organisations: m.organisations.filter((o) => o.country === country) }));
      return { country, ...biodiversity(inCountry) };
    })
    .sort((a, b) => b.models - a.models || a.country.localeCompare(b.country));

  return {
    methodologyVersion: METHODOLOGY_VERSION,
    models: {
      published: models.length,
      assessed: models.filter((m) => m.grade !== null).length,
      incomplete: models.filter((m) => m.grade !== null && !m.gradeComplete).length,
      byGrade,
      byG7,
      byModality,
      reference,
    },
    countries: countries.filter((country) => country !== "EU").length,
    organisations: {
      published: organisations.length,
      withPublishedModels: organisations.filter((o) => o.models.length > 0).length,
      byType,
      sme: organisations.filter((o) => o.isSme === true).length,
    },
    licences,
    biodiversity: {
      europe: biodiversity(counted),
      trulyOpen: biodiversity(counted.filter((m) => m.grade === "A")),
      byCountry,
    },
  };
}
