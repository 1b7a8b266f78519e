// `npm run import:hf -- <owner or ids…> [--organisation <slug>] [--dry-run]`: models on the
// Hugging Face Hub as proposals for the maintainers. A model the catalogue does not hold becomes a
// pending submission with the facts the Hub gives (the pre-fill's mapping) and every criterion
// unknown; one it holds (by its model card's address) becomes an edit proposing only the facts that
// differ: the parameters when the Hub counts otherwise, languages, tasks and weights licences it
// adds, a paper or base model the entry lacks. Never an answer to a criterion.
import type { PrismaClient } from "../db/prisma";
import { isAppError } from "../errors";
import { hubModel, hubModelsOf, type HubOptions } from "../huggingface/hub";
import { catalogueLookups } from "../huggingface/catalogue";
import { prefillFromHub, type Prefill } from "../huggingface/prefill";
import { hubModelUrl, parseHubModelId } from "../huggingface/repo-id";
import { toDecideInEnglish } from "../huggingface/words";
import { CRITERION_KEYS } from "../openness/types";
import { knownLicences } from "../submissions/checks";
import { modelSnapshotsBySlug, type ModelSnapshot } from "../submissions/snapshots";
import type { SystemAuthor } from "../submissions/proposals";
import type { LicenceChoice } from "../validation/submissions";
import { proposeModelEdit, proposeNewModel, type ImportOutcome, type ImportReport } from "./propose-model";

export const HUB_IMPORTER: SystemAuthor = { id: "importer-huggingface", name: "Hugging Face importer (npm run import:hf)" };

export type HubImportOptions = HubOptions & {
  dryRun: boolean;
  /** the organisation of new models whose owner no catalogue organisation publishes under */
  organisation?: string;
};

const OWNER = /^[A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,94}[A-Za-z0-9_])?$/;

/** Model ids from the command line: ids or addresses as they are, owners as their public models. */
async function modelIds(args: readonly string[], options: HubOptions): Promise<{ ids: string[]; outcomes: ImportOutcome[] }> {
  const ids: string[] = [];
  const outcomes: ImportOutcome[] = [];
  for (const arg of args) {
    const id = parseHubModelId(arg);
    if (id) ids.push(id);
    else if (OWNER.test(arg)) {
      try {
        ids.push(...(await hubModelsOf(arg, options)));
      } catch (error) {
        outcomes.push({ source: arg, name: arg, action: "skipped", reason: isAppError(error) ? error.message : String(error) });
      }
    } else outcomes.push({ source: arg, name: arg, action: "skipped", reason: "neither a model's id (owner/name) or address nor an owner on the Hub" });
  }
  return { ids: [...new Set(ids)], outcomes };
}

const toDecideText = (prefill: Prefill) => prefill.toDecide.filter((item) => item.key !== "existing").map(toDecideInEnglish).join(" ");

function newModelPayload(prefill: Prefill, organisation: string) {
  const { payload } = prefill;
  const what = payload.tasks?.[0] ?? payload.modality ?? "AI";
  return {
    ...payload,
    modality: payload.modality ?? "other",
    organisations: { existing: [organisation], new: null },
    // a plain statement of what the Hub shows, for the maintainers to rewrite in the catalogue's words
    description: `${payload.name}: a ${what} model published on Hugging Face by ${prefill.id.split("/")[0]}.`,
    answers: Object.fromEntries(CRITERION_KEYS.map((key) => [key, { grade: "unknown", evidenceUrl: null, note: null }])),
  };
}

const relativeDifference = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(b), 1e-9);
const union = (a: readonly string[], b: readonly string[] | undefined) => [...a, ...(b ?? []).filter((v) => !a.includes(v))];

/** The published entry with the Hub's facts where they add to it or correct it; answers untouched. */
function withHubFacts(published: ModelSnapshot, prefill: Prefill): ModelSnapshot {
  const hub = prefill.payload;
  const next: ModelSnapshot = { ...published };
  if (hub.parameterBillions && (published.parameterBillions === null || relativeDifference(hub.parameterBillions, published.parameterBillions) > 0.005)) next.parameterBillions = hub.parameterBillions;
  next.languages = union(published.languages, hub.languages);
  next.tasks = union(published.tasks, hub.tasks);
  if (!published.paperUrl && hub.paperUrl) next.paperUrl = hub.paperUrl;
  if (!published.baseModel && hub.baseModel) next.baseModel = hub.baseModel;
  // only licences the catalogue knows; one the Hub names that it does not know is for a person to describe
  const known = hub.licences.weights.filter((choice): choice is Extract<LicenceChoice, { mode: "existing" }> => choice.mode === "existing");
  const held = new Set(published.licences.weights.flatMap((choice) => (choice.mode === "existing" ? [choice.id] : [])));
  next.licences = { ...published.licences, weights: [...published.licences.weights, ...known.filter((choice) => !held.has(choice.id)).map(({ id }) => ({ mode: "existing" as const, id }))] };
  return next;
}

export async function importFromHub(prisma: PrismaClient, args: readonly string[], options: HubImportOptions): Promise<ImportReport> {
  const { ids, outcomes } = await modelIds(args, options);
  const licences = await knownLicences(prisma);
  for (const id of ids) {
    let prefill: Prefill;
    try {
      const { model } = await hubModel(id, options);
      prefill = prefillFromHub(model, licences, await catalogueLookups(prisma, model));
    } catch (error) {
      if (!isAppError(error)) throw error;
      outcomes.push({ source: id, name: id, action: "skipped", reason: error.message });
      continue;
    }
    const source = prefill.id;
    if (prefill.existing) {
      const published = (await modelSnapshotsBySlug(prisma, [prefill.existing.slug])).get(prefill.existing.slug)!;
      outcomes.push(
        await proposeModelEdit(prisma, HUB_IMPORTER, {
          source,
          published,
          proposed: withHubFacts(published, prefill),
          describe: (changes) => `Proposed by the Hugging Face importer from ${hubModelUrl(source)}: the Hub says otherwise of ${changes.join(", ")}. Only facts; no answer was changed.`,
          dryRun: options.dryRun,
        }),
      );
      continue;
    }
    const organisation = prefill.payload.organisations?.existing[0] ?? options.organisation;
    if (!organisation) {
      outcomes.push({ source, name: prefill.payload.name, action: "skipped", reason: `no organisation of the catalogue publishes under ${source.split("/")[0]} on the Hub: add it, or name it with --organisation <slug>` });
      continue;
    }
    outcomes.push(
      await proposeNewModel(prisma, HUB_IMPORTER, {
        source,
        payload: newModelPayload(prefill, organisation),
        comment: `Proposed by the Hugging Face importer from ${hubModelUrl(source)}. Facts only, from the Hub: every criterion is unknown and the description is a placeholder. Left to decide: ${toDecideText(prefill)}`,
        dryRun: options.dryRun,
      }),
    );
  }
  return { dryRun: options.dryRun, outcomes };
}
