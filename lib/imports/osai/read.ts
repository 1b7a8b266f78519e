// Reading the European Open Source AI Index's published YAML (one file per system, the format of its
// main-database repository): the system, its organisation, and twelve dimensions, each a class
// (open, partial, closed, or empty for not applicable), an evidence link (one or a list) and notes.
// The organisation's national origin and contributor type are comment lines at the head of a file.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { CORE_SCHEMA, load as loadYaml } from "js-yaml";
import { z } from "zod";

/** The index's dimensions, in its files' order: availability, documentation, access. */
export const OSAI_DIMENSIONS = [
  "datasources_basemodel",
  "datasources_endmodel",
  "weights_basemodel",
  "weights_endmodel",
  "trainingcode",
  "code",
  "hardware_architecture",
  "preprint",
  "paper",
  "modelcard",
  "datasheet",
  "licenses",
] as const;
export type OsaiDimension = (typeof OSAI_DIMENSIONS)[number];

export const OSAI_CLASSES = ["open", "partial", "closed"] as const;
export type OsaiClass = (typeof OSAI_CLASSES)[number];

const text = z.union([z.string(), z.number()]).transform(String).nullish();
const links = z.union([z.string(), z.array(z.union([z.string(), z.null()]))]).nullish();

const dimensionSchema = z
  .object({ class: text, link: links, notes: text })
  .partial()
  .nullish()
  .transform((d) => ({ class: classOf(d?.class), links: linksOf(d?.link), notes: d?.notes?.trim() || null }));

export const osaiFileSchema = z.object({
  system: z.object({
    name: z.union([z.string(), z.number()]).transform(String),
    link: links,
    type: text,
    performanceclass: text,
    basemodelname: text,
    endmodelname: text,
    endmodellicense: text,
    releasedate: text,
    notes: text,
  }),
  org: z.object({ name: z.union([z.string(), z.number()]).transform(String), link: links, notes: text }),
  ...(Object.fromEntries(OSAI_DIMENSIONS.map((dimension) => [dimension, dimensionSchema])) as Record<OsaiDimension, typeof dimensionSchema>),
});

export type OsaiDimensionValue = { class: OsaiClass | null; links: string[]; notes: string | null };

export type OsaiRecord = Omit<z.output<typeof osaiFileSchema>, "system" | "org"> & {
  file: string;
  system: z.output<typeof osaiFileSchema>["system"] & { links: string[] };
  org: { name: string; links: string[]; notes: string | null };
  /** from the comment lines: "National origin: France", "Contributor type: Academic (...)" */
  nationalOrigin: string | null;
  contributorType: string | null;
};

/** The index writes classes as words (and its documentation as coloured squares). */
function classOf(value: string | null | undefined): OsaiClass | null {
  const v = (value ?? "").trim().toLowerCase();
  if (v === "open" || v === "🟩") return "open";
  if (v === "partial" || v === "🟧") return "partial";
  if (v === "closed" || v === "🟥") return "closed";
  return null;
}

/** Every http(s) address of a link field. */
function linksOf(value: string | (string | null)[] | null | undefined): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.flatMap((v) => (typeof v === "string" && /^https?:\/\/\S+$/i.test(v.trim()) ? [v.trim()] : []));
}

function commentTag(source: string, name: string): string | null {
  const match = new RegExp(`^#\\s*-?\\s*${name}:\\s*(.+?)\\s*$`, "im").exec(source);
  return match ? match[1]! : null;
}

export type OsaiProblem = { file: string; message: string };

/** One file's record, or what is wrong with it. */
export function readOsaiFile(file: string, source: string): OsaiRecord | OsaiProblem {
  let raw: unknown;
  try {
    // YAML 1.2's core schema: "2025-12" stays text
    raw = loadYaml(source, { schema: CORE_SCHEMA, filename: file });
  } catch (error) {
    return { file, message: `not YAML: ${(error as Error).message.split("\n")[0]}` };
  }
  const parsed = osaiFileSchema.safeParse(raw);
  if (!parsed.success) return { file, message: `not in the index's format: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}` };
  const { system, org, ...dimensions } = parsed.data;
  return {
    ...dimensions,
    file,
    system: { ...system, links: linksOf(system.link) },
    org: { name: org.name.trim(), links: linksOf(org.link), notes: org.notes?.trim() || null },
    nationalOrigin: commentTag(source, "National origin"),
    contributorType: commentTag(source, "Contributor type"),
  };
}

/** Every .yaml / .yml file of a folder of the index, in name order (files starting with "_" hold its parameters, not systems). */
export function readOsaiFolder(dir: string): { records: OsaiRecord[]; problems: OsaiProblem[] } {
  const records: OsaiRecord[] = [];
  const problems: OsaiProblem[] = [];
  const names = readdirSync(dir).filter((name) => /\.ya?ml$/i.test(name) && !name.startsWith("_")).sort();
  for (const name of names) {
    const result = readOsaiFile(name, readFileSync(path.join(dir, name), "utf8"));
    if ("message" in result) problems.push(result);
    else records.push(result);
  }
  return { records, problems };
}
