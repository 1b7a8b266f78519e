// The OpenAPI 3.1 document, generated from API_OPERATIONS and their zod schemas (no hand-written copy).
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from "zod-openapi";
import { apiErrorSchema } from "./errors";
import { API_OPERATIONS } from "./operations";
import type { ApiOperation } from "./operation";
import { METHODOLOGY_VERSION } from "../openness/criteria";

export const API_VERSION = "1.0.0";

const ERROR_DESCRIPTIONS: Record<400 | 404 | 429, string> = {
  400: "A bad or unknown parameter; `details` names each offending field.",
  404: "No such published entry.",
  429: "Too many requests from this address; see Retry-After.",
};

const rateLimitHeaders = {
  RateLimit: { description: "limit, remaining and reset (seconds) of the current window (IETF draft 7).", schema: { type: "string" as const } },
  "RateLimit-Policy": { description: "The limit per window, e.g. `300;w=60`.", schema: { type: "string" as const } },
};

function operationObject(operation: ApiOperation): ZodOpenApiOperationObject {
  const errors = [...operation.errors, ...(operation.rateLimit ? [429 as const] : [])];
  const errorContent = () =>
    operation.response.contentType === "image/svg+xml"
      ? { "image/svg+xml": { schema: { type: "string" as const, description: "A grey badge saying what is wrong." } } }
      : { "application/json": { schema: apiErrorSchema } };
  return {
    operationId: operation.operationId,
    tags: [operation.tag],
    summary: operation.summary,
    ...(operation.description ? { description: operation.description } : {}),
    requestParams: {
      ...(operation.pathParams ? { path: operation.pathParams } : {}),
      ...(operation.query ? { query: operation.query } : {}),
    },
    responses: {
      "200": {
        description: operation.response.description,
        headers: {
          "Cache-Control": { description: operation.cacheControl, schema: { type: "string" } },
          ...(operation.rateLimit ? rateLimitHeaders : {}),
        },
        content: { [operation.response.contentType]: { schema: operation.response.schema } },
      },
      ...(operation.response.contentType === "image/svg+xml" || operation.tag === "Catalogue" || operation.tag === "Methodology" || operation.tag === "Meta"
        ? { "304": { description: "Not modified: the If-None-Match ETag is current." } }
        : {}),
      ...Object.fromEntries(
        errors.map((status) => [
          String(status),
          {
            description: ERROR_DESCRIPTIONS[status],
            ...(status === 429 ? { headers: { "Retry-After": { description: "Seconds to wait.", schema: { type: "integer" } } } } : {}),
            content: errorContent(),
          },
        ]),
      ),
    },
  };
}

export function openApiDocument(serverUrl?: string) {
  const paths: ZodOpenApiPathsObject = {};
  for (const operation of API_OPERATIONS) {
    paths[operation.path] = { ...paths[operation.path], [operation.method]: operationObject(operation) };
  }
  return createDocument(
    {
      openapi: "3.1.0",
      info: {
        title: "Libre Atlas API",
        version: API_VERSION,
        description: `Europe's open-source AI models and organisations, scored against strict openness criteria. Read-only, no key needed, open to every origin (CORS). Methodology version ${METHODOLOGY_VERSION}. Data under CC-BY-4.0: credit "Libre Atlas" with a link.`,
        license: { name: "CC-BY-4.0 (data)", identifier: "CC-BY-4.0" },
      },
      servers: [{ url: serverUrl ?? "/" }],
      tags: [
        { name: "Catalogue", description: "Models and organisations." },
        { name: "Methodology", description: "How openness is scored, and the licence table." },
        { name: "Badges", description: "Embeddable badges." },
        { name: "Open data", description: "Whole-catalogue exports under CC-BY-4.0." },
        { name: "Meta", description: "About this API." },
      ],
      paths,
    },
  );
}
