// The OpenAPI 3.1 document, generated from API_OPERATIONS and their zod schemas (no hand-written copy).
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from "zod-openapi";
import { apiErrorSchema } from "./errors";
import { API_OPERATIONS } from "./operations";
import { answeredErrors, type ApiErrorStatus, type ApiOperation } from "./operation";
import { METHODOLOGY_VERSION } from "../openness/criteria";

export const API_VERSION = "1.0.0";

const ERROR_DESCRIPTIONS: Record<ApiErrorStatus | 429, string> = {
  400: "A bad or unknown parameter or body field; `details` names each offending one.",
  401: "No API token, or an unknown or revoked one (see WWW-Authenticate).",
  403: "The token's owner may not do this.",
  404: "No such published entry.",
  409: "The request conflicts with the current state.",
  413: "The request body is too large.",
  415: "The request body is not JSON (Content-Type: application/json).",
  502: "A service the answer depends on was out of reach or answered badly; `code` says which.",
  504: "A service the answer depends on did not answer in time.",
  429: "Too many requests; see Retry-After.",
};

/** The securitySchemes entry of a personal API token. */
export const BEARER_SCHEME = "apiToken";

const rateLimitHeaders = {
  RateLimit: { description: "limit, remaining and reset (seconds) of the current window (IETF draft 7).", schema: { type: "string" as const } },
  "RateLimit-Policy": { description: "The limit per window, e.g. `300;w=60`.", schema: { type: "string" as const } },
};

const VALIDATOR_HEADERS = {
  ETag: { description: "A weak validator of the content: send it back in If-None-Match to get 304 while it is current.", schema: { type: "string" as const } },
};

function operationObject(operation: ApiOperation): ZodOpenApiOperationObject {
  const errorContent = (status: number) =>
    operation.response.contentType === "image/svg+xml"
      ? { "image/svg+xml": { schema: { type: "string" as const, description: "A grey badge saying what is wrong." } } }
      : { "application/json": { schema: (status === 404 && operation.notFoundBody) || apiErrorSchema } };
  return {
    operationId: operation.operationId,
    tags: [operation.tag],
    summary: operation.summary,
    ...(operation.description ? { description: operation.description } : {}),
    // public operations say so (an empty requirement), rather than leaving it to be guessed
    security: operation.security === "bearer" ? [{ [BEARER_SCHEME]: [] }] : [],
    requestParams: {
      ...(operation.pathParams ? { path: operation.pathParams } : {}),
      ...(operation.query ? { query: operation.query } : {}),
    },
    ...(operation.requestBody
      ? {
          requestBody: {
            required: true,
            description: `${operation.requestBody.description} At most ${operation.requestBody.maxBytes / 1024} KB.`,
            content: {
              "application/json": { schema: operation.requestBody.schema, ...(operation.requestBody.example ? { example: operation.requestBody.example } : {}) },
            },
          },
        }
      : {}),
    responses: {
      [String(operation.response.status ?? 200)]: {
        description: operation.response.description,
        headers: {
          "Cache-Control": { description: operation.cacheControl, schema: { type: "string" } },
          ...(operation.method === "get" ? VALIDATOR_HEADERS : {}),
          ...(operation.paginated ? { Link: { description: 'The next page, `<url>; rel="next"` (RFC 8288); absent on the last page.', schema: { type: "string" } } } : {}),
          ...(operation.rateLimit ? rateLimitHeaders : {}),
        },
        content: { [operation.response.contentType]: { schema: operation.response.schema } },
      },
      ...(operation.method === "get" ? { "304": { description: "Not modified: the If-None-Match ETag (or `*`) is current.", headers: VALIDATOR_HEADERS } } : {}),
      ...Object.fromEntries(
        answeredErrors(operation).map((status) => [
          String(status),
          {
            description: ERROR_DESCRIPTIONS[status],
            ...(status === 429 ? { headers: { "Retry-After": { description: "Seconds to wait.", schema: { type: "integer" } } } } : {}),
            ...(status === 401 ? { headers: { "WWW-Authenticate": { description: "Bearer, with error=\"invalid_token\" when a token was sent.", schema: { type: "string" } } } } : {}),
            content: errorContent(status),
          },
        ]),
      ),
    },
  };
}

/**
 * The document. `serverUrl`: the site's public origin (SITE_URL) when it is configured; otherwise the
 * server is "/", which OpenAPI resolves against the document's own URL, so that a document fetched
 * from a development machine or through a proxy never names localhost or an internal host.
 */
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
        description: `Europe's open-source AI models and organisations, scored against strict openness criteria. Reading needs no key; submitting needs a personal API token. Open to every origin (CORS). Methodology version ${METHODOLOGY_VERSION}. Data under CC-BY-4.0: credit "Libre Atlas" with a link.`,
        license: { name: "CC-BY-4.0 (data)", identifier: "CC-BY-4.0" },
      },
      servers: [{ url: serverUrl ?? "/" }],
      tags: [
        { name: "Catalogue", description: "Models and organisations." },
        { name: "Submissions", description: "Contributions for review, with a personal API token." },
        { name: "Methodology", description: "How openness is scored, and the licence table." },
        { name: "Badges", description: "Embeddable badges." },
        { name: "Open data", description: "Whole-catalogue exports under CC-BY-4.0." },
        { name: "Meta", description: "About this API." },
      ],
      paths,
      components: {
        securitySchemes: {
          [BEARER_SCHEME]: {
            type: "http",
            scheme: "bearer",
            description: "A personal API token (atlas_…), made and revoked on the account's API tokens page; shown once when made.",
          },
        },
      },
    },
    {
      // a field the server accepts missing (optional, nullable, or with a default) is not required in a request body
      override: ({ jsonSchema, zodSchema, io }) => {
        if (io !== "input" || zodSchema._zod.def.type !== "object" || !Array.isArray(jsonSchema.required)) return;
        const shape = (zodSchema as unknown as { shape: Record<string, { safeParse: (value: unknown) => { success: boolean } }> }).shape;
        jsonSchema.required = jsonSchema.required.filter((name) => !shape[name]?.safeParse(undefined).success);
        if (jsonSchema.required.length === 0) delete jsonSchema.required;
      },
    },
  );
}
