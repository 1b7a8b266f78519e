"use server";
// Server actions of the API tokens page, in the (previous state, form data) shape of React's
// useActionState, so the forms work before (and without) JavaScript: the page is then rendered
// again with the action's result, the new token included, once.
import { refresh } from "next/cache";
import { runAction } from "../actions/run";
import type { ActionResult } from "../actions/result";
import { createApiToken, revokeApiToken, type NewApiToken } from "./service";

/** On failure, the name as typed, so the form can show it again. */
export type CreateTokenState = (ActionResult<Omit<NewApiToken, "createdAt">> & { name?: string }) | null;
export type RevokeTokenState = ActionResult<{ id: string }> | null;

export async function createApiTokenAction(_previous: CreateTokenState, form: FormData): Promise<CreateTokenState> {
  const result = await runAction(({ actor }) => createApiToken(actor, { name: form.get("name") }));
  if (!result.ok) return { ...result, name: typeof form.get("name") === "string" ? String(form.get("name")).slice(0, 200) : "" };
  refresh();
  const { id, name, prefix, token } = result.data;
  return { ok: true, data: { id, name, prefix, token } };
}

export async function revokeApiTokenAction(_previous: RevokeTokenState, form: FormData): Promise<RevokeTokenState> {
  const result = await runAction(async ({ actor }) => ({ id: (await revokeApiToken(actor, { id: form.get("id") })).id }));
  if (result.ok) refresh();
  return result;
}
