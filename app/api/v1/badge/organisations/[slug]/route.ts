import { apiRoute } from "@/lib/api/route";
import { getOrganisationShieldsEndpoint } from "@/lib/api/operations";
import { shieldsBadgeResponse } from "@/lib/badges/shields";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute(getOrganisationShieldsEndpoint, async ({ request, params }) => shieldsBadgeResponse(request, "organisations", params.slug));
