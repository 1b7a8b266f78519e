import { apiPostRoute } from "@/lib/api/route";
import { assessModel } from "@/lib/api/operations";
import { assessFromApi } from "@/lib/api/data/assess";

export const dynamic = "force-dynamic";

export const { POST, OPTIONS } = apiPostRoute(assessModel, assessFromApi);
