import "server-only";
// What the submission pages hand to the forms: choices from the catalogue, as plain data.
import { licenceFacts } from "../catalogue/assessments";
import { db } from "../db/client";
import type { PendingOrganisationChoice } from "./form-state";
import { formChoices } from "./queries";

/**
 * The person's own organisations awaiting review (their new-organisation submissions, pending or
 * sent back for changes): a model can name one, and approving the model publishes it.
 */
async function ownPendingOrganisations(userId: string): Promise<PendingOrganisationChoice[]> {
  const rows = await db().submission.findMany({
    where: { submitterId: userId, kind: "new_organisation", status: { in: ["pending", "changes_requested"] } },
    orderBy: { createdAt: "desc" },
    take: 20,
    select: { id: true, payload: true },
  });
  return rows.map(({ id, payload }) => {
    const org = payload as { name?: unknown; country?: unknown };
    return { id, name: String(org.name ?? ""), country: String(org.country ?? "") };
  });
}

export async function modelFormChoices(userId: string) {
  const [{ organisations, licences }, pendingOrganisations] = await Promise.all([formChoices(), ownPendingOrganisations(userId)]);
  return { organisations, pendingOrganisations, licences: licences.map(licenceFacts) };
}
