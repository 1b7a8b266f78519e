// The grade a submission's answers would give: the methodology's scorer (assess) with the licence
// facts the submission names. Pure, so the form shows it live in the browser and the moderation
// page shows it on the server, from the same code that approval stores.
import { assess } from "../openness/assess";
import { CRITERION_KEYS, type Assessment, type CriterionAnswer, type Licence } from "../openness/types";
import { LICENCE_COMPONENTS, type LicenceChoice } from "../validation/submissions";

export type AnswerDraft = { grade: string; evidenceUrl?: string | null; note?: string | null };
export type LicenceChoiceDraft = { mode: "none" } | { mode: "existing"; id: string } | { mode: "new"; licence: Partial<Record<string, unknown>> };

function licenceOf(choice: LicenceChoiceDraft | LicenceChoice | undefined, table: readonly Licence[]): Licence | null {
  if (!choice || choice.mode === "none") return null;
  if (choice.mode === "existing") return table.find((l) => l.id === choice.id) ?? null;
  const l = choice.licence as Record<string, unknown>;
  const flag = (key: string) => l[key] === true || l[key] === "on" || l[key] === "true";
  return {
    id: String(l.id ?? "new"),
    name: String(l.name ?? ""),
    url: String(l.url ?? ""),
    kind: (l.kind as Licence["kind"]) ?? "mixed",
    sourceUrl: String(l.url ?? ""),
    reviewed: false,
    osiApproved: flag("osiApproved"),
    openData: flag("openData"),
    restrictsUse: flag("restrictsUse"),
    nonCommercial: flag("nonCommercial"),
    noDerivatives: flag("noDerivatives"),
    shareAlike: flag("shareAlike"),
    attribution: flag("attribution"),
  };
}

export function previewAssessment(
  answers: Partial<Record<string, AnswerDraft>> | undefined,
  licences: Partial<Record<(typeof LICENCE_COMPONENTS)[number], LicenceChoiceDraft | LicenceChoice>> | undefined,
  table: readonly Licence[],
): Assessment {
  const entered: CriterionAnswer[] = CRITERION_KEYS.flatMap((criterion) => {
    const answer = answers?.[criterion];
    const grade = answer?.grade;
    if (grade !== "open" && grade !== "partial" && grade !== "closed") return [];
    return [{ criterion, grade, evidenceUrl: answer?.evidenceUrl?.trim() || null, note: answer?.note ?? null }];
  });
  return assess(entered, {
    weights: licenceOf(licences?.weights, table),
    code: licenceOf(licences?.code, table),
    data: licenceOf(licences?.data, table),
  });
}
