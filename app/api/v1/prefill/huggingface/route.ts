import { apiRoute } from "@/lib/api/route";
import { prefillFromHuggingFace } from "@/lib/api/operations";
import { prefillFromHuggingFace as prefill } from "@/lib/huggingface/service";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute(prefillFromHuggingFace, async ({ query }) => prefill(query.id));
