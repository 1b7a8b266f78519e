// One zod schema per submission kind, shared by the forms (live errors), the server actions and the
// API. A draft is checked field by field but may be incomplete; a submission for review must be whole.
import { z } from "zod";
import {
  ANSWER_GRADES,
  CRITERION_KEYS,
  LICENCE_KINDS,
  MODALITIES,
  ORGANISATION_TYPES,
  type CriterionKey,
} from "../openness/types";
import { europeanCountry, httpUrl, languageCode, line, optional, paragraphs, slug, uniqueList, year } from "./fields";

export const SUBMISSION_KINDS = ["new_organisation", "new_model", "edit_organisation", "edit_model"] as const;
export type SubmissionKind = (typeof SUBMISSION_KINDS)[number];

/** The largest request a submission may be: the forms' (next.config.ts serverActions.bodySizeLimit) and the API's. */
export const SUBMISSION_BODY_LIMIT = 256 * 1024;

export const TEXT_LIMITS = {
  name: 120,
  description: 4000,
  note: 1000,
  comment: 2000,
} as const;

const THIS_YEAR = new Date().getUTCFullYear();

/** "yes" / "no" / "" from a form, or a boolean / null from the API. */
const triState = z.preprocess(
  (v) => (v === "yes" ? true : v === "no" ? false : v === "" || v === "unknown" || v === undefined ? null : v),
  z.boolean().nullable(),
);

const flag = z.preprocess((v) => (v === "on" || v === "true" ? true : v === "" || v === "false" || v === undefined ? false : v), z.boolean());

const billions = optional(
  z.preprocess((v) => (typeof v === "string" ? Number(v.replace(",", ".")) : v), z.number().positive().max(100_000)),
);

/** A note to the maintainers: where the facts come from, what changed and why. */
const comment = optional(paragraphs(TEXT_LIMITS.comment));

// ---- organisations ----

const organisationFields = z.object({
  name: line(TEXT_LIMITS.name, 2),
  slug: optional(slug),
  type: z.enum(ORGANISATION_TYPES),
  country: europeanCountry,
  countryNote: optional(paragraphs(500)),
  isSme: triState,
  website: optional(httpUrl),
  description: paragraphs(2000, 10),
  foundedYear: year(1800, THIS_YEAR),
  sources: uniqueList(httpUrl, 10, 1),
});

export const organisationSchema = organisationFields;
export type OrganisationInput = z.input<typeof organisationSchema>;
export type OrganisationPayload = z.output<typeof organisationSchema>;

// ---- licences ----

export const newLicenceSchema = z.object({
  id: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9.+-]{1,63}$/, "licenceId"),
  name: line(TEXT_LIMITS.name, 2),
  url: httpUrl,
  kind: z.enum(LICENCE_KINDS),
  osiApproved: flag,
  openData: flag,
  restrictsUse: flag,
  nonCommercial: flag,
  noDerivatives: flag,
  shareAlike: flag,
  attribution: flag,
  note: optional(paragraphs(TEXT_LIMITS.note)),
});
export type NewLicence = z.output<typeof newLicenceSchema>;

/** A component's licence: none known, one of the knowledge base, or a new one with its facts. */
export const licenceChoiceSchema = z.discriminatedUnion("mode", [
  z.object({ mode: z.literal("none") }),
  z.object({ mode: z.literal("existing"), id: z.string().trim().min(1).max(64) }),
  z.object({ mode: z.literal("new"), licence: newLicenceSchema }),
]);
export type LicenceChoice = z.output<typeof licenceChoiceSchema>;

export const LICENCE_COMPONENTS = ["weights", "code", "data"] as const;
export type LicenceComponent = (typeof LICENCE_COMPONENTS)[number];

// ---- criterion answers ----

const answerSchema = z
  .object({
    grade: z.enum(ANSWER_GRADES),
    evidenceUrl: optional(httpUrl),
    note: optional(paragraphs(TEXT_LIMITS.note)),
  })
  // the methodology: an open or partial answer counts only with evidence anyone can open
  .refine((a) => !(a.grade === "open" || a.grade === "partial") || a.evidenceUrl, {
    message: "evidenceRequired",
    path: ["evidenceUrl"],
  });

const answersSchema = z.object(
  Object.fromEntries(CRITERION_KEYS.map((key) => [key, answerSchema])) as Record<CriterionKey, typeof answerSchema>,
);
export type AnswersPayload = z.output<typeof answersSchema>;

// ---- models ----

const modelFields = z.object({
  name: line(TEXT_LIMITS.name, 1),
  slug: optional(slug),
  version: optional(line(40)),
  releaseYear: year(1990, THIS_YEAR + 1),
  releaseDate: optional(z.iso.date("date")),
  modality: z.enum(MODALITIES),
  tasks: uniqueList(z.string().trim().toLowerCase().max(60).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "taskId"), 20),
  parameterBillions: billions,
  activeParameterBillions: billions,
  languages: uniqueList(languageCode, 100),
  languageShareNote: optional(paragraphs(500)),
  description: paragraphs(TEXT_LIMITS.description, 10),
  modelCardUrl: optional(httpUrl),
  codeUrl: optional(httpUrl),
  paperUrl: optional(httpUrl),
  dataUrl: optional(httpUrl),
  /** existing organisations by slug, main developer first, and/or a new one submitted with the model */
  organisations: z.object({
    existing: uniqueList(slug, 10),
    new: organisationSchema.nullable().default(null),
  }),
  licences: z.object({ weights: licenceChoiceSchema, code: licenceChoiceSchema, data: licenceChoiceSchema }),
  answers: answersSchema,
});

type ModelFields = Omit<z.output<typeof modelFields>, "slug">;

function modelRules(model: ModelFields, ctx: z.RefinementCtx) {
  if (model.organisations.existing.length === 0 && !model.organisations.new) {
    ctx.addIssue({ code: "custom", path: ["organisations", "existing"], message: "organisationRequired" });
  }
  if (model.releaseDate && model.releaseYear && Number(model.releaseDate.slice(0, 4)) !== model.releaseYear) {
    ctx.addIssue({ code: "custom", path: ["releaseDate"], message: "dateYearMismatch" });
  }
  if (model.parameterBillions && model.activeParameterBillions && model.activeParameterBillions > model.parameterBillions) {
    ctx.addIssue({ code: "custom", path: ["activeParameterBillions"], message: "activeAboveTotal" });
  }
  const newIds = LICENCE_COMPONENTS.flatMap((c) => (model.licences[c].mode === "new" ? [[c, model.licences[c].licence.id] as const] : []));
  for (const [component, id] of newIds) {
    const first = newIds.find(([, other]) => other.toLowerCase() === id.toLowerCase());
    if (first && first[0] !== component) ctx.addIssue({ code: "custom", path: ["licences", component, "licence", "id"], message: "duplicateItem" });
  }
}

export const modelSchema = modelFields.superRefine(modelRules);
export type ModelInput = z.input<typeof modelSchema>;
export type ModelPayload = z.output<typeof modelSchema>;

// ---- one schema per kind ----

/** Every kind carries an optional note to the maintainers. */
export const submissionSchemas = {
  new_organisation: organisationFields.extend({ comment }),
  new_model: modelFields.extend({ comment }).superRefine(modelRules),
  // an edit keeps the entry's slug: links to it must not break
  edit_organisation: organisationFields.omit({ slug: true }).extend({ comment }),
  edit_model: modelFields.omit({ slug: true }).extend({ comment }).superRefine(modelRules),
} as const;

/** Drafts: every field may be missing, but whatever is there is checked like the rest. */
export const draftSchemas = {
  new_organisation: organisationFields.extend({ comment }).partial(),
  new_model: modelFields.extend({ comment }).partial(),
  edit_organisation: organisationFields.omit({ slug: true }).extend({ comment }).partial(),
  edit_model: modelFields.omit({ slug: true }).extend({ comment }).partial(),
} as const;

export type SubmissionPayload<K extends SubmissionKind> = z.output<(typeof submissionSchemas)[K]>;
export type AnySubmissionPayload = SubmissionPayload<SubmissionKind>;

export function isModelKind(kind: SubmissionKind): kind is "new_model" | "edit_model" {
  return kind === "new_model" || kind === "edit_model";
}

// ---- the requests the forms, actions and API send ----

const id = z.string().trim().min(1).max(40);
const revision = z.number().int().min(1);

export const createSubmissionRequest = z.object({
  kind: z.enum(SUBMISSION_KINDS),
  /** the slug of the entry an edit is for */
  target: slug.optional(),
  payload: z.unknown(),
  draft: z.boolean().default(false),
  /** the honeypot: a person leaves it empty */
  website: z.string().max(200).optional(),
});

export const updateSubmissionRequest = z.object({
  id,
  revision,
  payload: z.unknown(),
  draft: z.boolean().default(false),
  website: z.string().max(200).optional(),
});

export const withdrawSubmissionRequest = z.object({ id, revision });

export const DECISIONS = ["approve", "request_changes", "reject"] as const;
export type Decision = (typeof DECISIONS)[number];

export const decideSubmissionRequest = z
  .object({
    id,
    revision,
    decision: z.enum(DECISIONS),
    note: optional(paragraphs(TEXT_LIMITS.comment)),
  })
  .refine((d) => d.decision === "approve" || d.note, { message: "noteRequired", path: ["note"] });

export type CreateSubmissionRequest = z.input<typeof createSubmissionRequest>;
export type DecideSubmissionRequest = z.input<typeof decideSubmissionRequest>;
