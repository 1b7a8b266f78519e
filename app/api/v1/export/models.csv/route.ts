import { apiRoute } from "@/lib/api/route";
import { exportModelsCsv } from "@/lib/api/operations";
import { exportResponse } from "@/lib/open-data/exports";
import { siteOrigin } from "@/lib/api/data/site";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute(exportModelsCsv, async ({ request }) =>
  exportResponse("models", "csv", siteOrigin(request), request),
);
