import { apiPostRoute } from "@/lib/api/route";
import { assessModel } from "@/lib/api/operations";
import { assessFromApi } from "@/lib/api/data/assess";

export const dynamic = "force-dynamic";

export const { POST, OPTIONS, GET, HEAD, PUT, PATCH, DELETE } = apiPostRoute(assessModel, assessFromApi);
