// The catalogue's files as flat records with their grades: what tests and tools compare the app
// with, computed from the files with the real scorer (never hard-coded). Read once per process.
import { LICENCES } from "../openness/licences";
import { CRITERION_KEYS, PILLAR_KEYS, type AnswerGrade, type CriterionKey, type Grade, type PillarKey } from "../openness/types";
import type { G7Label } from "../openness/g7";
import { assessCatalogue } from "./assess";
import { DATA_DIR, readCatalogueFiles, type Scope } from "./files";

export type CatalogueOrganisation = {
  slug: string;
  name: string;
  country: string;
  isSme: boolean | null;
  type: string;
  scope: Scope;
};

export type CatalogueModel = {
  slug: string;
  name: string;
  scope: Scope;
  /** organisation slugs, main developer first */
  organisations: string[];
  languages: string[];
  releaseYear: number | null;
  modality: string;
  tasks: string[];
  familySlug: string | null;
  baseModel: string | null;
  /** own weights licences, then inherited ones */
  weightsLicences: string[];
  grade: Grade;
  score: number;
  gradeComplete: boolean;
  g7: G7Label;
  /** the four pillars' effective answers */
  pillars: Record<PillarKey, AnswerGrade>;
  /** every criterion as it counts, with its evidence */
  answers: Record<CriterionKey, { grade: AnswerGrade; entered: AnswerGrade; evidenceUrl: string | null }>;
};

let cached: { organisations: CatalogueOrganisation[]; models: CatalogueModel[] } | undefined;

export function catalogueEntries(dir: string = DATA_DIR): { organisations: CatalogueOrganisation[]; models: CatalogueModel[] } {
  if (cached && dir === DATA_DIR) return cached;
  const files = readCatalogueFiles(dir);
  if (files.problems.length) throw new Error(`the catalogue's files do not validate: ${files.problems[0]!.file} ${files.problems[0]!.path} ${files.problems[0]!.message}`);
  const assessed = assessCatalogue(files.models, LICENCES);
  const result = {
    organisations: files.organisations.map(({ slug, scope, payload }) => ({ slug, scope, name: payload.name, country: payload.country, isSme: payload.isSme, type: payload.type })),
    models: files.models.map(({ slug, scope, payload }) => {
      const { facts, assessment } = assessed.get(slug)!;
      const own = (facts.licences?.weights ?? []).map((l) => l.id);
      const inherited = facts.base?.inCatalogue ? facts.base.weightsLicences.map((l) => l.id) : [];
      return {
        slug,
        scope,
        name: payload.name,
        organisations: payload.organisations.existing,
        languages: payload.languages,
        releaseYear: payload.releaseYear,
        modality: payload.modality,
        tasks: payload.tasks,
        familySlug: payload.family?.slug ?? null,
        baseModel: payload.baseModel?.slug ?? null,
        weightsLicences: [...new Set([...own, ...inherited])],
        grade: assessment.grade,
        score: assessment.score,
        gradeComplete: assessment.complete,
        g7: assessment.g7.label,
        pillars: Object.fromEntries(PILLAR_KEYS.map((pillar) => [pillar, assessment.answers[pillar].grade])) as Record<PillarKey, AnswerGrade>,
        answers: Object.fromEntries(
          CRITERION_KEYS.map((key) => [key, { grade: assessment.answers[key].grade, entered: assessment.answers[key].entered, evidenceUrl: assessment.answers[key].evidenceUrl }]),
        ) as CatalogueModel["answers"],
      };
    }),
  };
  if (dir === DATA_DIR) cached = result;
  return result;
}
