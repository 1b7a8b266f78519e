import { apiRoute } from "@/lib/api/route";
import { getOrganisation } from "@/lib/api/operations";
import { notFound } from "@/lib/api/errors";
import { publishedOrganisationDetail } from "@/lib/api/data/organisations";
import { siteOrigin } from "@/lib/api/data/site";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute(getOrganisation, async ({ request, params }) => {
  const organisation = await publishedOrganisationDetail(params.slug, siteOrigin(request));
  if (!organisation) throw notFound("This organisation");
  return organisation;
});
