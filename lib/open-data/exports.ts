import "server-only";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { CRITERION_KEYS, GRADES, type Grade } from "../openness/types";
import { METHODOLOGY_VERSION } from "../openness/criteria";
import { organisationOpenness } from "../api/data/organisations";
import { modelPageUrl, organisationPageUrl } from "../api/data/site";
import { catalogueState } from "../catalogue/freshness";
import { isNotModified, notModifiedResponse, validatorHeaders, weakEtag } from "../http/validators";
import { attributionText, DATA_LICENCE } from "./licence";
import { csvStream, jsonStream, type Column } from "./stream";

// Whole-catalogue exports of the published entries, read in id order by keyset batches: each
// batch is one bounded query, and the next is read only when the client has taken the previous one.
const BATCH_SIZE = 500;

import type { ExportEntity } from "./entities";

export type ExportFormat = "csv" | "json";

async function* keysetBatches<R extends { id: string }>(read: (afterId: string | null, take: number) => Promise<R[]>): AsyncGenerator<R[]> {
  let after: string | null = null;
  for (;;) {
    const batch = await read(after, BATCH_SIZE);
    if (batch.length > 0) yield batch;
    if (batch.length < BATCH_SIZE) return;
    after = batch[batch.length - 1]!.id;
  }
}

const modelExportSelect = {
  id: true,
  slug: true,
  name: true,
  version: true,
  modality: true,
  tasks: true,
  releaseYear: true,
  releaseDate: true,
  parameterCount: true,
  activeParameterCount: true,
  languages: true,
  weightsLicenceIds: true,
  licences: { orderBy: [{ component: "asc" }, { position: "asc" }], select: { component: true, licenceId: true } },
  scope: true,
  familySlug: true,
  baseModel: { select: { slug: true } },
  baseModelName: true,
  baseRelation: true,
  g7Label: true,
  sortScore: true,
  sortName: true,
  grade: true,
  gradeComplete: true,
  score: true,
  updatedAt: true,
  organisations: { orderBy: { position: "asc" }, select: { organisation: { select: { slug: true, country: true } } } },
  assessments: {
    where: { methodologyVersion: METHODOLOGY_VERSION },
    select: { answers: { select: { criterion: true, grade: true, evidenceUrl: true } } },
  },
} as const satisfies Prisma.ModelSelect;
type ModelRow = Prisma.ModelGetPayload<{ select: typeof modelExportSelect }>;

/**
 * By openness, as everywhere (methodology version 2, rule 7): grade, then score (the sort key
 * holds both), then name, then id; read by keyset on those keys.
 */
async function* modelBatches(): AsyncGenerator<ModelRow[]> {
  let after: Pick<ModelRow, "sortScore" | "sortName" | "id"> | null = null;
  for (;;) {
    const batch: ModelRow[] = await db().model.findMany({
      where: {
        status: "published",
        ...(after
          ? {
              OR: [
                { sortScore: { lt: after.sortScore } },
                { sortScore: after.sortScore, sortName: { gt: after.sortName } },
                { sortScore: after.sortScore, sortName: after.sortName, id: { gt: after.id } },
              ],
            }
          : {}),
      },
      orderBy: [{ sortScore: "desc" }, { sortName: "asc" }, { id: "asc" }],
      take: BATCH_SIZE,
      select: modelExportSelect,
    });
    if (batch.length > 0) yield batch;
    if (batch.length < BATCH_SIZE) return;
    after = batch[batch.length - 1]!;
  }
}

const licencesOf = (row: ModelRow, component: "code" | "data") => row.licences.filter((l) => l.component === component).map((l) => l.licenceId);

function answerOf(row: ModelRow, criterion: string) {
  return row.assessments[0]?.answers.find((answer) => answer.criterion === criterion);
}

function modelColumns(origin: string): Column<ModelRow>[] {
  return [
    { name: "slug", value: (r) => r.slug },
    { name: "name", value: (r) => r.name },
    { name: "url", value: (r) => modelPageUrl(origin, r.slug) },
    { name: "version", value: (r) => r.version },
    { name: "organisations", value: (r) => r.organisations.map((o) => o.organisation.slug) },
    { name: "countries", value: (r) => [...new Set(r.organisations.map((o) => o.organisation.country))] },
    { name: "modality", value: (r) => r.modality },
    { name: "tasks", value: (r) => r.tasks },
    { name: "release_year", value: (r) => r.releaseYear },
    { name: "release_date", value: (r) => r.releaseDate?.toISOString().slice(0, 10) ?? null },
    { name: "parameters", value: (r) => r.parameterCount },
    { name: "active_parameters", value: (r) => r.activeParameterCount },
    { name: "languages", value: (r) => r.languages },
    { name: "scope", value: (r) => r.scope },
    { name: "family", value: (r) => r.familySlug },
    { name: "base_model", value: (r) => r.baseModel?.slug ?? r.baseModelName },
    { name: "base_relation", value: (r) => r.baseRelation },
    // every licence a user of the weights must accept, the base model's included
    { name: "weights_licences", value: (r) => r.weightsLicenceIds },
    { name: "code_licences", value: (r) => licencesOf(r, "code") },
    { name: "data_licences", value: (r) => licencesOf(r, "data") },
    { name: "grade", value: (r) => r.grade },
    { name: "grade_complete", value: (r) => r.gradeComplete },
    { name: "score", value: (r) => r.score },
    { name: "g7_label", value: (r) => r.g7Label },
    ...CRITERION_KEYS.flatMap((criterion): Column<ModelRow>[] => [
      { name: criterion, value: (r) => answerOf(r, criterion)?.grade ?? null },
      { name: `${criterion}_evidence`, value: (r) => answerOf(r, criterion)?.evidenceUrl ?? null },
    ]),
    { name: "methodology_version", value: (r) => (r.assessments.length ? METHODOLOGY_VERSION : null) },
    { name: "updated_at", value: (r) => r.updatedAt.toISOString() },
  ];
}

const organisationExportSelect = {
  id: true,
  slug: true,
  name: true,
  type: true,
  country: true,
  isSme: true,
  website: true,
  foundedYear: true,
  updatedAt: true,
  modelCount: true,
  meanScore: true,
  gradeCounts: true,
} as const satisfies Prisma.OrganisationSelect;
type OrganisationRow = Prisma.OrganisationGetPayload<{ select: typeof organisationExportSelect }>;

function organisationBatches() {
  return keysetBatches((afterId, take) =>
    db().organisation.findMany({
      where: { status: "published", ...(afterId ? { id: { gt: afterId } } : {}) },
      orderBy: { id: "asc" },
      take,
      select: organisationExportSelect,
    }),
  );
}

function organisationColumns(origin: string): Column<OrganisationRow>[] {
  return [
    { name: "slug", value: (r) => r.slug },
    { name: "name", value: (r) => r.name },
    { name: "url", value: (r) => organisationPageUrl(origin, r.slug) },
    { name: "type", value: (r) => r.type },
    { name: "country", value: (r) => r.country },
    { name: "is_sme", value: (r) => r.isSme },
    { name: "website", value: (r) => r.website },
    { name: "founded_year", value: (r) => r.foundedYear },
    { name: "published_models", value: (r) => r.modelCount },
    { name: "assessed_models", value: (r) => organisationOpenness(r).assessedModels },
    { name: "mean_score", value: (r) => organisationOpenness(r).meanScore },
    ...GRADES.map((grade: Grade): Column<OrganisationRow> => ({ name: `grade_${grade.toLowerCase()}`, value: (r) => organisationOpenness(r).byGrade[grade] })),
    { name: "updated_at", value: (r) => r.updatedAt.toISOString() },
  ];
}

/**
 * The streamed export, with the licence and the attribution in its headers (and, in JSON, its meta),
 * and validators: a weak ETag of what the rows are made from (the catalogue version, the columns,
 * the origin in its links) and Last-Modified, so a client that has the current file gets a 304.
 */
export async function exportResponse(entity: ExportEntity, format: ExportFormat, origin: string, request: Request): Promise<Response> {
  const attribution = attributionText(origin);
  const columnNames = (entity === "models" ? modelColumns(origin) : organisationColumns(origin)).map((c) => c.name);
  const state = await catalogueState();
  const validators = {
    etag: weakEtag(entity, format, origin, state.version, String(METHODOLOGY_VERSION), columnNames.join(",")),
    lastModified: state.lastModified,
  };
  const headers = {
    "content-type": format === "csv" ? "text/csv; charset=utf-8; header=present" : "application/json; charset=utf-8",
    "content-disposition": `attachment; filename="libre-atlas-${entity}.${format}"`,
    link: `<${DATA_LICENCE.url}>; rel="license", <${origin}/open-data>; rel="describedby"`,
    "x-licence": DATA_LICENCE.id,
    "x-attribution": attribution,
  };
  if (isNotModified(request, validators)) return notModifiedResponse(validators, headers);
  const all = { ...headers, ...validatorHeaders(validators) };
  if (request.method === "HEAD") return new Response(null, { headers: all });
  const body = (() => {
    if (entity === "models") {
      const columns = modelColumns(origin);
      return format === "csv" ? csvStream(columns, modelBatches()) : jsonStream(exportMeta(entity, origin, columns), columns, modelBatches());
    }
    const columns = organisationColumns(origin);
    return format === "csv"
      ? csvStream(columns, organisationBatches())
      : jsonStream(exportMeta(entity, origin, columns), columns, organisationBatches());
  })();
  return new Response(body, { headers: all });
}

function exportMeta(entity: ExportEntity, origin: string, columns: readonly { name: string }[]) {
  return {
    title: `Libre Atlas: ${entity}`,
    licence: { id: DATA_LICENCE.id, url: DATA_LICENCE.url },
    attribution: attributionText(origin),
    source: `${origin}/open-data`,
    methodologyVersion: METHODOLOGY_VERSION,
    generatedAt: new Date().toISOString(),
    columns: columns.map((c) => c.name),
  };
}
