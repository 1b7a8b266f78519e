// The body of POST /api/v1/assess: a model's answers, licences and base model, as a contributor,
// a CI job or another tool would check them before submitting. Criterion keys are those of
// /api/v1/methodology, licence ids those of /api/v1/licences; what is not known is refused by name.
import { z } from "zod";
import { ANSWER_GRADES, CRITERION_KEYS } from "../openness/types";
import { DATA_EXCEPTION_REASONS } from "../openness/g7";
import { httpUrl, optional, paragraphs, slug } from "./fields";
import { MAX_LICENCES_PER_COMPONENT, TEXT_LIMITS } from "./submissions";

const CRITERIA: ReadonlySet<string> = new Set(CRITERION_KEYS);

const answer = z
  .object({
    answer: z.enum(ANSWER_GRADES),
    evidenceUrl: optional(httpUrl),
    note: optional(paragraphs(TEXT_LIMITS.note)),
  })
  .strict();

const licenceIds = z.array(z.string().trim().min(1).max(64)).max(MAX_LICENCES_PER_COMPONENT).default([]);

export const assessRequestSchema = z
  .object({
    answers: z.record(z.string(), answer).superRefine((answers, ctx) => {
      for (const key of Object.keys(answers)) {
        if (!CRITERIA.has(key)) ctx.addIssue({ code: "custom", path: [key], message: "unknownCriterion" });
      }
    }),
    licences: z.object({ weights: licenceIds, code: licenceIds, data: licenceIds }).strict().default({ weights: [], code: [], data: [] }),
    baseModel: slug.nullable().default(null),
    dataException: z.object({ reason: z.enum(DATA_EXCEPTION_REASONS), evidenceUrl: httpUrl }).strict().nullable().default(null),
  })
  .strict();

export type AssessRequest = z.output<typeof assessRequestSchema>;
