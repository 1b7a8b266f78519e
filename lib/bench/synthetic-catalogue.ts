// A synthetic catalogue for the benchmark (scripts/bench-catalogue.ts): N models and N/5
// organisations, skewed like the real thing (a Zipf law gives a few organisations thousands of
// models and most of them one or two), with varied languages, licences, tasks and openness.
// Every model is scored by the real scorer (assess), and loaded with multi-row INSERTs over
// unnest() arrays, so the database triggers fill the search and filter columns as in production.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { assess, licenceById, LICENCES, EU_OFFICIAL_LANGUAGES, EUROPEAN_LANGUAGES, CRITERION_KEYS } from "../openness";
import { modelAssessmentColumns } from "../catalogue/assessments";
import type { AnswerGrade, CriterionAnswer, CriterionKey, Modality, OrganisationType } from "../openness/types";

/** A small deterministic generator (mulberry32), so two runs build the same catalogue. */
export function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  function weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let r = next() * total;
    for (const [value, weight] of entries) if ((r -= weight) < 0) return value;
    return entries.at(-1)![0];
  }
  return { next, int, pick, weighted, chance: (p: number) => next() < p };
}
type Random = ReturnType<typeof random>;

const COUNTRIES: readonly (readonly [string, number])[] = [
  ["FR", 16], ["DE", 16], ["GB", 12], ["NL", 6], ["ES", 6], ["IT", 6], ["CH", 5], ["SE", 4], ["FI", 3], ["PL", 4],
  ["BE", 3], ["AT", 2], ["DK", 2], ["NO", 2], ["IE", 2], ["PT", 2], ["CZ", 2], ["GR", 1], ["RO", 1], ["HU", 1],
  ["EE", 1], ["LT", 0.5], ["LV", 0.5], ["SI", 0.5], ["SK", 0.5], ["HR", 0.5], ["BG", 0.5], ["LU", 0.5], ["IS", 0.3],
  ["UA", 1], ["TR", 1], ["RS", 0.3], ["EU", 0.5],
];
const TYPES: readonly (readonly [OrganisationType, number])[] = [
  ["startup_sme", 50], ["research", 25], ["non_profit", 10], ["large_company", 8], ["public_consortium", 7],
];
const SYLLABLES = ["al", "bor", "cel", "dra", "en", "fjor", "gal", "hel", "is", "jun", "kal", "lum", "mer", "nor", "ost", "pra", "quin", "ros", "sil", "tor", "ul", "ven", "wal", "xen", "yr", "zé", "rhô", "mü", "ça", "lø"];
const ORG_SUFFIXES = ["AI", "Labs", "Research", "Technologies", "Foundation", "Institute", "NLP", "Systems", "Intelligence", ""];
const FAMILIES = [
  "Aurora", "Boreal", "Cedar", "Delta", "Eclipse", "Fjord", "Granite", "Helios", "Iris", "Juniper", "Kestrel", "Lumen",
  "Meridian", "Nova", "Orion", "Pollux", "Quartz", "Rhône", "Sirius", "Tundra", "Umbra", "Vega", "Wren", "Xenon",
  "Yarrow", "Zéphyr", "Llama", "Mistral", "Gemma", "Bloom", "Falcon", "Whisper", "Élan", "Babel", "Agora", "Poro",
  "Viking", "Salamandra", "Teuken", "Lucie", "Croissant", "Bielik", "Minerva", "Occitània", "Sámi",
];
const VARIANTS = ["", "Instruct", "Chat", "Base", "Code", "Vision", "Speech", "Legal", "Med", "Tiny", "Distilled"];
const MODALITIES: readonly (readonly [Modality, number])[] = [
  ["text", 60], ["multimodal", 10], ["image", 10], ["speech", 8], ["code", 6], ["audio", 3], ["video", 2], ["other", 1],
];
const TASKS: Readonly<Record<Modality, readonly string[]>> = {
  text: ["text-generation", "text2text-generation", "translation", "fill-mask", "feature-extraction", "summarization", "question-answering", "text-classification"],
  multimodal: ["image-text-to-text", "text-generation", "visual-question-answering"],
  image: ["text-to-image", "image-to-image", "image-classification", "object-detection"],
  speech: ["automatic-speech-recognition", "text-to-speech"],
  code: ["text-generation", "code-completion"],
  audio: ["audio-to-audio", "audio-classification"],
  video: ["text-to-video", "video-classification"],
  other: ["tabular-classification", "time-series-forecasting"],
};
const TOPICS = [
  "instruction-tuned", "multilingual", "legal", "medical", "scientific", "conversational", "long-context", "efficient",
  "données publiques", "modèle souverain", "für Behörden", "open science", "on-device", "retrieval", "agentic",
];
const EU = EU_OFFICIAL_LANGUAGES as readonly string[];
const OTHER_LANGUAGES = EUROPEAN_LANGUAGES.map((language) => language.code);
const WORLD = ["zh", "ja", "ar", "hi", "ru", "ko", "sw", "yo", "vi", "th"];

// Openness profiles: what a model of each kind typically publishes (the scorer decides the grade).
type Profile = "truly-open" | "open-science" | "open-weights" | "restricted" | "closed" | "sketchy";
const PROFILES: readonly (readonly [Profile, number])[] = [
  ["truly-open", 3], ["open-science", 10], ["open-weights", 35], ["restricted", 30], ["closed", 12], ["sketchy", 10],
];
const OPEN_LICENCES = ["Apache-2.0", "MIT", "CC-BY-4.0", "BSD-3-Clause", "EUPL-1.2", "CC0-1.0"];
const RESTRICTED_LICENCES = LICENCES.filter((licence) => licence.kind === "model" && (licence.restrictsUse || licence.nonCommercial)).map((l) => l.id);
const DATA_LICENCES = ["CC-BY-4.0", "ODC-By-1.0", "CC0-1.0", "CDLA-Permissive-2.0", "CC-BY-SA-4.0", "CC-BY-NC-4.0"];

function answersFor(profile: Profile, slug: string, r: Random): CriterionAnswer[] {
  const level = (open: number, partial: number): AnswerGrade => {
    const x = r.next();
    return x < open ? "open" : x < open + partial ? "partial" : "closed";
  };
  const base: Record<Profile, Record<"use" | "methods" | "data" | "docs", [number, number]>> = {
    "truly-open": { use: [1, 0], methods: [1, 0], data: [1, 0], docs: [0.8, 0.2] },
    "open-science": { use: [1, 0], methods: [0.4, 0.6], data: [0.3, 0.7], docs: [0.6, 0.3] },
    "open-weights": { use: [1, 0], methods: [0.05, 0.2], data: [0, 0.15], docs: [0.4, 0.4] },
    restricted: { use: [0, 0.3], methods: [0.05, 0.2], data: [0, 0.1], docs: [0.3, 0.4] },
    closed: { use: [0, 0], methods: [0, 0.1], data: [0, 0], docs: [0.1, 0.3] },
    sketchy: { use: [0.5, 0.2], methods: [0.1, 0.3], data: [0.1, 0.2], docs: [0.3, 0.3] },
  };
  const p = base[profile];
  const grades: Record<CriterionKey, AnswerGrade> = {
    use: level(...p.use),
    methods: level(...p.methods),
    data: level(...p.data),
    retrain: profile === "truly-open" ? "open" : level(p.data[0], p.data[1]),
    weights: profile === "closed" ? "closed" : "open",
    architecture: level(...p.docs),
    paper: level(...p.docs),
    modelcard: level(...p.docs),
    datacard: level(p.data[0] + 0.1, 0.3),
    evaluation: level(...p.docs),
    checkpoints: level(p.methods[0], 0.2),
    inference: level(...p.docs),
  };
  return CRITERION_KEYS.map((criterion) => {
    // a "sketchy" entry leaves some criteria unassessed or without evidence
    const grade = profile === "sketchy" && r.chance(0.25) ? "unknown" : grades[criterion];
    const evidence = grade === "open" || grade === "partial" ? (r.chance(0.97) ? `https://example.org/evidence/${slug}/${criterion}` : null) : null;
    return { criterion, grade, evidenceUrl: evidence, note: r.chance(0.15) ? `Checked against the ${criterion} documentation.` : null };
  });
}

export type SyntheticCounts = { organisations: number; models: number; links: number; answers: number; biggestOrganisation: string };

type Columns = Record<string, { type: string; values: unknown[] }>;

async function insertRows(client: pg.Client, table: string, columns: Columns) {
  const names = Object.keys(columns);
  const params = names.map((name) => columns[name]!.values);
  const casts = names.map((name, index) => {
    const type = columns[name]!.type;
    // arrays of arrays cannot go through unnest: those columns travel as JSON text, one per row
    return type.endsWith("[]") ? `ARRAY(SELECT json_array_elements_text(x${index}::json))::${type}` : `x${index}::${type}`;
  });
  const unnestTypes = names.map((name) => (columns[name]!.type.endsWith("[]") ? "text" : columns[name]!.type));
  const sql = `INSERT INTO "${table}" (${names.map((n) => `"${n}"`).join(", ")})
    SELECT ${casts.join(", ")} FROM unnest(${names.map((_, i) => `$${i + 1}::${unnestTypes[i]}[]`).join(", ")}) AS t(${names.map((_, i) => `x${i}`).join(", ")})`;
  await client.query(sql, params);
}

function columnsOf<T extends Record<string, unknown>>(rows: readonly T[], types: Record<keyof T & string, string>): Columns {
  const columns: Columns = {};
  for (const [name, type] of Object.entries(types) as [string, string][]) {
    columns[name] = {
      type,
      values: rows.map((row) => {
        const value = row[name];
        if (type.endsWith("[]")) return JSON.stringify(value ?? []);
        // timestamps are stored as UTC without zone, as Prisma does
        if (value instanceof Date) return value.toISOString().replace("Z", "");
        return value ?? null;
      }),
    };
  }
  return columns;
}

/**
 * Generates and inserts `models` models and `models / 5` organisations into a migrated database
 * that already holds the licence table (and possibly the seed). Returns what was written.
 */
export async function loadSyntheticCatalogue(
  url: string,
  options: { models: number; organisations?: number; seed?: number; batch?: number; log?: (message: string) => void },
): Promise<SyntheticCounts> {
  const r = random(options.seed ?? 42);
  const organisationCount = options.organisations ?? Math.max(10, Math.round(options.models / 5));
  const batch = options.batch ?? 2_000;
  const log = options.log ?? (() => {});
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // ---- organisations
    const organisations = Array.from({ length: organisationCount }, (_, index) => {
      const stem = Array.from({ length: r.int(2, 3) }, () => r.pick(SYLLABLES)).join("");
      const name = `${stem.charAt(0).toUpperCase()}${stem.slice(1)} ${r.pick(ORG_SUFFIXES)}`.trim();
      const type = r.weighted(TYPES);
      const now = new Date(Date.UTC(2024, 0, 1) + r.int(0, 900) * 86_400_000);
      return {
        id: randomUUID(),
        slug: `${stem.normalize("NFD").replace(/\p{M}/gu, "").replace(/[^a-z0-9]/gi, "").toLowerCase()}-${index}`,
        name,
        type,
        country: r.weighted(COUNTRIES),
        isSme: type === "startup_sme" ? (r.chance(0.8) ? true : null) : type === "large_company" ? false : r.chance(0.5) ? false : null,
        description: `${name} is a ${type.replace("_", " ")} working on ${r.pick(TOPICS)} models.`,
        foundedYear: r.chance(0.6) ? r.int(1950, 2025) : null,
        website: `https://example.org/org/${index}`,
        status: r.chance(0.99) ? "published" : "draft",
        publishedAt: now,
        createdAt: now,
        updatedAt: now,
      };
    });
    for (let start = 0; start < organisations.length; start += batch) {
      const rows = organisations.slice(start, start + batch);
      await insertRows(client, "Organisation", columnsOf(rows, {
        id: "text", slug: "text", name: "text", type: '"OrganisationType"', country: "varchar(2)", isSme: "boolean", description: "text",
        foundedYear: "int4", website: "text", status: '"EntryStatus"', publishedAt: "timestamp(3)", createdAt: "timestamp(3)", updatedAt: "timestamp(3)",
      }));
    }
    log(`  ${organisations.length} organisations`);

    // Zipf-like law over the organisations: a few make thousands of models, most one or two.
    const weights = organisations.map((_, index) => 1 / Math.pow(index + 1, 0.9));
    const cumulative: number[] = [];
    weights.reduce((sum, weight, index) => (cumulative[index] = sum + weight), 0);
    const total = cumulative.at(-1)!;
    const pickOrganisation = () => {
      const x = r.next() * total;
      let lo = 0;
      let hi = cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cumulative[mid]! < x) lo = mid + 1;
        else hi = mid;
      }
      return organisations[lo]!;
    };

    // ---- models, their links and assessments, batch by batch
    let links = 0;
    let answersWritten = 0;
    for (let start = 0; start < options.models; start += batch) {
      const size = Math.min(batch, options.models - start);
      const models: Record<string, unknown>[] = [];
      const linkRows: Record<string, unknown>[] = [];
      const licenceRows: Record<string, unknown>[] = [];
      const assessments: Record<string, unknown>[] = [];
      const answerRows: Record<string, unknown>[] = [];
      for (let i = 0; i < size; i++) {
        const index = start + i;
        const main = pickOrganisation();
        const partner = r.chance(0.15) ? pickOrganisation() : null;
        const modality = r.weighted(MODALITIES);
        const family = r.pick(FAMILIES);
        const params = r.chance(0.9) ? Math.round(Math.exp(Math.log(1e8) + r.next() * (Math.log(4e11) - Math.log(1e8)))) : null;
        const size = params ? (params >= 1e9 ? `${Math.round(params / 1e9)}B` : `${Math.round(params / 1e6)}M`) : "";
        const name = [main.name.split(" ")[0], family, size, r.pick(VARIANTS)].filter(Boolean).join(" ") + (r.chance(0.3) ? ` v${r.int(1, 4)}` : "");
        const slug = `${name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${index}`;
        const languageCount = r.weighted([[1, 30], [2, 20], [3, 15], [5, 15], [10, 10], [24, 7], [40, 3]] as const);
        const languages = new Set<string>(r.chance(0.85) ? ["en"] : []);
        while (languages.size < languageCount) {
          languages.add(r.chance(0.75) ? r.pick(EU) : r.chance(0.6) ? r.pick(OTHER_LANGUAGES) : r.pick(WORLD));
        }
        const profile = r.weighted(PROFILES);
        const weightsLicence =
          profile === "closed"
            ? null
            : profile === "restricted"
              ? r.pick(RESTRICTED_LICENCES)
              : profile === "sketchy"
                ? (r.chance(0.5) ? r.pick(OPEN_LICENCES) : r.chance(0.5) ? r.pick(RESTRICTED_LICENCES) : null)
                : r.pick(OPEN_LICENCES);
        const codeLicence = r.chance(0.5) ? r.pick(["Apache-2.0", "MIT", "BSD-3-Clause", "GPL-3.0-only"]) : null;
        const dataLicence = profile === "truly-open" || profile === "open-science" ? r.pick(DATA_LICENCES) : null;
        const entered = answersFor(profile, slug, r);
        const facts = {
          licences: {
            weights: weightsLicence ? [licenceById(weightsLicence)!] : [],
            code: codeLicence ? [licenceById(codeLicence)!] : [],
            data: dataLicence ? [licenceById(dataLicence)!] : [],
          },
        };
        const result = assess(entered, facts);
        const releaseYear = r.weighted([[2019, 2], [2020, 3], [2021, 5], [2022, 10], [2023, 20], [2024, 30], [2025, 25], [2026, 5]] as const);
        const created = new Date(Date.UTC(2024, 0, 1) + r.int(0, 1000) * 86_400_000 + r.int(0, 86_399_999));
        // The organisation columns as the catalogue_search trigger would write them, so its
        // refresh after the links' insert finds nothing to change (no second row version).
        const owners = partner && partner.id !== main.id ? [main, partner] : [main];
        const ORDER = ["startup_sme", "large_company", "research", "non_profit", "public_consortium"];
        const id = randomUUID();
        const assessmentId = randomUUID();
        models.push({
          id,
          slug,
          name,
          version: r.chance(0.2) ? `v${r.int(0, 3)}.${r.int(0, 9)}` : null,
          releaseYear,
          releaseDate: r.chance(0.3) ? `${releaseYear}-${String(r.int(1, 12)).padStart(2, "0")}-${String(r.int(1, 28)).padStart(2, "0")}` : null,
          modality,
          tasks: [...new Set([r.pick(TASKS[modality]), ...(r.chance(0.3) ? [r.pick(TASKS[modality])] : [])])],
          parameterCount: params,
          languages: [...languages],
          description: `${name} is a ${size || "compact"} ${r.pick(TOPICS)} ${modality} model by ${main.name}, trained on ${[...languages].slice(0, 3).join(", ")} data. ${r.chance(0.3) ? `Fine-tuned from ${r.pick(FAMILIES)}.` : ""}`.trim(),
          modelCardUrl: `https://example.org/models/${slug}`,
          ...modelAssessmentColumns(result, facts),
          organisationSlugs: owners.map((o) => o.slug),
          organisationNames: owners.map((o) => o.name),
          organisationCountries: [...new Set(owners.map((o) => o.country))].sort(),
          organisationTypes: [...new Set(owners.map((o) => o.type))].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b)),
          fromSme: owners.some((o) => o.isSme === true),
          status: r.weighted([["published", 98], ["draft", 1], ["archived", 1]] as const),
          publishedAt: created,
          createdAt: created,
          updatedAt: new Date(created.getTime() + r.int(0, 200) * 86_400_000),
        });
        for (const [component, licence] of [["weights", weightsLicence], ["code", codeLicence], ["data", dataLicence]] as const) {
          if (licence) licenceRows.push({ modelId: id, component, licenceId: licence, position: 0 });
        }
        linkRows.push({ modelId: id, organisationId: main.id, position: 0 });
        if (partner && partner.id !== main.id) linkRows.push({ modelId: id, organisationId: partner.id, position: 1 });
        assessments.push({ id: assessmentId, modelId: id, methodologyVersion: result.methodologyVersion, score: result.score, grade: result.grade, complete: result.complete, createdAt: created, updatedAt: created });
        for (const criterion of CRITERION_KEYS) {
          const answer = result.answers[criterion];
          answerRows.push({
            assessmentId,
            criterion,
            grade: answer.grade,
            enteredGrade: answer.entered === answer.grade ? null : answer.entered,
            evidenceUrl: answer.evidenceUrl,
            note: answer.note,
            createdAt: created,
            updatedAt: created,
          });
        }
      }
      await client.query("BEGIN");
      await insertRows(client, "Model", columnsOf(models, {
        id: "text", slug: "text", name: "text", version: "text", releaseYear: "int4", releaseDate: "date", modality: '"Modality"',
        tasks: "text[]", parameterCount: "float8", languages: "text[]", description: "text", modelCardUrl: "text",
        weightsLicenceIds: "text[]", g7Label: '"G7Label"', score: "float8", grade: '"Grade"', gradeComplete: "boolean",
        useGrade: '"AnswerGrade"', methodsGrade: '"AnswerGrade"', dataGrade: '"AnswerGrade"', retrainGrade: '"AnswerGrade"',
        organisationSlugs: "text[]", organisationNames: "text[]", organisationCountries: "text[]", organisationTypes: '"OrganisationType"[]', fromSme: "boolean",
        status: '"EntryStatus"', publishedAt: "timestamp(3)", createdAt: "timestamp(3)", updatedAt: "timestamp(3)",
      }));
      await insertRows(client, "ModelOrganisation", columnsOf(linkRows, { modelId: "text", organisationId: "text", position: "int4" }));
      await insertRows(client, "ModelLicence", columnsOf(licenceRows, { modelId: "text", component: '"LicenceComponent"', licenceId: "text", position: "int4" }));
      await insertRows(client, "Assessment", columnsOf(assessments, {
        id: "text", modelId: "text", methodologyVersion: "int4", score: "float8", grade: '"Grade"', complete: "boolean", createdAt: "timestamp(3)", updatedAt: "timestamp(3)",
      }));
      await insertRows(client, "CriterionAnswer", columnsOf(answerRows, {
        assessmentId: "text", criterion: "text", grade: '"AnswerGrade"', enteredGrade: '"AnswerGrade"', evidenceUrl: "text", note: "text", createdAt: "timestamp(3)", updatedAt: "timestamp(3)",
      }));
      await client.query("COMMIT");
      links += linkRows.length;
      answersWritten += answerRows.length;
      if ((start / batch) % 10 === 0) log(`  ${start + size} models`);
    }
    // What autovacuum would have done by the time anyone searches: statistics and visibility map.
    await client.query(`VACUUM ANALYZE "Organisation", "Model", "ModelOrganisation", "ModelLicence", "Assessment", "CriterionAnswer", "SearchWord"`);
    return { organisations: organisations.length, models: options.models, links, answers: answersWritten, biggestOrganisation: organisations[0]!.slug };
  } finally {
    await client.end();
  }
}
