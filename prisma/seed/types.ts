// The shape of the reviewed seed catalogue (prisma/seed/organisations.ts, prisma/seed/models.ts).
import type { AnswerGrade, CriterionKey, Modality, OrganisationType } from "../../lib/openness/types";

export type SeedOrganisation = {
  slug: string;
  name: string;
  type: OrganisationType;
  /** ISO 3166-1 alpha-2, per the Europe rule in lib/openness/europe.ts (EU for EU-level projects) */
  country: string;
  /** EU SME definition; null when not verified */
  isSme: boolean | null;
  website: string | null;
  description: string;
  foundedYear: number | null;
  /** why a borderline organisation counts as European (shown on its page) */
  countryNote?: string;
  /** public sources for the facts above */
  sources: string[];
};

export type SeedAnswer = { grade: AnswerGrade; evidenceUrl?: string; note?: string };

export type SeedModel = {
  slug: string;
  name: string;
  version: string | null;
  releaseYear: number;
  /** ISO date when the exact day is documented */
  releaseDate: string | null;
  modality: Modality;
  /** Hugging Face task ids, e.g. "text-generation", "text-to-image", "automatic-speech-recognition" */
  tasks: string[];
  /** total parameters; null when not verified */
  parameterCount: number | null;
  activeParameterCount?: number | null;
  /** ISO 639-1 codes where one exists, else ISO 639-3 */
  languages: string[];
  languageShareNote: string | null;
  modelCardUrl: string | null;
  codeUrl: string | null;
  paperUrl: string | null;
  dataUrl: string | null;
  /** licence ids from lib/openness/licences.ts */
  weightsLicence: string | null;
  codeLicence: string | null;
  dataLicence: string | null;
  /** organisation slugs, main developer first */
  organisations: string[];
  description: string;
  answers: Record<CriterionKey, SeedAnswer>;
  /** facts from the research that nobody could confirm from a public source: recorded as unknown */
  unverified: string[];
};
