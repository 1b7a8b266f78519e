// `npm run import:osai -- <folder> [--dry-run]`: the European Open Source AI Index's systems as
// proposals for the maintainers. A system whose end model the catalogue holds (by its model card on
// the Hub, or its name) becomes an edit listing each answer the index grades otherwise, plus what
// the entry lacks (base model, weights licence, release year), credited to the index; a European
// system the catalogue lacks becomes a pending new model, with its organisation (known, or new from
// the index's national origin and contributor type). Organisations outside Europe under our rule
// (lib/openness/europe.ts) are left out. The index's data is CC-BY-4.0: every proposal credits it.
import countries from "i18n-iso-countries";
import type { PrismaClient } from "../../db/prisma";
import { catalogueModelsByHubId } from "../../huggingface/catalogue";
import { hubIdOfUrl } from "../../huggingface/repo-id";
import { isEuropeanCountry } from "../../openness/europe";
import { CRITERION_KEYS, type CriterionKey } from "../../openness/types";
import { knownLicences } from "../../submissions/checks";
import type { SystemAuthor } from "../../submissions/proposals";
import { modelSnapshotsBySlug, type ModelSnapshot } from "../../submissions/snapshots";
import { slugify } from "../../validation/fields";
import type { AnswersPayload } from "../../validation/submissions";
import { proposeModelEdit, proposeNewModel, type ImportOutcome, type ImportReport } from "../propose-model";
import { modalityOf, normalisedName, OSAI_ATTRIBUTION, osaiAnswers, organisationTypeOf, releaseYearOf, weightsLicenceOf } from "./mapping";
import { readOsaiFolder, type OsaiProblem, type OsaiRecord } from "./read";

export const OSAI_IMPORTER: SystemAuthor = { id: "importer-osai-index", name: "European Open Source AI Index importer (npm run import:osai)" };

export type OsaiImportReport = ImportReport & { problems: OsaiProblem[] };

type CatalogueOrganisation = { slug: string; name: string; country: string; scope: string; website: string | null };

// the index's national origins are English country names
const COUNTRY_BY_NAME = new Map<string, string>();
const regionNames = new Intl.DisplayNames(["en"], { type: "region" });
for (const code of Object.keys(countries.getAlpha2Codes())) {
  const name = regionNames.of(code);
  if (name && name !== code) COUNTRY_BY_NAME.set(normalisedName(name), code);
}
for (const [name, code] of [["Czech Republic", "CZ"], ["Great Britain", "GB"], ["England", "GB"], ["Scotland", "GB"], ["Wales", "GB"], ["USA", "US"], ["European Union", "EU"]] as const) COUNTRY_BY_NAME.set(normalisedName(name), code);

/** "France" → "FR"; null for "International", "Undisclosed" and the like. */
export function countryOfOrigin(origin: string | null): string | null {
  return origin ? (COUNTRY_BY_NAME.get(normalisedName(origin)) ?? null) : null;
}

/** A web address as host and path, so that "https://www.mistral.ai/" is "mistral.ai" (a whole address: many share huggingface.co). */
const siteOf = (url: string | null | undefined) => {
  try {
    const u = url ? new URL(url) : null;
    return u ? `${u.hostname.toLowerCase().replace(/^www\./, "")}${u.pathname.replace(/\/+$/, "").toLowerCase()}` : null;
  } catch {
    return null;
  }
};

/** The catalogue's organisations a record names: by name (one, or each of "A and B"), or by its website. */
function catalogueOrganisations(record: OsaiRecord, organisations: readonly CatalogueOrganisation[]): CatalogueOrganisation[] {
  const byName = new Map(organisations.map((o) => [normalisedName(o.name), o]));
  const whole = byName.get(normalisedName(record.org.name));
  if (whole) return [whole];
  const parts = record.org.name.split(/\s+and\s+|\s*[,&]\s*/i).map((part) => byName.get(normalisedName(part.replace(/\(.*?\)/g, ""))));
  if (parts.length > 1 && parts.every(Boolean)) return parts as CatalogueOrganisation[];
  const sites = new Set(record.org.links.map(siteOf).filter(Boolean));
  return organisations.filter((o) => o.website && sites.has(siteOf(o.website))).slice(0, 1);
}

const endModelName = (record: OsaiRecord) => (record.system.endmodelname?.trim() || record.system.name).slice(0, 120);

/** The end model's page on the Hub, among the record's links. */
function hubIdsOf(record: OsaiRecord): string[] {
  const ids = [...record.system.links, ...record.weights_endmodel.links].map(hubIdOfUrl).filter((id): id is string => Boolean(id));
  const name = normalisedName(endModelName(record));
  return [...new Set([...ids.filter((id) => normalisedName(id.split("/")[1]!) === name), ...ids])];
}

/** The base model the index names, when it is another model than the end model. */
async function baseModelOf(prisma: PrismaClient, record: OsaiRecord): Promise<ModelSnapshot["baseModel"]> {
  const base = record.system.basemodelname?.trim();
  if (!base || normalisedName(base) === normalisedName(endModelName(record))) return null;
  const ownIds = new Set(hubIdsOf(record).map((id) => id.toLowerCase()));
  // the index sometimes links the end model's page as the base's: such a link says nothing of the base
  const link = record.weights_basemodel.links.find((url) => !ownIds.has(hubIdOfUrl(url)?.toLowerCase() ?? "")) ?? null;
  const hubId = hubIdOfUrl(link);
  const inCatalogue = hubId ? (await catalogueModelsByHubId(prisma, [hubId])).get(hubId.toLowerCase()) : undefined;
  // an end model is the base model tuned to follow instructions: a fine-tune
  return inCatalogue ? { slug: inCatalogue.slug, name: null, url: null, relation: "fine_tune" } : { slug: null, name: base.slice(0, 120), url: link, relation: "fine_tune" };
}

function firstLink(record: OsaiRecord): string | null {
  return record.org.links[0] ?? record.system.links[0] ?? null;
}

const withSource = (record: OsaiRecord) => `European Open Source AI Index (${OSAI_ATTRIBUTION.licence}, ${OSAI_ATTRIBUTION.url}), file ${record.file}`;

/** The published entry with the index's answers where it grades otherwise, and what the entry lacks. */
async function withIndexFacts(prisma: PrismaClient, published: ModelSnapshot, record: OsaiRecord, answers: AnswersPayload, weightsLicence: string | null): Promise<ModelSnapshot> {
  const next: ModelSnapshot = { ...published, answers: { ...published.answers } };
  for (const key of CRITERION_KEYS) {
    const mapped = answers[key];
    if (mapped.grade !== "unknown" && mapped.grade !== published.answers[key].grade) next.answers[key] = mapped;
  }
  if (!published.baseModel) next.baseModel = await baseModelOf(prisma, record);
  if (published.licences.weights.length === 0 && weightsLicence) next.licences = { ...published.licences, weights: [{ mode: "existing", id: weightsLicence }] };
  if (published.releaseYear === null) next.releaseYear = releaseYearOf(record.system.releasedate);
  return { ...next, attribution: [OSAI_ATTRIBUTION] } as ModelSnapshot;
}

function describeChanges(record: OsaiRecord, published: ModelSnapshot, proposed: ModelSnapshot, changes: string[]): string {
  const words = changes.map((path) => {
    const key = path.startsWith("answers.") ? (path.slice(8) as CriterionKey) : null;
    return key ? `${key} ${published.answers[key].grade} → ${proposed.answers[key].grade}` : path;
  });
  return `Proposed from the ${withSource(record)}, which grades this model otherwise: ${words.join("; ")}. The index's evidence and words are in each answer's note; check them against our criteria (methodology page, "The European Open Source AI Index").`;
}

async function proposeRecord(prisma: PrismaClient, record: OsaiRecord, context: { organisations: CatalogueOrganisation[]; licences: Awaited<ReturnType<typeof knownLicences>>; dryRun: boolean }): Promise<ImportOutcome> {
  const name = endModelName(record);
  const source = record.file;
  const licence = weightsLicenceOf(record, context.licences);
  const answers = osaiAnswers(record, licence);

  // an entry the catalogue holds: by its model card on the Hub, else by its name
  const hubIds = hubIdsOf(record);
  const byHub = [...(await catalogueModelsByHubId(prisma, hubIds)).values()][0];
  const row = await prisma.model.findFirst({
    where: { status: "published", ...(byHub ? { slug: byHub.slug } : { name: { equals: name, mode: "insensitive" } }) },
    select: { slug: true, scope: true },
  });
  if (row) {
    if (row.scope !== "europe") return { source, name, action: "skipped", slug: row.slug, reason: `${row.slug} is a reference model, not a European one` };
    const published = (await modelSnapshotsBySlug(prisma, [row.slug])).get(row.slug)!;
    const proposed = await withIndexFacts(prisma, published, record, answers, licence?.id ?? null);
    return proposeModelEdit(prisma, OSAI_IMPORTER, { source, published, proposed, describe: (changes) => describeChanges(record, published, proposed, changes), dryRun: context.dryRun });
  }

  // a new model: its organisation must pass the Europe rule
  const notes: string[] = [];
  const known = catalogueOrganisations(record, context.organisations);
  let organisations: { existing: string[]; new: Record<string, unknown> | null };
  if (known.length) {
    const outside = known.find((o) => o.scope !== "europe" || !isEuropeanCountry(o.country));
    if (outside) return { source, name, action: "skipped", reason: `${outside.name} (${outside.country}) is not a European organisation` };
    organisations = { existing: known.map((o) => o.slug), new: null };
  } else {
    const country = countryOfOrigin(record.nationalOrigin);
    if (!country || !isEuropeanCountry(country)) {
      return { source, name, action: "skipped", reason: `${record.org.name}: national origin “${record.nationalOrigin ?? "not given"}” is not a European country under our rule` };
    }
    const sources = [...new Set([...record.org.links, ...record.system.links])].slice(0, 10);
    if (sources.length === 0) return { source, name, action: "skipped", reason: `${record.org.name}: the index gives no web address to check the organisation by` };
    const { type, certain } = organisationTypeOf(record.contributorType);
    if (!certain) notes.push(`The organisation's type (${type}) is inferred from the index's contributor type “${record.contributorType ?? "none"}”: check it.`);
    organisations = {
      existing: [],
      new: {
        name: record.org.name.slice(0, 120),
        slug: slugify(record.org.name),
        type,
        country,
        countryNote: null,
        isSme: null,
        website: firstLink(record),
        description: `${record.org.name}, which released ${name}, as the European Open Source AI Index records it (national origin: ${record.nationalOrigin}).`.slice(0, 2000),
        foundedYear: null,
        sources,
      },
    };
  }
  const releaseYear = releaseYearOf(record.system.releasedate);
  const modality = modalityOf(record.system.type);
  if (!licence && record.system.endmodellicense) notes.push(`Weights licence named by the index, not identified: “${record.system.endmodellicense}”.`);
  const link = (d: keyof Pick<OsaiRecord, "trainingcode" | "datasources_basemodel">) => (record[d].class === "open" || record[d].class === "partial" ? (record[d].links[0] ?? null) : null);
  const payload = {
    name,
    slug: slugify(name),
    version: null,
    releaseYear,
    releaseDate: null,
    modality,
    tasks: [],
    parameterBillions: null,
    activeParameterBillions: null,
    languages: [],
    languageShareNote: null,
    description: `${name}, a ${modality} model released by ${record.org.name}${releaseYear ? ` in ${releaseYear}` : ""}.`,
    modelCardUrl: hubIds[0] ? `https://huggingface.co/${hubIds[0]}` : null,
    codeUrl: link("trainingcode"),
    paperUrl: answers.paper.grade === "open" || answers.paper.grade === "partial" ? answers.paper.evidenceUrl : null,
    dataUrl: link("datasources_basemodel"),
    organisations,
    licences: { weights: licence ? [{ mode: "existing", id: licence.id }] : [], code: [], data: [] },
    baseModel: await baseModelOf(prisma, record),
    dataException: null,
    family: null,
    attribution: [OSAI_ATTRIBUTION],
    answers,
  };
  return proposeNewModel(prisma, OSAI_IMPORTER, {
    source,
    payload,
    comment: `Imported from the ${withSource(record)}. Answers follow the mapping on the methodology page ("The European Open Source AI Index"); the licences of code and data are not recorded (the index grades them all at once). ${notes.join(" ")}`,
    dryRun: context.dryRun,
  });
}

export async function importOsaiIndex(prisma: PrismaClient, dir: string, options: { dryRun: boolean }): Promise<OsaiImportReport> {
  const { records, problems } = readOsaiFolder(dir);
  const licences = await knownLicences(prisma);
  const organisations = await prisma.organisation.findMany({ where: { status: "published" }, select: { slug: true, name: true, country: true, scope: true, website: true } });
  const outcomes: ImportOutcome[] = [];
  for (const record of records) outcomes.push(await proposeRecord(prisma, record, { organisations, licences, dryRun: options.dryRun }));
  return { dryRun: options.dryRun, outcomes, problems };
}
