import "server-only";
// The pre-fill as the API serves it (its per-address limit is the operation's, RATE_LIMITS.prefill):
// the Hub's answer (from memory within the hour), what the catalogue holds of the model, and each
// point left to decide worded in English for programs (the form words them from their keys).
import { db } from "../db/client";
import { AppError } from "../errors";
import { knownLicences } from "../submissions/checks";
import { catalogueLookups } from "./catalogue";
import { hubModel } from "./hub";
import { prefillFromHub, type Prefill, type ToDecide } from "./prefill";
import { parseHubModelId } from "./repo-id";
import { toDecideInEnglish } from "./words";

export type PrefillAnswer = Omit<Prefill, "toDecide"> & { toDecide: (ToDecide & { message: string })[] };

export async function prefillFromHuggingFace(input: string): Promise<PrefillAnswer> {
  const id = parseHubModelId(input);
  if (!id) throw new AppError("VALIDATION", "Not a Hugging Face model's id or address.", { fields: { id: { key: "hubModelId" } } });
  const { model } = await hubModel(id);
  const prefill = prefillFromHub(model, await knownLicences(db()), await catalogueLookups(db(), model));
  return { ...prefill, toDecide: prefill.toDecide.map((item) => ({ ...item, message: toDecideInEnglish(item) })) };
}
