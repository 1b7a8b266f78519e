import { apiRoute } from "@/lib/api/route";
import { getStats } from "@/lib/api/operations";
import { catalogueStats } from "@/lib/api/data/stats";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute(getStats, catalogueStats);
