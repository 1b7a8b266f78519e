// One zod schema per submission kind, shared by the forms (live errors), the server actions and the
// API. A draft is checked field by field but may be incomplete; a submission for review must be whole.
import { z } from "zod";
import {
  ANSWER_GRADES,
  BASE_RELATIONS,
  CRITERION_KEYS,
  LICENCE_COMPONENTS,
  LICENCE_KINDS,
  MODALITIES,
  ORGANISATION_TYPES,
  type CriterionKey,
} from "../openness/types";
import { DATA_EXCEPTION_REASONS } from "../openness/g7";
import { europeanCountry, httpUrl, isWellFormedText, languageCode, line, optional, paragraphs, recordId, slug, uniqueList, year } from "./fields";

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

/** A positive number from a form ("1 000 000", "1,5") or the API; blank is none. */
const positiveAmount = (max: number) =>
  optional(
    z.preprocess(
      (v) => (typeof v === "string" ? Number(v.replace(/[\s\u00a0\u202f_]/g, "").replace(",", ".")) : v),
      z.number({ error: "positiveNumber" }).positive("positiveNumber").max(max),
    ),
  );

/** A new licence's facts; with its one rule (a revenue cap needs its currency) in newLicenceSchema. */
export const newLicenceFields = z
  .object({
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
    /** evaluation, research or testing only */
    nonProduction: flag,
    /** monthly active users above which the licence no longer applies */
    userCap: positiveAmount(1e12),
    /** yearly revenue above which the licence no longer applies */
    revenueCap: positiveAmount(1e15),
    revenueCapCurrency: optional(z.string().trim().toUpperCase().regex(/^[A-Z]{3}$/, "currency")),
    note: optional(paragraphs(TEXT_LIMITS.note)),
  });
export const currencyWithRevenueCap = (l: { revenueCap: number | null; revenueCapCurrency: string | null }) => l.revenueCap === null || l.revenueCapCurrency !== null;
export const newLicenceSchema = newLicenceFields.refine(currencyWithRevenueCap, { message: "currencyRequired", path: ["revenueCapCurrency"] });
export type NewLicence = z.output<typeof newLicenceSchema>;

export const LICENCE_MATCH_KINDS = ["id", "url", "name"] as const;

/** Text kept as given, but whole characters only (it is stored in the payload's JSON). */
const wellFormed = (max: number) => z.string().max(max).refine(isWellFormedText, "brokenCharacters");

/**
 * One licence of a component: one of the knowledge base, or a new one with its facts. A licence
 * proposed as new that is a known one (version 2, rule 4) is stored as the known one, with what was
 * proposed kept in `proposedAs` so that the maintainers see the match.
 */
export const licenceChoiceSchema = z.discriminatedUnion("mode", [
  z.object({
    mode: z.literal("existing"),
    id: z.string().trim().min(1).max(64).regex(/^[A-Za-z0-9][A-Za-z0-9.+-]*$/, "licenceId"),
    proposedAs: z
      .object({ id: wellFormed(64), name: wellFormed(200), url: wellFormed(2000), by: z.enum(LICENCE_MATCH_KINDS) })
      .optional(),
  }),
  z.object({ mode: z.literal("new"), licence: newLicenceSchema }),
]);
export type LicenceChoice = z.output<typeof licenceChoiceSchema>;

export const MAX_LICENCES_PER_COMPONENT = 10;

/**
 * Every licence of one component (version 2, rule 1). Payloads written before version 2 held one
 * choice per component, `{ mode: "none" }` for none: they are read as a list of zero or one.
 */
export function licenceListFrom(value: unknown): unknown {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value;
  if (typeof value === "object" && (value as { mode?: unknown }).mode === "none") return [];
  return [value];
}

const licenceList = z.preprocess(licenceListFrom, z.array(licenceChoiceSchema).max(MAX_LICENCES_PER_COMPONENT));

export { LICENCE_COMPONENTS };
export type LicenceComponent = (typeof LICENCE_COMPONENTS)[number];

// ---- ancestry and the G7 data exception ----

/** The model this one was made from: a catalogue model by slug, or the name and address of another. */
export const baseModelSchema = z
  .object({
    slug: optional(slug),
    name: optional(line(TEXT_LIMITS.name)),
    url: optional(httpUrl),
    relation: z.enum(BASE_RELATIONS),
  })
  .superRefine((base, ctx) => {
    if (!base.slug && !base.name) ctx.addIssue({ code: "custom", path: ["slug"], message: "baseModelRequired" });
    if (base.slug && (base.name || base.url)) ctx.addIssue({ code: "custom", path: ["name"], message: "baseModelEither" });
  });
export type BaseModelPayload = z.output<typeof baseModelSchema>;

/** Why the full training data cannot be shared, with the page that says so (the G7 "Open Source AI" exception). */
export const dataExceptionSchema = z.object({
  reason: z.enum(DATA_EXCEPTION_REASONS),
  evidenceUrl: httpUrl,
  note: optional(paragraphs(TEXT_LIMITS.note)),
});

/** Sizes, versions and instruct variants of one release share a family. */
export const familySchema = z.object({ slug, name: line(TEXT_LIMITS.name) });

/**
 * Where facts or links carry over from another source, with its licence (CC-BY asks for it). On a
 * submission it is added to the entry's list when approved, never taken from it.
 */
export const attributionSchema = z.array(z.object({ source: line(200), url: httpUrl, licence: line(60) })).max(10);
export type Attribution = z.output<typeof attributionSchema>[number];

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
    /** the submitter's own new-organisation submissions still awaiting review, by id: approving the
     * model publishes each of them once, from its own submission */
    pending: uniqueList(z.string().trim().regex(/^[a-z0-9]{1,40}$/, "submissionId"), 5).default([]),
  }),
  licences: z.object({ weights: licenceList, code: licenceList, data: licenceList }),
  baseModel: baseModelSchema.nullable().default(null),
  dataException: dataExceptionSchema.nullable().default(null),
  family: familySchema.nullable().default(null),
  attribution: attributionSchema.optional(),
  answers: answersSchema,
});

type ModelFields = Omit<z.output<typeof modelFields>, "slug"> & { slug?: string | null };

function modelRules(model: ModelFields, ctx: z.RefinementCtx) {
  if (model.baseModel?.slug && model.slug && model.baseModel.slug === model.slug) {
    ctx.addIssue({ code: "custom", path: ["baseModel", "slug"], message: "baseIsSelf" });
  }
  if (model.organisations.existing.length === 0 && !model.organisations.new && model.organisations.pending.length === 0) {
    ctx.addIssue({ code: "custom", path: ["organisations", "existing"], message: "organisationRequired" });
  }
  if (model.releaseDate && model.releaseYear && Number(model.releaseDate.slice(0, 4)) !== model.releaseYear) {
    ctx.addIssue({ code: "custom", path: ["releaseDate"], message: "dateYearMismatch" });
  }
  if (model.parameterBillions && model.activeParameterBillions && model.activeParameterBillions > model.parameterBillions) {
    ctx.addIssue({ code: "custom", path: ["activeParameterBillions"], message: "activeAboveTotal" });
  }
  for (const component of LICENCE_COMPONENTS) {
    const seen = new Set<string>();
    model.licences[component].forEach((choice, index) => {
      const id = (choice.mode === "existing" ? choice.id : choice.licence.id).toLowerCase();
      if (seen.has(id)) ctx.addIssue({ code: "custom", path: ["licences", component, index, choice.mode === "existing" ? "id" : "licence"], message: "duplicateItem" });
      seen.add(id);
    });
  }
  // an open answer on use stands on the weights licence: record it (the scorer then checks its terms)
  if (model.answers.use.grade === "open" && model.licences.weights.length === 0) {
    ctx.addIssue({ code: "custom", path: ["licences", "weights"], message: "licenceRequiredForOpenUse" });
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

const id = recordId;
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
