// Licence identity applied to a submission (METHODOLOGY.md, version 2, rule 4): every licence the
// contributor proposed as new that is a known one becomes the known one, in the form, the API and
// at approval. Pure: the caller passes the licences it knows (the database's, reviewed ones first).
import { identifyLicence, type LicenceMatchKind } from "../openness/licence-identity";
import type { Licence } from "../openness/types";
import { LICENCE_COMPONENTS, licenceListFrom, type LicenceChoice, type LicenceComponent } from "../validation/submissions";

export type LicenceIdentityMatch = {
  component: LicenceComponent;
  index: number;
  proposed: { id: string; name: string; url: string };
  licence: { id: string; name: string };
  by: LicenceMatchKind;
};

type WithLicences = { licences?: Partial<Record<LicenceComponent, unknown>> };

/** The payload with matched licences replaced by the known ones, and the list of matches. */
export function resolveLicenceIdentities<T extends WithLicences>(payload: T, known: readonly Licence[]): { payload: T; matches: LicenceIdentityMatch[] } {
  if (!payload.licences || typeof payload.licences !== "object") return { payload, matches: [] };
  const matches: LicenceIdentityMatch[] = [];
  const licences: Partial<Record<LicenceComponent, unknown>> = { ...payload.licences };
  for (const component of LICENCE_COMPONENTS) {
    const list = licenceListFrom(payload.licences[component]);
    if (!Array.isArray(list)) continue;
    licences[component] = list.map((choice: unknown, index) => {
      const c = choice as Partial<LicenceChoice> | null;
      if (c?.mode !== "new" || !c.licence) return choice;
      const proposed = { id: String(c.licence.id ?? ""), name: String(c.licence.name ?? ""), url: String(c.licence.url ?? "") };
      const match = identifyLicence(proposed, known);
      if (!match) return choice;
      matches.push({ component, index, proposed, licence: { id: match.licence.id, name: match.licence.name }, by: match.by });
      return { mode: "existing", id: match.licence.id, proposedAs: { ...proposed, by: match.by } };
    });
  }
  return { payload: { ...payload, licences }, matches };
}
