// What the importers (Hugging Face, European Open Source AI Index) do with a model they read: a new
// model becomes a pending submission for the maintainers; one the catalogue holds becomes a proposed
// edit listing only what differs, or nothing when nothing does. Each is checked as the form's would
// be (the kind's schema, licence identity, the database's checks) so that what the maintainers get
// can be published as it is, and each distinct proposal is made once (lib/submissions/proposals.ts).
import type { PrismaClient } from "../db/prisma";
import { knownLicences, databaseProblems } from "../submissions/checks";
import { diffSubmission } from "../submissions/diff";
import { resolveLicenceIdentities } from "../submissions/licence-identity";
import { alreadyProposed, proposeOnce, type Proposal, type SystemAuthor } from "../submissions/proposals";
import type { ModelSnapshot } from "../submissions/snapshots";
import { fieldErrors } from "../validation/fields";
import { submissionSchemas } from "../validation/submissions";

export type ImportAction = "new" | "edit" | "already-proposed" | "unchanged" | "skipped";

export type ImportOutcome = {
  /** the file or Hub id it came from */
  source: string;
  name: string;
  action: ImportAction;
  /** the catalogue's entry an edit is for */
  slug?: string;
  /** the fields an edit changes */
  changes?: string[];
  /** why it was skipped */
  reason?: string;
};

export type ImportReport = { dryRun: boolean; outcomes: ImportOutcome[] };

type Db = Pick<PrismaClient, "submission" | "user" | "licence" | "model" | "organisation">;

/** The fields where `proposed` differs from the published entry (sources credited are added, never a difference). */
export function changedFields(published: ModelSnapshot, proposed: Record<string, unknown>): string[] {
  return diffSubmission("edit_model", published as unknown as Record<string, unknown>, proposed)
    .filter((row) => row.changed && row.path !== "attribution")
    .map((row) => row.path);
}

function problemsText(fields: Record<string, { key: string; values?: Record<string, string | number> }>): string {
  return Object.entries(fields)
    .slice(0, 4)
    .map(([path, problem]) => `${path}: ${problem.key}${problem.values ? ` ${JSON.stringify(problem.values)}` : ""}`)
    .join("; ");
}

/** Checks a proposal as the form's would be checked, then makes it unless it was made before (or only says so, in a dry run). */
async function propose(prisma: Db, author: SystemAuthor, outcome: ImportOutcome, proposal: Proposal & { kind: "new_model" | "edit_model" }, targetId: string | null, dryRun: boolean): Promise<ImportOutcome> {
  const parsed = submissionSchemas[proposal.kind].safeParse(proposal.payload);
  if (!parsed.success) return { ...outcome, action: "skipped", reason: `does not make a valid submission (${problemsText(fieldErrors(parsed.error))})` };
  const { comment: _comment, ...fields } = parsed.data as Record<string, unknown>;
  const { payload } = resolveLicenceIdentities(fields, await knownLicences(prisma));
  const problems = await databaseProblems(prisma, proposal.kind, payload, targetId);
  if (Object.keys(problems).length) return { ...outcome, action: "skipped", reason: `the catalogue refuses it (${problemsText(problems)})` };
  const checked = { ...proposal, payload };
  if (await alreadyProposed(prisma, checked)) return { ...outcome, action: "already-proposed" };
  if (!dryRun) await proposeOnce(prisma, author, checked);
  return outcome;
}

export async function proposeNewModel(prisma: Db, author: SystemAuthor, input: { source: string; payload: Record<string, unknown>; comment: string; dryRun: boolean }): Promise<ImportOutcome> {
  const outcome: ImportOutcome = { source: input.source, name: String(input.payload.name), action: "new" };
  return propose(prisma, author, outcome, { kind: "new_model", payload: input.payload, comment: input.comment }, null, input.dryRun);
}

/**
 * Proposes `proposed` (the published entry with the importer's changes) as an edit of the entry,
 * when it changes anything; `describe` words the comment from the changed fields.
 */
export async function proposeModelEdit(
  prisma: Db,
  author: SystemAuthor,
  input: { source: string; published: ModelSnapshot & { id: string }; proposed: Record<string, unknown>; describe: (changes: string[]) => string; dryRun: boolean },
): Promise<ImportOutcome> {
  const { id: _id, slug: _slug, grade: _grade, score: _score, ...rest } = input.proposed;
  const outcome: ImportOutcome = { source: input.source, name: input.published.name, action: "edit", slug: input.published.slug };
  const changes = changedFields(input.published, rest);
  if (changes.length === 0) return { ...outcome, action: "unchanged" };
  // the same changes are the same proposal, whatever else the entry says meanwhile (a rejected one stays rejected)
  const identity = { changes: Object.fromEntries(changes.map((path) => [path, valueAt(rest, path)])) };
  const proposal = { kind: "edit_model" as const, target: { targetModelId: input.published.id }, payload: rest, comment: input.describe(changes), identity };
  return propose(prisma, author, { ...outcome, changes }, proposal, input.published.id, input.dryRun);
}

const valueAt = (value: unknown, path: string): unknown => path.split(".").reduce<unknown>((v, key) => (v && typeof v === "object" ? (v as Record<string, unknown>)[key] : undefined), value);

const ACTION_WORDS: Record<ImportAction, string> = {
  new: "new model: pending submission",
  edit: "edit proposed",
  "already-proposed": "already proposed (nothing new)",
  unchanged: "unchanged",
  skipped: "skipped",
};

/** The report as a person reads it in a terminal. */
export function formatReport(title: string, report: ImportReport): string {
  const lines = [`${title}${report.dryRun ? " (dry run: nothing written)" : ""}`];
  const width = Math.min(40, Math.max(...report.outcomes.map((o) => o.source.length), 6));
  for (const outcome of report.outcomes) {
    const action = report.dryRun && (outcome.action === "new" || outcome.action === "edit") ? `would be ${ACTION_WORDS[outcome.action]}` : ACTION_WORDS[outcome.action];
    const detail =
      outcome.action === "edit" || (outcome.action === "already-proposed" && outcome.slug)
        ? ` for ${outcome.slug}${outcome.changes?.length ? `: ${outcome.changes.join(", ")}` : ""}`
        : outcome.action === "unchanged" && outcome.slug
          ? ` (${outcome.slug})`
          : outcome.reason
            ? `: ${outcome.reason}`
            : "";
    lines.push(`  ${outcome.source.padEnd(width)}  ${outcome.name}: ${action}${detail}`);
  }
  const count = (action: ImportAction) => report.outcomes.filter((o) => o.action === action).length;
  lines.push(
    `${count("new")} new, ${count("edit")} edit(s), ${count("already-proposed")} already proposed, ${count("unchanged")} unchanged, ${count("skipped")} skipped.`,
  );
  return lines.join("\n");
}
