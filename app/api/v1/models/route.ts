import { apiRoute } from "@/lib/api/route";
import { listModels } from "@/lib/api/operations";
import { publishedModelsPage } from "@/lib/api/data/model-search";
import { siteOrigin } from "@/lib/api/data/site";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute(listModels, async ({ request, query }) => publishedModelsPage(query, siteOrigin(request)));
