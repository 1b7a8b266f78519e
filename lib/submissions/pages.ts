import "server-only";
// The queries as pages need them: an AppError becomes the page's 404 / 403.
import { forbidden, notFound } from "next/navigation";
import { isAppError } from "../errors";
import type { Actor } from "../auth/roles";
import { mySubmission, submissionForReview } from "./queries";

async function orPageError<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    if (isAppError(error) && error.code === "FORBIDDEN") forbidden();
    throw error;
  }
}

export function ownSubmissionForPage(actor: Actor, id: string) {
  return orPageError(() => mySubmission(actor, id));
}

export function reviewForPage(actor: Actor, id: string) {
  return orPageError(() => submissionForReview(actor, id));
}
