// Any /api path no route answers: 404 in the one error format, with CORS, whatever the method.
import { CORS_HEADERS, preflightResponse } from "@/lib/api/cors";
import { errorResponse } from "@/lib/api/error-response";
import { ApiError } from "@/lib/api/errors";

export const dynamic = "force-dynamic";

const notFound = async (request: Request) =>
  errorResponse(new ApiError(404, "NOT_FOUND", `No API endpoint at ${new URL(request.url).pathname}: see /api/v1/openapi.json.`), CORS_HEADERS);

export { notFound as GET, notFound as HEAD, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
export const OPTIONS = async () => preflightResponse(["GET", "HEAD", "POST"]);
