"use server";
// The licence review's server action: the service with the request's actor.
import { runAction } from "../actions/run";
import { reviewLicence } from "./review";

export async function reviewLicenceAction(input: unknown) {
  return runAction(({ actor }) => reviewLicence(actor, input));
}
