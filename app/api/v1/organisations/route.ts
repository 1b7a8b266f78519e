import { apiRoute } from "@/lib/api/route";
import { listOrganisations } from "@/lib/api/operations";
import { publishedOrganisationsPage } from "@/lib/api/data/organisations";
import { siteOrigin } from "@/lib/api/data/site";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute(listOrganisations, async ({ request, query }) =>
  publishedOrganisationsPage(query, siteOrigin(request)),
);
