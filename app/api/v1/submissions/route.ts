import { apiPostRoute } from "@/lib/api/route";
import { createSubmission } from "@/lib/api/operations";
import { submitFromApi } from "@/lib/api/data/submissions";

export const dynamic = "force-dynamic";

export const { POST, OPTIONS, GET, HEAD, PUT, PATCH, DELETE } = apiPostRoute(createSubmission, submitFromApi);
