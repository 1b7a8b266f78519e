import { apiRoute } from "@/lib/api/route";
import { listLicences } from "@/lib/api/operations";
import { allLicences } from "@/lib/api/data/licences";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute(listLicences, async () => ({ data: await allLicences() }));
