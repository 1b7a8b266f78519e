"use server";
// Server actions for the submission forms and the moderation page: thin, each one the service
// function with the request's actor. The same functions serve the API.
import { runAction } from "../actions/run";
import { createSubmission, decideSubmission, updateSubmission, withdrawSubmission } from "./service";

export async function createSubmissionAction(input: unknown) {
  return runAction(({ actor, ip, locale }) => createSubmission(actor, input, { ip, locale }));
}

export async function updateSubmissionAction(input: unknown) {
  return runAction(({ actor, ip, locale }) => updateSubmission(actor, input, { ip, locale }));
}

export async function withdrawSubmissionAction(input: unknown) {
  return runAction(({ actor }) => withdrawSubmission(actor, input));
}

export async function decideSubmissionAction(input: unknown) {
  return runAction(async ({ actor }) => {
    const result = await decideSubmission(actor, input);
    return { id: result.id, status: result.status, published: result.published ? { entityType: result.published.entityType, slug: result.published.slug } : null };
  });
}
