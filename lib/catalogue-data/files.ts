// The catalogue as reviewed data (data/README.md): one YAML file per organisation and per model,
// read and validated with the same zod schemas as submissions, plus what only files carry (scope,
// the sources of facts, attribution, what nobody could check). Pure apart from reading the folder.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { CORE_SCHEMA, load as loadYaml } from "js-yaml";
import { z } from "zod";
import { fieldErrors, httpUrl, optional, paragraphs, slug as slugField } from "../validation/fields";
import { attributionSchema, organisationSchema, submissionSchemas, type ModelPayload, type OrganisationPayload } from "../validation/submissions";
import { isEuropeanCountry } from "../openness/europe";

export const DATA_DIR = path.resolve(import.meta.dirname, "../../data");

export const SCOPES = ["europe", "reference"] as const;
export type Scope = (typeof SCOPES)[number];

/** The source of each fact that is not a criterion's answer. */
const factSourcesSchema = z.record(z.string().regex(/^[a-zA-Z]+$/), httpUrl).default({});

const fileExtras = {
  scope: z.enum(SCOPES).default("europe"),
  factSources: factSourcesSchema,
  attribution: attributionSchema.default([]),
  unverified: z.array(paragraphs(500)).max(50).default([]),
};

// A reference organisation (Meta, Alibaba...) is not European: every other rule of a submission holds.
const organisationFileSchema = organisationSchema
  .omit({ country: true, slug: true })
  .extend({ country: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, "countryCode"), ...fileExtras })
  .superRefine((org, ctx) => {
    if (org.scope === "europe" && !isEuropeanCountry(org.country)) ctx.addIssue({ code: "custom", path: ["country"], message: "notEuropean" });
  });

const licenceIds = z.array(z.string().trim().min(1).max(64)).max(10).default([]);

/** A model file as written by people: plain licence ids, organisation slugs, a base model by slug. */
const modelFileShape = z
  .object({
    organisations: z.array(slugField).max(10).default([]),
    licences: z.object({ weights: licenceIds, code: licenceIds, data: licenceIds }).default({ weights: [], code: [], data: [] }),
    ...fileExtras,
  })
  .passthrough();

export type OrganisationEntry = {
  kind: "organisation";
  slug: string;
  file: string;
  payload: OrganisationPayload;
  scope: Scope;
  factSources: Record<string, string>;
};

export type ModelEntry = {
  kind: "model";
  slug: string;
  file: string;
  /** the submission payload the file stands for (what moderation would publish) */
  payload: ModelPayload;
  scope: Scope;
  factSources: Record<string, string>;
  attribution: { source: string; url: string; licence: string }[];
  unverified: string[];
};

export type DataProblem = { file: string; path: string; message: string };

export type CatalogueFiles = { organisations: OrganisationEntry[]; models: ModelEntry[]; problems: DataProblem[] };

const SLUG_FILE = /^([a-z0-9]+(?:[-.][a-z0-9]+)*)\.ya?ml$/;

function problemsOf(file: string, error: z.ZodError): DataProblem[] {
  return Object.entries(fieldErrors(error)).map(([field, issue]) => ({
    file,
    path: field,
    message: issue.values ? `${issue.key} ${JSON.stringify(issue.values)}` : issue.key,
  }));
}

function readYaml(file: string, problems: DataProblem[]): unknown {
  try {
    // YAML 1.2's core schema: dates stay text ("2024-12-04"), and only true/false are booleans ("no" is Norwegian)
    return loadYaml(readFileSync(file, "utf8"), { schema: CORE_SCHEMA, filename: file });
  } catch (error) {
    problems.push({ file, path: "", message: `not YAML: ${(error as Error).message.split("\n")[0]}` });
    return undefined;
  }
}

function yamlFiles(dir: string, problems: DataProblem[]): { slug: string; file: string }[] {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const file = path.join(dir, name);
    if (!/\.ya?ml$/.test(name)) return [];
    const match = SLUG_FILE.exec(name);
    if (!match) {
      problems.push({ file, path: "", message: "file name is not a slug (lower-case letters, digits, single hyphens or dots)" });
      return [];
    }
    return [{ slug: match[1]!, file }];
  });
}

/** The file's model as a submission's payload: what `submissionSchemas.new_model` validates. */
export function modelPayloadOf(slug: string, data: z.output<typeof modelFileShape>): Record<string, unknown> {
  const { scope: _scope, factSources: _sources, attribution: _attribution, unverified: _unverified, organisations, licences, ...fields } = data;
  const choices = (ids: string[]) => ids.map((id) => ({ mode: "existing", id }));
  return {
    ...fields,
    slug,
    organisations: { existing: organisations, new: null },
    licences: { weights: choices(licences.weights), code: choices(licences.code), data: choices(licences.data) },
  };
}

/** Every organisation and model file under `dir`, validated; what fails is listed, never dropped silently. */
export function readCatalogueFiles(dir: string = DATA_DIR): CatalogueFiles {
  const problems: DataProblem[] = [];
  const organisations: OrganisationEntry[] = [];
  const models: ModelEntry[] = [];

  for (const { slug, file } of yamlFiles(path.join(dir, "organisations"), problems)) {
    const raw = readYaml(file, problems);
    if (raw === undefined) continue;
    const result = organisationFileSchema.safeParse(raw);
    if (!result.success) {
      problems.push(...problemsOf(file, result.error));
      continue;
    }
    const { scope, factSources, attribution: _attribution, unverified: _unverified, ...payload } = result.data;
    organisations.push({ kind: "organisation", slug, file, payload: { ...payload, slug } as OrganisationPayload, scope, factSources });
  }

  for (const { slug, file } of yamlFiles(path.join(dir, "models"), problems)) {
    const raw = readYaml(file, problems);
    if (raw === undefined) continue;
    const shape = modelFileShape.safeParse(raw);
    if (!shape.success) {
      problems.push(...problemsOf(file, shape.error));
      continue;
    }
    const payload = submissionSchemas.new_model.safeParse(modelPayloadOf(slug, shape.data));
    if (!payload.success) {
      problems.push(...problemsOf(file, payload.error));
      continue;
    }
    const { comment: _comment, ...model } = payload.data;
    models.push({
      kind: "model",
      slug,
      file,
      payload: model as ModelPayload,
      scope: shape.data.scope,
      factSources: shape.data.factSources,
      attribution: shape.data.attribution,
      unverified: shape.data.unverified,
    });
  }
  return { organisations, models, problems };
}

export const entrySlug = slugField;
export const optionalUrl = optional(httpUrl);
