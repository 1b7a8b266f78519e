// A submission field by field against the published entry (or against nothing, for a new one):
// the rows a reviewer reads. Pure; values stay text (React escapes them where they are shown).
import { ANSWER_GRADES, CRITERION_KEYS, type AnswerGrade } from "../openness/types";
import { LICENCE_COMPONENTS, licenceListFrom } from "../validation/submissions";

/**
 * A value as shown: plain text, a message key under `submit` (an enum's label), codes the page
 * names in the reader's language (a country, languages, tasks), an answer with its evidence and
 * note, or nothing. A reviewer reads "France" and "Open", not "FR" and "open".
 */
export type DiffValue =
  | { text: string }
  | { key: string }
  | { country: string }
  | { languages: string[] }
  | { tasks: string[] }
  | { answer: AnswerGrade; evidenceUrl: string | null; note: string | null }
  | null;
export type DiffRow = { path: string; label: { key: string; values?: Record<string, string> }; before: DiffValue; after: DiffValue; changed: boolean };

type Obj = Record<string, unknown>;

const ORGANISATION_FIELDS = ["name", "slug", "type", "country", "countryNote", "isSme", "website", "foundedYear", "description", "sources"] as const;
const MODEL_FIELDS = [
  "name", "slug", "version", "releaseYear", "releaseDate", "modality", "tasks", "parameterBillions", "activeParameterBillions",
  "languages", "languageShareNote", "description", "modelCardUrl", "codeUrl", "paperUrl", "dataUrl",
] as const;

function plain(value: unknown): DiffValue {
  if (value === null || value === undefined || value === "") return null;
  if (Array.isArray(value)) return value.length ? { text: value.map(String).join("\n") } : null;
  return { text: String(value) };
}

function fieldValue(field: string, value: unknown): DiffValue {
  if (field === "type" && typeof value === "string") return { key: `organisationTypes.${value}` };
  if (field === "modality" && typeof value === "string") return { key: `modalities.${value}` };
  if (field === "isSme") return value === true ? { key: "sme.yes" } : value === false ? { key: "sme.no" } : { key: "sme.unknown" };
  if (field === "country" && typeof value === "string" && value) return { country: value };
  const codes = Array.isArray(value) ? value.map(String) : [];
  if (field === "languages" && codes.length) return { languages: codes };
  if (field === "tasks" && codes.length) return { tasks: codes };
  return plain(value);
}

function licenceText(choice: unknown): string {
  const c = choice as { mode?: string; id?: string; licence?: Obj; proposedAs?: { id: string; name: string; by: string } } | undefined;
  if (c?.mode === "existing") return c.proposedAs ? `${String(c.id)} (← ${c.proposedAs.id}, ${c.proposedAs.name}: ${c.proposedAs.by})` : String(c.id);
  const l = c?.licence ?? {};
  const flags = ["osiApproved", "openData", "restrictsUse", "nonCommercial", "noDerivatives", "shareAlike", "attribution", "nonProduction"].filter((f) => l[f] === true);
  const thresholds = [l.userCap ? `userCap ${String(l.userCap)}` : "", l.revenueCap ? `revenueCap ${String(l.revenueCap)} ${String(l.revenueCapCurrency ?? "")}` : ""].filter(Boolean);
  return `${String(l.id)} — ${String(l.name)} <${String(l.url)}> [${[...flags, ...thresholds].join(", ")}]`;
}

/** Every licence of a component, one per line; a payload from before version 2 holds one choice. */
function licenceValue(value: unknown): DiffValue {
  const list = (licenceListFrom(value) as unknown[]) ?? [];
  return list.length ? { text: list.map(licenceText).join("\n") } : { key: "fields.licenceNone" };
}

function baseModelValue(value: unknown): DiffValue {
  const b = value as { slug?: string | null; name?: string | null; url?: string | null; relation?: string } | null | undefined;
  if (!b?.relation) return null;
  return { text: `${b.relation}: ${[b.slug, b.name, b.url].filter(Boolean).join(" ")}` };
}

function dataExceptionValue(value: unknown): DiffValue {
  const d = value as { reason?: string; evidenceUrl?: string; note?: string | null } | null | undefined;
  return d?.reason ? { text: [d.reason, d.evidenceUrl, d.note].filter(Boolean).join("\n") } : null;
}

function attributionValue(value: unknown[]): DiffValue {
  return { text: value.map((a) => { const s = a as { source?: string; url?: string; licence?: string }; return `${s.source ?? ""} (${s.licence ?? ""})\n${s.url ?? ""}`; }).join("\n") };
}

function answerValue(answer: unknown): DiffValue {
  const a = answer as { grade?: string; evidenceUrl?: string | null; note?: string | null } | undefined;
  if (!a?.grade) return null;
  if (!(ANSWER_GRADES as readonly string[]).includes(a.grade)) return { text: [a.grade, a.evidenceUrl, a.note].filter(Boolean).join("\n") };
  return { answer: a.grade as AnswerGrade, evidenceUrl: a.evidenceUrl || null, note: a.note || null };
}

const same = (a: DiffValue, b: DiffValue) => JSON.stringify(a) === JSON.stringify(b);

function row(path: string, label: DiffRow["label"], before: DiffValue, after: DiffValue): DiffRow {
  return { path, label, before, after, changed: !same(before, after) };
}

function organisationRows(before: Obj | null, after: Obj, prefix = ""): DiffRow[] {
  // the proposal names every field it has (null when empty); an edit has no slug: it keeps the entry's
  return ORGANISATION_FIELDS.filter((f) => f in after).map((f) =>
    row(`${prefix}${f}`, { key: `fields.${f}` }, before ? fieldValue(f, before[f]) : null, fieldValue(f, after[f])),
  );
}

/**
 * `pendingNames`: the names of the submitter's own organisation submissions the model names (by
 * submission id), which approving it publishes; an id without a name is shown as it is.
 */
export function diffSubmission(kind: string, before: Obj | null, after: Obj, pendingNames: Record<string, string> = {}): DiffRow[] {
  if (kind === "new_organisation" || kind === "edit_organisation") return organisationRows(before, after);
  const rows: DiffRow[] = MODEL_FIELDS.filter((f) => f in after).map((f) =>
    row(f, { key: `fields.${f}` }, before ? fieldValue(f, before[f]) : null, fieldValue(f, after[f])),
  );
  const orgs = (o: unknown) => plain((o as { existing?: unknown } | undefined)?.existing);
  rows.push(row("organisations.existing", { key: "fields.existingOrganisations" }, before ? orgs(before.organisations) : null, orgs(after.organisations)));
  const newOrg = (after.organisations as { new?: Obj | null } | undefined)?.new;
  if (newOrg) rows.push(...organisationRows(null, newOrg, "organisations.new."));
  const pending = (after.organisations as { pending?: unknown } | undefined)?.pending;
  if (Array.isArray(pending) && pending.length) {
    rows.push(row("organisations.pending", { key: "fields.pendingOrganisations" }, null, { text: pending.map((id) => pendingNames[String(id)] ?? String(id)).join("\n") }));
  }
  for (const component of LICENCE_COMPONENTS) {
    const get = (o: Obj | null) => (o?.licences as Obj | undefined)?.[component];
    rows.push(row(`licences.${component}`, { key: "fields.licenceFor", values: { component } }, before ? licenceValue(get(before)) : null, licenceValue(get(after))));
  }
  const family = (o: Obj | null) => {
    const f = o?.family as { slug?: string; name?: string } | null | undefined;
    return f?.slug ? { text: `${f.name ?? ""} (${f.slug})` } : null;
  };
  rows.push(row("baseModel", { key: "fields.baseModel" }, before ? baseModelValue(before.baseModel) : null, baseModelValue(after.baseModel)));
  rows.push(row("dataException", { key: "fields.dataException" }, before ? dataExceptionValue(before.dataException) : null, dataExceptionValue(after.dataException)));
  rows.push(row("family", { key: "fields.family" }, before ? family(before) : null, family(after)));
  // sources are added to the entry's when approved, never removed: only what the submission credits
  if (Array.isArray(after.attribution) && after.attribution.length) rows.push(row("attribution", { key: "fields.attribution" }, null, attributionValue(after.attribution)));
  for (const criterion of CRITERION_KEYS) {
    const get = (o: Obj | null) => (o?.answers as Obj | undefined)?.[criterion];
    rows.push(row(`answers.${criterion}`, { key: `criteria.${criterion}` }, before ? answerValue(get(before)) : null, answerValue(get(after))));
  }
  return rows;
}
