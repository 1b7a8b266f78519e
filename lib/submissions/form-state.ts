// The forms' state (what the inputs hold: strings, "yes"/"no", lists as text) and the payloads the
// schemas read. Pure: the forms use it in the browser, tests use it anywhere.
import { CRITERION_KEYS, type CriterionKey } from "../openness/types";
import type { LicenceChoiceDraft } from "./preview";
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

export type LicenceState = {
  mode: "none" | "existing" | "new";
  id: string;
  licence: { id: string; name: string; url: string; kind: string; note: string } & Record<
    "osiApproved" | "openData" | "restrictsUse" | "nonCommercial" | "noDerivatives" | "shareAlike" | "attribution",
    boolean
  >;
};

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
  addOrganisation: boolean;
  newOrganisation: OrganisationState;
  licences: Record<"weights" | "code" | "data", LicenceState>;
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

function emptyLicence(): LicenceState {
  return {
    mode: "none",
    id: "",
    licence: { id: "", name: "", url: "", kind: "model", note: "", osiApproved: false, openData: false, restrictsUse: false, nonCommercial: false, noDerivatives: false, shareAlike: false, attribution: false },
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
        osiApproved: l.osiApproved === true,
        openData: l.openData === true,
        restrictsUse: l.restrictsUse === true,
        nonCommercial: l.nonCommercial === true,
        noDerivatives: l.noDerivatives === true,
        shareAlike: l.shareAlike === true,
        attribution: l.attribution === true,
      },
    };
  }
  return state;
}

export function licencePayload(s: LicenceState): LicenceChoiceDraft {
  if (s.mode === "existing") return { mode: "existing", id: s.id };
  if (s.mode === "new") return { mode: "new", licence: { ...s.licence } };
  return { mode: "none" };
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
    addOrganisation: Boolean(v.organisations?.new),
    newOrganisation: organisationState(v.organisations?.new ?? null),
    licences: { weights: licenceState(v.licences?.weights), code: licenceState(v.licences?.code), data: licenceState(v.licences?.data) },
    answers,
  };
}

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
    organisations: { existing: s.existingOrganisations, new: s.addOrganisation ? organisationPayload(s.newOrganisation, true) : null },
    licences: { weights: licencePayload(s.licences.weights), code: licencePayload(s.licences.code), data: licencePayload(s.licences.data) },
    answers: s.answers,
  };
}
