import "server-only";
import type { z } from "zod";
import { InvalidCursorError, searchModels } from "../../catalogue/search";
import type { ModelQuery } from "../../validation/catalogue";
import { bindCursor, positionOf } from "../cursor";
import { ApiError } from "../errors";
import type { listModels } from "../operations";
import { modelPageUrl, organisationPageUrl } from "./site";

type ListModelsQuery = z.output<NonNullable<(typeof listModels)["query"]>>;
type ListModelsAnswer = z.input<(typeof listModels)["response"]["schema"]>;

/** A page of `/api/v1/models`: the `/models` page's own query (searchModels), by keyset cursor. */
export async function publishedModelsPage(request: ListModelsQuery, origin: string): Promise<ListModelsAnswer> {
  const { cursor: _cursor, limit, ...filters } = request;
  // the page number is the site's; cursor paging ignores it
  const query: ModelQuery = { ...filters, page: 1 };
  try {
    const result = await searchModels(query, { cursor: positionOf(request), pageSize: limit });
    return {
      data: result.items.map((item) => ({
        slug: item.slug,
        name: item.name,
        url: modelPageUrl(origin, item.slug),
        modality: item.modality,
        releaseYear: item.releaseYear,
        parameterCount: item.parameterCount,
        languages: item.languages,
        tasks: item.tasks,
        grade: item.grade,
        gradeComplete: item.gradeComplete,
        score: item.score,
        pillars: item.pillars,
        scope: item.scope,
        family: item.family,
        g7: item.g7Label,
        weightsLicences: item.weightsLicences,
        weightsLicence: item.weightsLicences[0] ?? null,
        organisations: item.organisations.map((organisation) => ({ ...organisation, url: organisationPageUrl(origin, organisation.slug) })),
        countries: item.countries,
        summary: item.summary,
        updatedAt: item.updatedAt.toISOString(),
      })),
      page: { nextCursor: bindCursor(request, result.nextCursor), limit },
      total: result.total,
      totalIsLowerBound: result.totalIsLowerBound,
      fuzzy: result.fuzzy,
      correctedQuery: result.correctedQuery,
    };
  } catch (error) {
    if (error instanceof InvalidCursorError) {
      throw new ApiError(400, "INVALID_PARAMETER", "Invalid parameter: cursor.", [{ field: "cursor", message: "not a cursor this API gave for this sort" }]);
    }
    throw error;
  }
}
