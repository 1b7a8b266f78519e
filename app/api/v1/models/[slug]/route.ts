import { apiRoute } from "@/lib/api/route";
import { getModel } from "@/lib/api/operations";
import { notFound } from "@/lib/api/errors";
import { publishedModelDetail } from "@/lib/api/data/models";
import { siteOrigin } from "@/lib/api/data/site";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute(getModel, async ({ request, params, query }) => {
  const model = await publishedModelDetail(params.slug, query.lang, siteOrigin(request));
  if (!model) throw notFound("This model");
  return model;
});
