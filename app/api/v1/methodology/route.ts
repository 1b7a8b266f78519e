import { apiRoute } from "@/lib/api/route";
import { getMethodology } from "@/lib/api/operations";
import { methodologyJson } from "@/lib/api/data/methodology";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute(getMethodology, async ({ query }) => methodologyJson(query.lang));
