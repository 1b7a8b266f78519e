// `npm run data:check`: what the catalogue's files must satisfy beyond each file's schema. Pure:
// it reads entries (lib/catalogue-data/files.ts) and the licence table, and lists errors (which fail
// the check) and warnings (which a reviewer reads).
import { LICENCES } from "../openness/licences";
import { isEuropeanCountry } from "../openness/europe";
import { CRITERION_KEYS, type Licence } from "../openness/types";
import type { CatalogueFiles, DataProblem, ModelEntry } from "./files";

export type CheckReport = { errors: DataProblem[]; warnings: DataProblem[] };

/** Copies of the Hub and of papers: facts may be read there, but evidence cites the canonical address. */
export const MIRROR_HOSTS = [
  "hf-mirror.com",
  "chatgptweb.us.kg",
  "modelscope.cn",
  "www.modelscope.cn",
  "aibase.com",
  "model.aibase.com",
  "wiro.ai",
  "huggingface.sukaka.top",
  "replicate.com",
  "ollama.com",
  "dataloop.ai",
  "promptlayer.com",
  "llm.extractum.io",
  "github.kazgu.com",
];

function isMirror(url: string): boolean {
  try {
    const host = new URL(url).hostname.toLowerCase();
    return MIRROR_HOSTS.includes(host) || host.endsWith(".workers.dev") || host.endsWith(".deno.dev");
  } catch {
    return false;
  }
}

/** Each model's base, followed: the first slug met twice is a cycle. */
function findCycle(slug: string, bases: ReadonlyMap<string, string>): string[] | null {
  const seen: string[] = [];
  let current: string | undefined = slug;
  while (current) {
    if (seen.includes(current)) return [...seen.slice(seen.indexOf(current)), current];
    seen.push(current);
    current = bases.get(current);
  }
  return null;
}

export function checkCatalogue(files: CatalogueFiles, licences: readonly Licence[] = LICENCES): CheckReport {
  const errors: DataProblem[] = [...files.problems];
  const warnings: DataProblem[] = [];
  const knownLicences = new Set(licences.map((licence) => licence.id));
  const organisations = new Map(files.organisations.map((entry) => [entry.slug, entry]));
  const models = new Map(files.models.map((entry) => [entry.slug, entry]));
  const error = (file: string, path: string, message: string) => errors.push({ file, path, message });

  // no two entries with one name (or one model card): a second file for an entry already there
  const byName = new Map<string, string>();
  for (const entry of [...files.organisations, ...files.models]) {
    const key = `${entry.kind}:${entry.payload.name.trim().toLowerCase()}`;
    const first = byName.get(key);
    if (first) error(entry.file, "name", `same name as ${first}`);
    else byName.set(key, entry.file);
  }
  const byCard = new Map<string, string>();
  for (const entry of files.models) {
    const card = entry.payload.modelCardUrl?.replace(/\/+$/, "").toLowerCase();
    if (!card) continue;
    const first = byCard.get(card);
    if (first) error(entry.file, "modelCardUrl", `same model card as ${first}`);
    else byCard.set(card, entry.file);
  }

  for (const org of files.organisations) {
    if (org.scope === "europe" && !isEuropeanCountry(org.payload.country)) error(org.file, "country", "not European by the Europe rule");
  }

  const bases = new Map<string, string>();
  const families = new Map<string, { name: string; file: string }>();
  for (const model of files.models) {
    const { payload } = model;
    for (const slug of payload.organisations.existing) {
      const org = organisations.get(slug);
      if (!org) error(model.file, "organisations", `no organisation file for ${slug}`);
      else if (model.scope === "europe" && org.scope !== "europe" && payload.organisations.existing.every((s) => organisations.get(s)?.scope !== "europe")) {
        error(model.file, "organisations", "a European model needs a European organisation");
      }
    }
    if (payload.organisations.existing.length === 0) error(model.file, "organisations", "no organisation");
    for (const component of ["weights", "code", "data"] as const) {
      payload.licences[component].forEach((choice, index) => {
        if (choice.mode === "existing" && !knownLicences.has(choice.id)) error(model.file, `licences.${component}.${index}`, `unknown licence id ${choice.id}`);
      });
    }
    const base = payload.baseModel;
    if (base?.slug) {
      if (!models.has(base.slug)) error(model.file, "baseModel.slug", `no model file for ${base.slug}`);
      else bases.set(model.slug, base.slug);
    }
    // evidence is a page that shows the answer, at its canonical address
    for (const criterion of CRITERION_KEYS) {
      const url = payload.answers[criterion].evidenceUrl;
      if (url && isMirror(url)) error(model.file, `answers.${criterion}.evidenceUrl`, `a mirror, not the canonical address: ${url}`);
    }
    // facts that are not answers carry their source
    if (payload.parameterBillions !== null && !model.factSources.parameters) error(model.file, "factSources.parameters", "parameters need a source");
    if (payload.releaseYear !== null && !model.factSources.release) error(model.file, "factSources.release", "the release year needs a source");
    if (payload.languages.length > 0 && !model.factSources.languages) error(model.file, "factSources.languages", "languages need a source");
    for (const [fact, url] of Object.entries(model.factSources)) if (isMirror(url)) error(model.file, `factSources.${fact}`, `a mirror, not the canonical address: ${url}`);
    if (payload.family) {
      const first = families.get(payload.family.slug);
      if (first && first.name !== payload.family.name) error(model.file, "family.name", `family ${payload.family.slug} is named "${first.name}" in ${first.file}`);
      else if (!first) families.set(payload.family.slug, { name: payload.family.name, file: model.file });
    }
    // what could not be checked is unknown, and says what is missing
    const unknown = CRITERION_KEYS.filter((criterion) => payload.answers[criterion].grade === "unknown");
    if (unknown.length > 0 && model.unverified.length === 0) {
      error(model.file, "unverified", `${unknown.join(", ")} unknown: list what could not be checked`);
    }
    // a sign of unspecific evidence: every answered criterion cites one and the same page
    const cited = CRITERION_KEYS.flatMap((criterion) => payload.answers[criterion].evidenceUrl ?? []);
    if (cited.length >= 3 && new Set(cited).size === 1) {
      warnings.push({ file: model.file, path: "answers", message: `every answered criterion cites the same page: ${cited[0]}` });
    }
  }
  for (const slug of bases.keys()) {
    const cycle = findCycle(slug, bases);
    if (cycle && cycle[0] === slug) error(models.get(slug)!.file, "baseModel.slug", `a cycle of base models: ${cycle.join(" → ")}`);
  }
  return { errors, warnings };
}

/** Models in an order where every base comes before the models made from it. */
export function baseFirst(models: readonly ModelEntry[]): ModelEntry[] {
  const bySlug = new Map(models.map((model) => [model.slug, model]));
  const done = new Set<string>();
  const order: ModelEntry[] = [];
  const visit = (model: ModelEntry, path: Set<string>) => {
    if (done.has(model.slug) || path.has(model.slug)) return;
    path.add(model.slug);
    const base = model.payload.baseModel?.slug ? bySlug.get(model.payload.baseModel.slug) : undefined;
    if (base) visit(base, path);
    done.add(model.slug);
    order.push(model);
  };
  for (const model of models) visit(model, new Set());
  return order;
}
