import "server-only";
// What the submission pages hand to the forms: choices from the catalogue, as plain data.
import { licenceFacts } from "../catalogue/assessments";
import { formChoices } from "./queries";

export async function modelFormChoices() {
  const { organisations, licences } = await formChoices();
  return { organisations, licences: licences.map(licenceFacts) };
}
