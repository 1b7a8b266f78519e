import { apiRoute } from "@/lib/api/route";
import { getModelShieldsEndpoint } from "@/lib/api/operations";
import { shieldsBadgeResponse } from "@/lib/badges/shields";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute(getModelShieldsEndpoint, async ({ request, params }) => shieldsBadgeResponse(request, "models", params.slug));
