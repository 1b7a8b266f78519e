"use server";
import { runAction } from "../actions/run";
import { changeUserRole } from "./users";

export async function changeRoleAction(input: unknown) {
  return runAction(({ actor }) => changeUserRole(actor, input));
}
