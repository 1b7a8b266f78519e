// The grade a submission's answers would give: the methodology's scorer with the licence facts the
// submission names and what is known of its base model. Pure, so the form shows it live in the
// browser and the moderation page shows it on the server, from the same code that approval stores.
import { explainAssessment, type ExplainedAssessment } from "../catalogue/explain";
import { identifyLicence } from "../openness/licence-identity";
import { CRITERION_KEYS, LICENCE_COMPONENTS, type BaseModelFacts, type CriterionAnswer, type Licence, type LicenceComponent } from "../openness/types";
import type { DataException } from "../openness/g7";

export type AnswerDraft = { grade: string; evidenceUrl?: string | null; note?: string | null };
export type LicenceChoiceDraft = { mode: "existing"; id: string } | { mode: "new"; licence: Partial<Record<string, unknown>> };
export type LicenceDrafts = Partial<Record<LicenceComponent, readonly LicenceChoiceDraft[] | readonly unknown[]>>;

const flag = (value: unknown) => value === true || value === "on" || value === "true";
const amount = (value: unknown): number | null => {
  const n = typeof value === "string" ? Number(value.replace(/[\s\u00a0\u202f_]/g, "").replace(",", ".")) : typeof value === "number" ? value : NaN;
  return Number.isFinite(n) && n > 0 ? n : null;
};

/**
 * The licence a choice stands for: a known one by id, a "new" one that is a known one by SPDX id,
 * address or name (rule 4), or else the new one as proposed, unreviewed.
 */
export function licenceOf(choice: unknown, table: readonly Licence[]): Licence | null {
  const c = choice as { mode?: string; id?: string; licence?: Record<string, unknown> } | null | undefined;
  if (!c) return null;
  if (c.mode === "existing") return table.find((l) => l.id === c.id) ?? null;
  if (c.mode !== "new" || !c.licence) return null;
  const l = c.licence;
  const known = identifyLicence({ id: String(l.id ?? ""), url: String(l.url ?? ""), name: String(l.name ?? "") }, table);
  if (known) return known.licence;
  return {
    id: String(l.id || "new"),
    name: String(l.name ?? ""),
    url: String(l.url ?? ""),
    kind: (l.kind as Licence["kind"]) ?? "mixed",
    sourceUrl: String(l.url ?? ""),
    reviewed: false,
    osiApproved: flag(l.osiApproved),
    openData: flag(l.openData),
    restrictsUse: flag(l.restrictsUse),
    nonCommercial: flag(l.nonCommercial),
    noDerivatives: flag(l.noDerivatives),
    shareAlike: flag(l.shareAlike),
    attribution: flag(l.attribution),
    nonProduction: flag(l.nonProduction),
    userCap: amount(l.userCap),
    revenueCap: amount(l.revenueCap),
    revenueCapCurrency: typeof l.revenueCapCurrency === "string" && l.revenueCapCurrency ? l.revenueCapCurrency.toUpperCase() : null,
  };
}

/** The answers a draft holds: only open, partial and closed count as entered. */
export function draftAnswers(answers: Partial<Record<string, AnswerDraft>> | undefined): CriterionAnswer[] {
  return CRITERION_KEYS.flatMap((criterion) => {
    const answer = answers?.[criterion];
    const grade = answer?.grade;
    if (grade !== "open" && grade !== "partial" && grade !== "closed") return [];
    return [{ criterion, grade, evidenceUrl: answer?.evidenceUrl?.trim() || null, note: answer?.note ?? null }];
  });
}

export function previewAssessment(
  answers: Partial<Record<string, AnswerDraft>> | undefined,
  licences: LicenceDrafts | undefined,
  table: readonly Licence[],
  base: BaseModelFacts | null = null,
  dataException: DataException | null = null,
): ExplainedAssessment {
  const byComponent = Object.fromEntries(
    LICENCE_COMPONENTS.map((component) => [component, (licences?.[component] ?? []).flatMap((choice) => licenceOf(choice, table) ?? [])]),
  ) as Record<LicenceComponent, Licence[]>;
  return explainAssessment(draftAnswers(answers), { licences: byComponent, base, dataException });
}
