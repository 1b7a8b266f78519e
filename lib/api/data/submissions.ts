import "server-only";
// POST /api/v1/submissions: the web form's service (lib/submissions/service.ts) with the token's
// actor, so a submission from a program has the form's schema, checks, limits and moderation.
import { z } from "zod";
import { createSubmission } from "../../submissions/service";
import { isAppError } from "../../errors";
import { clientIp } from "../../security/client-ip";
import { fieldErrors } from "../../validation/fields";
import { apiErrorFromAppError, detailsFromFields } from "../app-errors";
import { ApiError, type ApiErrorDetail } from "../errors";
import { apiSubmissionEnvelope, type submissionCreatedSchema } from "../operations";
import type { ApiPostInput } from "../route";
import { siteOrigin } from "./site";
import { preferredLocale } from "../accept-language";
import { assessmentJson } from "./models";

/** The envelope's problems: an unknown field by name, the others as the forms word them. */
function envelopeDetails(error: z.ZodError): ApiErrorDetail[] {
  const known = Object.keys(apiSubmissionEnvelope.shape).join(", ");
  const unknown = error.issues.flatMap((issue) =>
    issue.code === "unrecognized_keys" ? issue.keys.map((field) => ({ field, message: `not a field of this request (known: ${known})`, code: "unknownField" })) : [],
  );
  const others = error.issues.filter((issue) => issue.code !== "unrecognized_keys");
  return [...unknown, ...(others.length ? detailsFromFields(fieldErrors(new z.ZodError(others))) : [])];
}

export async function submitFromApi({ request, actor, body }: ApiPostInput): Promise<{ value: z.input<typeof submissionCreatedSchema>; headers: Record<string, string> }> {
  const envelope = apiSubmissionEnvelope.safeParse(body);
  if (!envelope.success) throw new ApiError(400, "INVALID_BODY", "The request needs attention: see details.", envelopeDetails(envelope.error));
  try {
    const created = await createSubmission(actor, envelope.data, {
      ip: clientIp(request.headers),
      locale: preferredLocale(request.headers.get("accept-language")),
    });
    const url = `${siteOrigin(request)}/account/submissions/${encodeURIComponent(created.id)}`;
    const lang = preferredLocale(request.headers.get("accept-language"));
    return {
      value: {
        id: created.id,
        kind: envelope.data.kind,
        status: created.status === "draft" ? "draft" : "pending",
        revision: created.revision,
        url,
        assessment: created.assessment ? assessmentJson(created.assessment, lang) : null,
        licenceMatches: created.licenceMatches,
      },
      headers: { location: url },
    };
  } catch (error) {
    if (!isAppError(error)) throw error;
    // the service names payload fields from the payload's root: in the API they sit under `payload`
    if (error.code === "VALIDATION") throw apiErrorFromAppError(error, "payload.");
    if (error.code === "NOT_FOUND") {
      throw new ApiError(404, "NOT_FOUND", `No published ${envelope.data.kind === "edit_model" ? "model" : "organisation"} has this slug.`, [
        { field: "target", message: "not a published entry's slug", code: "notFound" },
      ]);
    }
    throw apiErrorFromAppError(error);
  }
}
