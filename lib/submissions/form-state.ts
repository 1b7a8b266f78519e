// The forms' state (what the inputs hold: strings, "yes"/"no", lists as text) and the payloads the
// schemas read. Pure: the forms use it in the browser, tests use it anywhere.
import { CRITERION_KEYS, type CriterionKey } from "../openness/types";
import type { LicenceChoiceDraft } from "./preview";
import { licenceListFrom } from "../validation/submissions";
import type { ModelSnapshot, OrganisationSnapshot } from "./snapshots";

export type OrganisationState = {
  name: string;
  slug: string;
  type: string;
  country: string;
  countryNote: string;
  isSme: string;
  website: string;
  description: string;
  foundedYear: string;
  sources: string;
};

export const LICENCE_FLAGS = ["osiApproved", "openData", "restrictsUse", "nonCommercial", "nonProduction", "noDerivatives", "shareAlike", "attribution"] as const;
export type LicenceFlag = (typeof LICENCE_FLAGS)[number];

/** One licence of a component: a known one by id, or a new one with its facts. */
export type LicenceState = {
  mode: "existing" | "new";
  id: string;
  licence: { id: string; name: string; url: string; kind: string; note: string; userCap: string; revenueCap: string; revenueCapCurrency: string } & Record<LicenceFlag, boolean>;
};

export type BaseModelState = { mode: "none" | "catalogue" | "outside"; slug: string; name: string; url: string; relation: string };
export type DataExceptionState = { enabled: boolean; reason: string; evidenceUrl: string; note: string };

export type AnswerState = { grade: string; evidenceUrl: string; note: string };

export type ModelState = {
  name: string;
  slug: string;
  version: string;
  releaseYear: string;
  releaseDate: string;
  modality: string;
  tasks: string;
  parameterBillions: string;
  activeParameterBillions: string;
  languages: string;
  languageShareNote: string;
  description: string;
  modelCardUrl: string;
  codeUrl: string;
  paperUrl: string;
  dataUrl: string;
  existingOrganisations: string[];
  /** ids of the person's own organisation submissions awaiting review */
  pendingOrganisations: string[];
  addOrganisation: boolean;
  newOrganisation: OrganisationState;
  licences: Record<"weights" | "code" | "data", LicenceState[]>;
  baseModel: BaseModelState;
  dataException: DataExceptionState;
  familySlug: string;
  familyName: string;
  answers: Record<CriterionKey, AnswerState>;
};

const text = (value: unknown): string => (value === null || value === undefined ? "" : String(value));
const list = (value: string, separator: RegExp) => value.split(separator).map((v) => v.trim()).filter(Boolean);

export function emptyOrganisation(): OrganisationState {
  return { name: "", slug: "", type: "", country: "", countryNote: "", isSme: "unknown", website: "", description: "", foundedYear: "", sources: "" };
}

export function organisationState(o: Partial<Omit<OrganisationSnapshot, "slug"> & { slug: string | null }> | null | undefined): OrganisationState {
  if (!o) return emptyOrganisation();
  return {
    name: text(o.name),
    slug: text(o.slug),
    type: text(o.type),
    country: text(o.country),
    countryNote: text(o.countryNote),
    isSme: o.isSme === true ? "yes" : o.isSme === false ? "no" : "unknown",
    website: text(o.website),
    description: text(o.description),
    foundedYear: text(o.foundedYear),
    sources: (o.sources ?? []).join("\n"),
  };
}

export function organisationPayload(s: OrganisationState, withSlug: boolean) {
  return {
    name: s.name,
    ...(withSlug ? { slug: s.slug } : {}),
    type: s.type,
    country: s.country,
    countryNote: s.countryNote,
    isSme: s.isSme,
    website: s.website,
    description: s.description,
    foundedYear: s.foundedYear,
    sources: list(s.sources, /[\n\r]+/),
  };
}

export function emptyLicence(mode: LicenceState["mode"] = "existing"): LicenceState {
  return {
    mode,
    id: "",
    licence: {
      id: "", name: "", url: "", kind: "model", note: "", userCap: "", revenueCap: "", revenueCapCurrency: "",
      ...(Object.fromEntries(LICENCE_FLAGS.map((flag) => [flag, false])) as Record<LicenceFlag, boolean>),
    },
  };
}

function licenceState(choice: unknown): LicenceState {
  const state = emptyLicence();
  const c = choice as { mode?: string; id?: string; licence?: Record<string, unknown> } | undefined;
  if (c?.mode === "existing") return { ...state, mode: "existing", id: text(c.id) };
  if (c?.mode === "new" && c.licence) {
    const l = c.licence;
    return {
      ...state,
      mode: "new",
      licence: {
        ...state.licence,
        id: text(l.id),
        name: text(l.name),
        url: text(l.url),
        kind: text(l.kind) || "model",
        note: text(l.note),
        userCap: text(l.userCap),
        revenueCap: text(l.revenueCap),
        revenueCapCurrency: text(l.revenueCapCurrency),
        ...(Object.fromEntries(LICENCE_FLAGS.map((flag) => [flag, l[flag] === true])) as Record<LicenceFlag, boolean>),
      },
    };
  }
  return state;
}

/** A component's licences as the form shows them (a payload from before version 2 holds one, or "none"). */
function licenceStates(value: unknown): LicenceState[] {
  return (licenceListFrom(value) as unknown[]).map(licenceState);
}

export function licencePayload(s: LicenceState): LicenceChoiceDraft {
  if (s.mode === "existing") return { mode: "existing", id: s.id };
  return { mode: "new", licence: { ...s.licence } };
}

/** The licences a person has chosen (a row left without a choice is not one). */
export function licencesPayload(list: readonly LicenceState[]): LicenceChoiceDraft[] {
  return list.filter((s) => s.mode === "new" || s.id !== "").map(licencePayload);
}

function baseModelState(value: unknown): BaseModelState {
  const b = value as { slug?: string | null; name?: string | null; url?: string | null; relation?: string } | null | undefined;
  if (!b?.relation) return { mode: "none", slug: "", name: "", url: "", relation: "fine_tune" };
  return { mode: b.slug ? "catalogue" : "outside", slug: text(b.slug), name: text(b.name), url: text(b.url), relation: b.relation };
}

export function baseModelPayload(s: BaseModelState) {
  if (s.mode === "none") return null;
  return s.mode === "catalogue" ? { slug: s.slug, name: null, url: null, relation: s.relation } : { slug: null, name: s.name, url: s.url, relation: s.relation };
}

function dataExceptionState(value: unknown): DataExceptionState {
  const d = value as { reason?: string; evidenceUrl?: string; note?: string | null } | null | undefined;
  return { enabled: Boolean(d?.reason), reason: text(d?.reason) || "legal", evidenceUrl: text(d?.evidenceUrl), note: text(d?.note) };
}

export function dataExceptionPayload(s: DataExceptionState) {
  return s.enabled ? { reason: s.reason, evidenceUrl: s.evidenceUrl, note: s.note } : null;
}

/** The form's state from a published entry, a saved payload, or nothing. */
export function modelState(m: Partial<ModelSnapshot> | Record<string, unknown> | null | undefined): ModelState {
  const v = (m ?? {}) as Partial<ModelSnapshot>;
  const answers = Object.fromEntries(
    CRITERION_KEYS.map((key) => {
      const a = v.answers?.[key];
      return [key, { grade: a?.grade ?? "unknown", evidenceUrl: text(a?.evidenceUrl), note: text(a?.note) }];
    }),
  ) as Record<CriterionKey, AnswerState>;
  return {
    name: text(v.name),
    slug: text(v.slug),
    version: text(v.version),
    releaseYear: text(v.releaseYear),
    releaseDate: text(v.releaseDate),
    modality: text(v.modality),
    tasks: (v.tasks ?? []).join(", "),
    parameterBillions: text(v.parameterBillions),
    activeParameterBillions: text(v.activeParameterBillions),
    languages: (v.languages ?? []).join(", "),
    languageShareNote: text(v.languageShareNote),
    description: text(v.description),
    modelCardUrl: text(v.modelCardUrl),
    codeUrl: text(v.codeUrl),
    paperUrl: text(v.paperUrl),
    dataUrl: text(v.dataUrl),
    existingOrganisations: v.organisations?.existing ?? [],
    pendingOrganisations: v.organisations?.pending ?? [],
    addOrganisation: Boolean(v.organisations?.new),
    newOrganisation: organisationState(v.organisations?.new ?? null),
    licences: { weights: licenceStates(v.licences?.weights), code: licenceStates(v.licences?.code), data: licenceStates(v.licences?.data) },
    baseModel: baseModelState(v.baseModel),
    dataException: dataExceptionState(v.dataException),
    familySlug: text(v.family?.slug),
    familyName: text(v.family?.name),
    answers,
  };
}

/** One of the person's own organisations awaiting review, as the model form offers it. */
export type PendingOrganisationChoice = { id: string; name: string; country: string };

export function modelPayload(s: ModelState, withSlug: boolean) {
  return {
    name: s.name,
    ...(withSlug ? { slug: s.slug } : {}),
    version: s.version,
    releaseYear: s.releaseYear,
    releaseDate: s.releaseDate,
    modality: s.modality,
    tasks: list(s.tasks, /[,\s]+/),
    parameterBillions: s.parameterBillions,
    activeParameterBillions: s.activeParameterBillions,
    languages: list(s.languages, /[,\s]+/),
    languageShareNote: s.languageShareNote,
    description: s.description,
    modelCardUrl: s.modelCardUrl,
    codeUrl: s.codeUrl,
    paperUrl: s.paperUrl,
    dataUrl: s.dataUrl,
    organisations: { existing: s.existingOrganisations, new: s.addOrganisation ? organisationPayload(s.newOrganisation, true) : null, pending: s.pendingOrganisations },
    licences: { weights: licencesPayload(s.licences.weights), code: licencesPayload(s.licences.code), data: licencesPayload(s.licences.data) },
    baseModel: baseModelPayload(s.baseModel),
    dataException: dataExceptionPayload(s.dataException),
    family: s.familySlug || s.familyName ? { slug: s.familySlug, name: s.familyName } : null,
    answers: s.answers,
  };
}
