import "server-only";
// POST /api/v1/assess: the grade a model would get, with every reason, from the same function
// approval stores (lib/submissions/assessment.ts), without an account and without storing anything.
import type { z } from "zod";
import { db } from "../../db/client";
import { fieldErrors } from "../../validation/fields";
import { assessRequestSchema } from "../../validation/assess";
import { assessProposedModel } from "../../submissions/assessment";
import { knownLicences } from "../../submissions/checks";
import { isLocale } from "../../i18n/routing";
import { preferredLocale } from "../accept-language";
import { detailsFromFields } from "../app-errors";
import { ApiError, type ApiErrorDetail } from "../errors";
import type { ApiPostInput } from "../route";
import type { assessmentSchema } from "../schemas";
import { assessmentJson } from "./models";

export async function assessFromApi({ request, body }: ApiPostInput): Promise<{ value: z.input<typeof assessmentSchema> }> {
  const parsed = assessRequestSchema.safeParse(body);
  if (!parsed.success) throw new ApiError(400, "INVALID_BODY", "The request needs attention: see details.", detailsFromFields(fieldErrors(parsed.error)));
  const { answers, licences, baseModel, dataException } = parsed.data;

  const known = await knownLicences(db());
  const ids = new Set(known.map((licence) => licence.id));
  const problems: ApiErrorDetail[] = [];
  for (const component of ["weights", "code", "data"] as const) {
    licences[component].forEach((id, index) => {
      if (!ids.has(id)) problems.push({ field: `licences.${component}.${index}`, message: `unknown licence id ${id}: see /api/v1/licences`, code: "licenceUnknown" });
    });
  }
  if (baseModel && !(await db().model.findFirst({ where: { slug: baseModel, status: "published" }, select: { id: true } }))) {
    problems.push({ field: "baseModel", message: `no published model has the slug ${baseModel}`, code: "baseModelUnknown" });
  }
  if (problems.length) throw new ApiError(400, "INVALID_BODY", "The request needs attention: see details.", problems);

  const explained = await assessProposedModel(
    db(),
    {
      answers: Object.fromEntries(Object.entries(answers).map(([criterion, a]) => [criterion, { grade: a.answer, evidenceUrl: a.evidenceUrl, note: a.note }])),
      licences: {
        weights: licences.weights.map((id) => ({ mode: "existing", id })),
        code: licences.code.map((id) => ({ mode: "existing", id })),
        data: licences.data.map((id) => ({ mode: "existing", id })),
      },
      // the relation does not change what a base passes on
      baseModel: baseModel ? { slug: baseModel, relation: "fine_tune" } : null,
      dataException: dataException ? { ...dataException, note: null } : null,
    },
    known,
  );
  const asked = new URL(request.url).searchParams.get("lang");
  const lang = isLocale(asked) ? asked : preferredLocale(request.headers.get("accept-language"));
  return { value: assessmentJson(explained, lang) };
}
