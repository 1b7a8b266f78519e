import { apiRoute } from "@/lib/api/route";
import { getOpenApiDocument } from "@/lib/api/operations";
import { openApiDocument } from "@/lib/api/openapi";
import { configuredSiteOrigin } from "@/lib/api/data/site";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute(getOpenApiDocument, async () => ({ ...openApiDocument(configuredSiteOrigin()) }));
