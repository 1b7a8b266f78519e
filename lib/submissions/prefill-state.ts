// A Hugging Face pre-fill applied to the model form: it fills what the form leaves empty and never
// overwrites what a person typed, nor touches an answer (every criterion stays as the person set
// it). Pure, like the rest of the form's state.
import type { PrefillPayload } from "../huggingface/prefill";
import { modelState, type ModelState } from "./form-state";

const TEXT_FIELDS = ["name", "modelCardUrl", "modality", "tasks", "parameterBillions", "languages", "paperUrl"] as const;

/** The form's state with the pre-fill's facts where it was empty, and the fields that were filled. */
export function prefillModelState(state: ModelState, payload: PrefillPayload): { state: ModelState; filled: string[] } {
  const from = modelState(payload);
  const next: ModelState = { ...state };
  const filled: string[] = [];
  for (const field of TEXT_FIELDS) {
    if (state[field].trim() === "" && from[field] !== "") {
      next[field] = from[field];
      filled.push(field);
    }
  }
  if (state.licences.weights.length === 0 && from.licences.weights.length > 0) {
    next.licences = { ...state.licences, weights: from.licences.weights };
    filled.push("licences.weights");
  }
  if (state.baseModel.mode === "none" && from.baseModel.mode !== "none") {
    next.baseModel = from.baseModel;
    filled.push("baseModel");
  }
  if (state.existingOrganisations.length === 0 && state.pendingOrganisations.length === 0 && !state.addOrganisation && from.existingOrganisations.length > 0) {
    next.existingOrganisations = from.existingOrganisations;
    filled.push("organisations.existing");
  }
  return { state: next, filled };
}
