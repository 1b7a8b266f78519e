// What a Hugging Face model's info says, as a draft of a model submission, and what it leaves for a
// person to decide. Pure: the server gives it the Hub's answer, the licences the catalogue knows
// and what the catalogue holds of this model, its base models and its owner's organisations.
//
// It fills facts (name, model card, task, modality, parameters, languages, licences of the
// weights, paper, base model, organisation) and never answers a criterion: every answer stays
// "unknown" until the contributor gives it with its evidence. Datasets and papers the card names
// are offered as evidence to look at, not as answers.
import { iso6393 } from "iso-639-3";
import { identifyLicence } from "../openness/licence-identity";
import type { BaseRelation, Licence, Modality } from "../openness/types";
import { isLanguageCode, slugify } from "../validation/fields";
import type { LicenceChoice } from "../validation/submissions";
import { HUB_SITE, hubDatasetUrl, hubModelUrl, isHubModelId } from "./repo-id";
import type { HubModel } from "./hub";

/** What the catalogue holds that the pre-fill links to: entries by their model card on the Hub. */
export type CatalogueLookups = {
  /** published models whose model card is a Hub page, by its id in lower case */
  modelsByHubId: ReadonlyMap<string, { slug: string; name: string }>;
  /** organisations of published models whose model card is under this owner on the Hub */
  organisationsOfOwner: readonly { slug: string; name: string }[];
};

/** Something the Hub could not settle: a message key under `submit.prefill.toDecide`, its values, links to look at. */
export type ToDecide = { key: ToDecideKey; field: string; values?: Record<string, string>; links?: string[] };

export const TO_DECIDE_KEYS = [
  "existing",
  "description",
  "releaseYear",
  "organisation",
  "organisationChoose",
  "modality",
  "modalityFromTask",
  "parameters",
  "languagesNone",
  "languagesUnclear",
  "licenceNone",
  "licenceUnknown",
  "licenceTerms",
  "licencesCodeData",
  "baseRelation",
  "baseModels",
  "gated",
  "papers",
  "datasets",
  "answers",
] as const;
export type ToDecideKey = (typeof TO_DECIDE_KEYS)[number];

export type PrefillPayload = {
  name: string;
  modelCardUrl: string;
  modality?: Modality;
  tasks?: string[];
  parameterBillions?: number;
  languages?: string[];
  paperUrl?: string;
  licences: { weights: LicenceChoice[]; code: LicenceChoice[]; data: LicenceChoice[] };
  baseModel?: { slug: string | null; name: string | null; url: string | null; relation: BaseRelation };
  organisations?: { existing: string[]; new: null };
};

export type Prefill = {
  /** the model's id on the Hub, as the Hub spells it */
  id: string;
  url: string;
  /** a draft of a new model submission (submit.new_model's fields, the answers left out) */
  payload: PrefillPayload;
  /** the payload's fields it filled */
  filled: string[];
  toDecide: ToDecide[];
  /** how access to the weights is gated on the Hub, if it is */
  gated: "auto" | "manual" | null;
  /** the catalogue's entry for this very model, when there is one */
  existing: { slug: string; name: string } | null;
};

// ---- the Hub's vocabulary ----

const MODALITY_BY_TASK: Record<string, Modality> = Object.fromEntries(
  (
    [
      ["text", "text-generation text2text-generation fill-mask feature-extraction sentence-similarity translation summarization text-classification token-classification question-answering zero-shot-classification table-question-answering text-ranking"],
      ["speech", "automatic-speech-recognition text-to-speech voice-activity-detection"],
      ["audio", "audio-classification text-to-audio audio-to-audio"],
      ["image", "text-to-image image-classification image-segmentation object-detection image-to-image unconditional-image-generation depth-estimation image-feature-extraction zero-shot-image-classification mask-generation"],
      ["multimodal", "image-text-to-text visual-question-answering document-question-answering image-to-text any-to-any video-text-to-text audio-text-to-text visual-document-retrieval"],
      ["video", "text-to-video image-to-video video-classification"],
    ] as const
  ).flatMap(([modality, tasks]) => tasks.split(" ").map((task) => [task, modality])),
);

/** The Hub's licence ids for licences SPDX has no id for, and the catalogue's id of each. */
export const HUB_LICENCE_IDS: ReadonlyMap<string, string> = new Map([
  ["llama2", "LicenseRef-Llama-2-Community-License"],
  ["llama3", "LicenseRef-Llama-3-Community-License"],
  ["llama3.1", "LicenseRef-Llama-3.1-Community-License"],
  ["llama3.2", "LicenseRef-Llama-3.2-Community-License"],
  ["llama3.3", "LicenseRef-Llama-3.3-Community-License"],
  ["llama4", "LicenseRef-Llama-4-Community-License"],
  ["gemma", "LicenseRef-Gemma-Terms-of-Use"],
  ["deepseek", "LicenseRef-DeepSeek-License-1.0"],
  ["bigscience-bloom-rail-1.0", "BigScience-BLOOM-RAIL-1.0"],
  ["bigscience-openrail-m", "LicenseRef-BigScience-OpenRAIL-M"],
  ["creativeml-openrail-m", "CreativeML-OpenRAIL-M"],
  ["bigcode-openrail-m", "LicenseRef-BigCode-OpenRAIL-M"],
  ["openrail++", "LicenseRef-CreativeML-OpenRAIL-PlusPlus-M"],
]);

/** The Hub's base_model_relation values (and tags base_model:<relation>:<id>) as our relations. */
const RELATIONS: Record<string, BaseRelation> = { finetune: "fine_tune", adapter: "fine_tune", merge: "merge", quantized: "quantisation" };

// ISO 639-2 and 639-3 codes as the shortest code of the language (639-1 where one exists), as the catalogue stores them
const SHORTEST_LANGUAGE_CODE = new Map<string, string>();
for (const language of iso6393) {
  const shortest = language.iso6391 ?? language.iso6393;
  for (const code of [language.iso6393, language.iso6392B, language.iso6392T]) if (code && !SHORTEST_LANGUAGE_CODE.has(code)) SHORTEST_LANGUAGE_CODE.set(code, shortest);
}

/** A language as the model card writes it ("fr", "fra", "fr-CA", "zh_Hans") as an ISO 639 code, or null. */
export function languageCodeOf(value: string): string | null {
  const primary = value.trim().toLowerCase().split(/[-_]/)[0] ?? "";
  if (!/^[a-z]{2,3}$/.test(primary)) return null;
  const code = primary.length === 3 ? (SHORTEST_LANGUAGE_CODE.get(primary) ?? primary) : primary;
  return isLanguageCode(code) ? code : null;
}

const asList = (value: unknown): string[] =>
  (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]).filter((v): v is string => typeof v === "string" && v.trim() !== "").map((v) => v.trim());

const unique = <T>(values: readonly T[]) => [...new Set(values)];

/** Tags of the form `<prefix>:<value>` (arxiv:2409.1, license:mit, base_model:finetune:org/name). */
const tagValues = (tags: readonly string[], prefix: string) => tags.filter((tag) => tag.startsWith(`${prefix}:`)).map((tag) => tag.slice(prefix.length + 1));

// ---- licences ----

/** An http(s) address, relative ones read against the card's folder ("LICENSE"); null otherwise. */
function absoluteUrl(value: string, base: string): string | null {
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
  } catch {
    return null;
  }
}

type ProposedLicence = { id: string | null; name: string | null; url: string | null };

/** Every licence the card and tags name: `license` (one or several), `license_name` and `license_link` for "other", `license:` tags. */
function proposedLicences(model: HubModel): ProposedLicence[] {
  const card = model.cardData ?? {};
  const link = typeof card.license_link === "string" ? absoluteUrl(card.license_link, `${HUB_SITE}/${model.id}/blob/main/`) : null;
  const name = typeof card.license_name === "string" && card.license_name.trim() ? card.license_name.trim() : null;
  const ids = unique([...asList(card.license), ...tagValues(model.tags, "license")].map((id) => id.toLowerCase()));
  const proposed: ProposedLicence[] = ids.filter((id) => id !== "other").map((id) => ({ id, name: null, url: null }));
  if (ids.includes("other") || (proposed.length === 0 && (name || link))) proposed.push({ id: null, name, url: link });
  return proposed;
}

/** A licence's identifier for one proposed as new: its SPDX-like id, or LicenseRef- and its name. */
function newLicenceId(licence: ProposedLicence): string {
  const base = licence.id ?? slugify(licence.name ?? "licence");
  const id = /^licenseref-/i.test(base) ? base : `LicenseRef-${base}`;
  return id.replace(/[^A-Za-z0-9.+-]/g, "-").slice(0, 64);
}

function weightsLicences(model: HubModel, known: readonly Licence[], toDecide: ToDecide[]): LicenceChoice[] {
  const choices: LicenceChoice[] = [];
  for (const licence of proposedLicences(model)) {
    const id = licence.id ? (HUB_LICENCE_IDS.get(licence.id) ?? licence.id) : null;
    const match = identifyLicence({ id, name: licence.name, url: licence.url }, known);
    if (match) {
      if (!choices.some((c) => c.mode === "existing" && c.id === match.licence.id)) choices.push({ mode: "existing", id: match.licence.id });
      continue;
    }
    const label = licence.name ?? licence.id ?? "other";
    if (licence.name && licence.url) {
      // described by its name and text: proposed as new, its terms for the contributor to read
      choices.push({
        mode: "new",
        licence: {
          id: newLicenceId(licence), name: licence.name, url: licence.url, kind: "model", note: null, userCap: null, revenueCap: null, revenueCapCurrency: null,
          osiApproved: false, openData: false, restrictsUse: false, nonCommercial: false, noDerivatives: false, shareAlike: false, attribution: false, nonProduction: false,
        },
      });
      toDecide.push({ key: "licenceTerms", field: "licences.weights", values: { name: licence.name }, links: [licence.url] });
    } else {
      toDecide.push({ key: "licenceUnknown", field: "licences.weights", values: { name: label }, ...(licence.url ? { links: [licence.url] } : {}) });
    }
  }
  if (proposedLicences(model).length === 0) toDecide.push({ key: "licenceNone", field: "licences.weights" });
  return choices;
}

// ---- base models ----

/** The models the card names as its bases (`base_model`, `base_model:` tags), first the card's. */
export function baseModels(model: HubModel): { ids: string[]; relation: string | null } {
  const card = model.cardData ?? {};
  const fromTags = tagValues(model.tags, "base_model").map((value) => {
    const parts = value.split(":");
    return parts.length === 2 ? { relation: parts[0]!, id: parts[1]! } : { relation: null, id: value };
  });
  const ids = unique([...asList(card.base_model), ...fromTags.map((t) => t.id)]).filter(isHubModelId).filter((id) => id.toLowerCase() !== model.id.toLowerCase());
  const relation = (typeof card.base_model_relation === "string" ? card.base_model_relation : null) ?? fromTags.find((t) => t.relation)?.relation ?? null;
  return { ids, relation };
}

// ---- the whole ----

export function prefillFromHub(model: HubModel, known: readonly Licence[], catalogue: CatalogueLookups): Prefill {
  const toDecide: ToDecide[] = [];
  const filled: string[] = ["name", "modelCardUrl"];
  const id = model.id;
  const url = hubModelUrl(id);
  const card = model.cardData ?? {};
  const payload: PrefillPayload = { name: id.split("/")[1]!, modelCardUrl: url, licences: { weights: [], code: [], data: [] } };

  const existing = catalogue.modelsByHubId.get(id.toLowerCase()) ?? null;
  if (existing) toDecide.push({ key: "existing", field: "name", values: { name: existing.name, slug: existing.slug } });

  // task and modality
  const task = model.pipeline_tag?.trim().toLowerCase() ?? "";
  if (/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(task) && task.length <= 60) {
    payload.tasks = [task];
    filled.push("tasks");
  }
  const modality = MODALITY_BY_TASK[task];
  if (modality) {
    payload.modality = modality;
    filled.push("modality");
    toDecide.push({ key: "modalityFromTask", field: "modality", values: { task } });
  } else {
    toDecide.push({ key: "modality", field: "modality" });
  }

  // parameters
  const total = model.safetensors?.total;
  if (total && total > 0) {
    payload.parameterBillions = Number((total / 1e9).toPrecision(4));
    filled.push("parameterBillions");
  } else {
    toDecide.push({ key: "parameters", field: "parameterBillions" });
  }

  // languages
  const written = asList(card.language);
  const codes = unique(written.map(languageCodeOf).filter((code): code is string => code !== null));
  const unclear = written.filter((value) => languageCodeOf(value) === null);
  if (codes.length) {
    payload.languages = codes.slice(0, 100);
    filled.push("languages");
  }
  if (unclear.length) toDecide.push({ key: "languagesUnclear", field: "languages", values: { codes: unclear.join(", ") } });
  else if (!codes.length) toDecide.push({ key: "languagesNone", field: "languages" });

  // licences of the weights; the Hub says nothing of the code's and data's
  payload.licences.weights = weightsLicences(model, known, toDecide).slice(0, 10);
  if (payload.licences.weights.length) filled.push("licences.weights");
  toDecide.push({ key: "licencesCodeData", field: "licences.code" });

  // papers
  const papers = unique(tagValues(model.tags, "arxiv")).filter((paper) => /^[0-9]{4}\.[0-9]{4,5}$|^[a-z-]+(\.[A-Z]{2})?\/[0-9]{7}$/.test(paper)).map((paper) => `https://arxiv.org/abs/${paper}`);
  if (papers.length) {
    payload.paperUrl = papers[0];
    filled.push("paperUrl");
    toDecide.push({ key: "papers", field: "paperUrl", links: papers.slice(0, 10) });
  }

  // base model
  const bases = baseModels(model);
  if (bases.ids.length) {
    const baseId = bases.ids[0]!;
    const relation = bases.relation ? RELATIONS[bases.relation] : undefined;
    const inCatalogue = catalogue.modelsByHubId.get(baseId.toLowerCase());
    payload.baseModel = inCatalogue
      ? { slug: inCatalogue.slug, name: null, url: null, relation: relation ?? "fine_tune" }
      : { slug: null, name: baseId, url: hubModelUrl(baseId), relation: relation ?? "fine_tune" };
    filled.push("baseModel");
    if (!relation) toDecide.push({ key: "baseRelation", field: "baseModel.relation", values: { base: baseId } });
    if (bases.ids.length > 1) toDecide.push({ key: "baseModels", field: "baseModel", values: { base: baseId }, links: bases.ids.slice(0, 10).map(hubModelUrl) });
  }

  // who develops it
  const owner = id.split("/")[0]!;
  const organisations = catalogue.organisationsOfOwner;
  if (organisations.length === 1) {
    payload.organisations = { existing: [organisations[0]!.slug], new: null };
    filled.push("organisations.existing");
  } else if (organisations.length > 1) {
    toDecide.push({ key: "organisationChoose", field: "organisations.existing", values: { owner, names: organisations.map((o) => o.name).join(", ") } });
  } else {
    toDecide.push({ key: "organisation", field: "organisations.existing", values: { owner } });
  }

  // what only a person can write or check
  toDecide.push({ key: "description", field: "description" });
  const created = model.createdAt && /^\d{4}-/.test(model.createdAt) ? model.createdAt.slice(0, 4) : null;
  toDecide.push({ key: "releaseYear", field: "releaseYear", values: { year: created ?? "none" } });
  const gated = model.gated === "auto" || model.gated === "manual" ? model.gated : null;
  if (gated) toDecide.push({ key: "gated", field: "answers.weights", values: { mode: gated } });
  // a dataset's id may have no namespace ("c4"): the Hub's older datasets
  const datasets = unique(asList(card.datasets)).filter((dataset) => /^[A-Za-z0-9_][\w.-]{0,95}(\/[A-Za-z0-9_][\w.-]{0,95})?$/.test(dataset));
  if (datasets.length) toDecide.push({ key: "datasets", field: "answers.data", links: datasets.slice(0, 20).map(hubDatasetUrl) });
  toDecide.push({ key: "answers", field: "answers" });

  return { id, url, payload, filled, toDecide, gated, existing };
}
