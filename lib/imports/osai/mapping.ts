// The European Open Source AI Index's dimensions as our criteria. Pure, and the one definition of
// the mapping: the importer applies it and the methodology page writes it out (with its limits).
//
// The index grades twelve dimensions open / partial / closed with an evidence link. It splits data
// and weights by base model and end model, grades gated weights partial, and has one "licenses"
// dimension for every component at once; its "open" for data means open for inspection or shared,
// where ours means downloadable under licences that allow redistribution. So the mapping is
// conservative where the index is looser, the scorer still applies our derived rules (licences,
// base models) to what it gives, and a maintainer reviews every proposal.
import { identifyLicence } from "../../openness/licence-identity";
import type { AnswerGrade, CriterionKey, Licence, Modality } from "../../openness/types";
import type { AnswersPayload } from "../../validation/submissions";
import type { OsaiClass, OsaiDimension, OsaiDimensionValue, OsaiRecord } from "./read";

/** How one of our criteria is read from the index: the dimensions it reads and the rule (worded on the methodology page). */
export type OsaiRule = "weightsLicence" | "methods" | "dataBaseAndEnd" | "licencesAllComponents" | "endModelWeights" | "same" | "best" | "none";

export const OSAI_MAPPING: readonly { criterion: CriterionKey; from: readonly OsaiDimension[]; rule: OsaiRule }[] = [
  { criterion: "use", from: ["weights_endmodel"], rule: "weightsLicence" },
  { criterion: "methods", from: ["trainingcode", "preprint", "paper"], rule: "methods" },
  { criterion: "data", from: ["datasources_basemodel", "datasources_endmodel"], rule: "dataBaseAndEnd" },
  { criterion: "retrain", from: ["licenses"], rule: "licencesAllComponents" },
  { criterion: "weights", from: ["weights_endmodel"], rule: "endModelWeights" },
  { criterion: "architecture", from: ["hardware_architecture"], rule: "same" },
  { criterion: "paper", from: ["paper", "preprint"], rule: "best" },
  { criterion: "modelcard", from: ["modelcard"], rule: "same" },
  { criterion: "datacard", from: ["datasheet"], rule: "same" },
  { criterion: "evaluation", from: [], rule: "none" },
  { criterion: "checkpoints", from: [], rule: "none" },
  { criterion: "inference", from: [], rule: "none" },
];

/** Dimensions no criterion reads, and what they are used for instead (keys worded on the methodology page). */
export const OSAI_OTHER_DIMENSIONS: readonly { dimension: OsaiDimension; use: "baseModel" | "unused" }[] = [
  { dimension: "weights_basemodel", use: "baseModel" },
  { dimension: "code", use: "unused" },
];

/** What the mapping cannot do, each worded on the methodology page. */
export const OSAI_LIMITS = ["licenses", "baseAndEnd", "gated", "looserOpen", "missingDimensions", "europe", "releaseNotModel"] as const;

/** The credit the index's CC-BY-4.0 licence asks for, recorded on every entry it contributes to. */
export const OSAI_ATTRIBUTION = {
  source: "European Open Source AI Index (Liesenfeld & Dingemanse), doi:10.5281/zenodo.15386042",
  url: "https://osai-index.eu/",
  licence: "CC-BY-4.0",
} as const;

type Answer = AnswersPayload[CriterionKey];

const RANK: Record<OsaiClass, number> = { closed: 0, partial: 1, open: 2 };

const describe = (record: OsaiRecord, dimensions: readonly OsaiDimension[]) =>
  dimensions.map((d) => `${d} ${record[d].class ?? "not graded"}${record[d].notes ? ` (${record[d].notes})` : ""}`).join("; ");

/** An answer with the index's words; an open or partial one without a link cannot count (evidence), so it is left unknown. */
function answer(grade: AnswerGrade, evidenceUrl: string | null, note: string): Answer {
  const text = `European Open Source AI Index: ${note}`;
  if ((grade === "open" || grade === "partial") && !evidenceUrl) {
    return { grade: "unknown", evidenceUrl: null, note: `${text} The index gives ${grade} without a link: check it.`.slice(0, 1000) };
  }
  return { grade, evidenceUrl: grade === "open" || grade === "partial" ? evidenceUrl : (evidenceUrl ?? null), note: text.slice(0, 1000) };
}

const first = (value: OsaiDimensionValue) => value.links[0] ?? null;

function same(record: OsaiRecord, dimension: OsaiDimension): Answer {
  const value = record[dimension];
  if (!value.class) return { grade: "unknown", evidenceUrl: null, note: `European Open Source AI Index: ${dimension} not graded.` };
  return answer(value.class, first(value), describe(record, [dimension]));
}

/** The better graded of several dimensions, with its link. */
function best(record: OsaiRecord, dimensions: readonly OsaiDimension[]): Answer {
  const graded = dimensions.filter((d) => record[d].class).sort((a, b) => RANK[record[b].class!] - RANK[record[a].class!]);
  const top = graded[0];
  if (!top) return { grade: "unknown", evidenceUrl: null, note: `European Open Source AI Index: ${dimensions.join(", ")} not graded.` };
  return answer(record[top].class!, first(record[top]), describe(record, dimensions));
}

function methods(record: OsaiRecord): Answer {
  const code = record.trainingcode;
  const writing = best(record, ["preprint", "paper"]);
  const note = describe(record, ["trainingcode", "preprint", "paper"]);
  if (code.class === "open" || code.class === "partial") return answer(code.class, first(code), note);
  // a paper or report without the code is partial; nothing usable is closed
  if (writing.grade === "open" || writing.grade === "partial") return answer("partial", writing.evidenceUrl, note);
  return code.class === "closed" ? answer("closed", null, note) : { grade: "unknown", evidenceUrl: null, note: `European Open Source AI Index: ${note}` };
}

function data(record: OsaiRecord): Answer {
  const base = record.datasources_basemodel;
  // "in case a distinction between base and end model is not applicable, this mirrors the end model's"
  const end = record.datasources_endmodel.class ? record.datasources_endmodel : base;
  const note = describe(record, ["datasources_basemodel", "datasources_endmodel"]);
  if (!base.class && !end.class) return { grade: "unknown", evidenceUrl: null, note: `European Open Source AI Index: ${note}` };
  const b = base.class ?? end.class!;
  const e = end.class ?? b;
  // ours is open only when every pre-training and post-training set is: both open
  if (b === "open" && e === "open") return answer("open", first(base) ?? first(end), note);
  // the pre-training corpus closed, and the fine-tuning data not open either: only described
  if (b === "closed" && e !== "open") return answer("closed", null, note);
  const shown = b !== "closed" ? base : end;
  return answer("partial", first(shown) ?? first(base) ?? first(end), note);
}

function weights(record: OsaiRecord): Answer {
  const end = record.weights_endmodel;
  if (!end.class) return { grade: "unknown", evidenceUrl: null, note: "European Open Source AI Index: weights_endmodel not graded." };
  const gated = end.class === "partial" ? " The index grades gated weights partial; under our rule a click-through alone is open: check the gate." : "";
  return answer(end.class, first(end), `${describe(record, ["weights_endmodel"])}.${gated}`);
}

/** A licence with no use restriction and no threshold (METHODOLOGY.md, pillar "use" and rule 5). */
const freeToUse = (licence: Licence) => !licence.restrictsUse && !licence.nonCommercial && !licence.nonProduction && licence.userCap == null && licence.revenueCap == null;

/** The end model's licence as the index names it, identified against the catalogue's (version 2, rule 4). */
export function weightsLicenceOf(record: OsaiRecord, known: readonly Licence[]): Licence | null {
  const name = record.system.endmodellicense?.trim();
  if (!name) return null;
  // "Apache 2.0" is the SPDX id written with a space
  return (identifyLicence({ name }, known) ?? identifyLicence({ id: name.replace(/\s+/g, "-") }, known))?.licence ?? null;
}

function answerForUse(record: OsaiRecord, licence: Licence | null, weightsAnswer: Answer): Answer {
  const named = record.system.endmodellicense?.trim() || "no licence";
  const evidence = first(record.weights_endmodel) ?? record.system.links[0] ?? first(record.licenses);
  if (weightsAnswer.grade === "closed") return answer("closed", null, `weights_endmodel closed: the weights are not released.`);
  if (!licence) return { grade: "unknown", evidenceUrl: null, note: `European Open Source AI Index: the end model's licence is “${named}”, not one the catalogue knows: identify it.`.slice(0, 1000) };
  return answer(freeToUse(licence) ? "open" : "closed", evidence, `end model licence “${named}”, identified as ${licence.id}${freeToUse(licence) ? ", with no use restriction" : ", which restricts use"}.`);
}

function retrain(record: OsaiRecord, use: Answer, dataAnswer: Answer): Answer {
  const licences = record.licenses;
  const note = `${describe(record, ["licenses"])}. The index grades the licences of every component at once.`;
  if (use.grade === "closed") return answer("closed", null, `${note} The weights' licence restricts use.`);
  if (!licences.class) return { grade: "unknown", evidenceUrl: null, note: `European Open Source AI Index: ${note}` };
  const evidence = first(licences) ?? first(record.weights_endmodel);
  // open only with open data too (our rule); otherwise what the licences allow is at most partial
  const grade: AnswerGrade = licences.class === "open" && dataAnswer.grade !== "open" ? "partial" : licences.class;
  return answer(grade, evidence, note);
}

/** Every criterion's answer from a record, by OSAI_MAPPING's rules. */
export function osaiAnswers(record: OsaiRecord, licence: Licence | null): AnswersPayload {
  const w = weights(record);
  const d = data(record);
  const u = answerForUse(record, licence, w);
  const none = (criterion: CriterionKey): Answer => ({ grade: "unknown", evidenceUrl: null, note: `The European Open Source AI Index has no dimension for ${criterion}.` });
  const byRule: Record<CriterionKey, Answer> = {
    use: u,
    methods: methods(record),
    data: d,
    retrain: retrain(record, u, d),
    weights: w,
    architecture: same(record, "hardware_architecture"),
    paper: best(record, ["paper", "preprint"]),
    modelcard: same(record, "modelcard"),
    datacard: same(record, "datasheet"),
    evaluation: none("evaluation"),
    checkpoints: none("checkpoints"),
    inference: none("inference"),
  };
  return byRule as AnswersPayload;
}

// ---- the system's facts ----

const MODALITIES: Record<string, Modality> = { text: "text", code: "code", image: "image", video: "video", audio: "audio", speech: "speech" };

/** The index's "type" (one or several words) as our modality: text and code together are text. */
export function modalityOf(type: string | null | undefined): Modality {
  const words = [...new Set((type ?? "").toLowerCase().split(/[\s,;/]+/).filter(Boolean))];
  const known = words.map((word) => MODALITIES[word]).filter((m): m is Modality => Boolean(m));
  if (known.length === 0) return "other";
  if (known.length === 1) return known[0]!;
  return known.every((m) => m === "text" || m === "code") ? "text" : "multimodal";
}

/** The year of "2025-12", "2024 NOV" or "2024". */
export function releaseYearOf(value: string | null | undefined): number | null {
  const match = /(19|20)\d{2}/.exec(value ?? "");
  return match ? Number(match[0]) : null;
}

/** The index's organisation type as ours, and whether that is a guess the maintainers must check. */
export function organisationTypeOf(contributorType: string | null): { type: "startup_sme" | "large_company" | "research" | "non_profit"; certain: boolean } {
  const t = (contributorType ?? "").toLowerCase();
  if (t.includes("big tech")) return { type: "large_company", certain: true };
  if (t.startsWith("academic") || /research (institution|lab|community)/.test(t) || t.includes("university")) return { type: "research", certain: true };
  if (t.includes("individual")) return { type: "non_profit", certain: false };
  // a company: the index does not say how large
  return { type: "startup_sme", certain: false };
}

/** "Mistral AI" and "mistral-ai" and "MISTRAL AI." are the same organisation name. */
export function normalisedName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "");
}
