import "server-only";
import { db } from "../db/client";

const summarySelect = {
  slug: true,
  name: true,
  modality: true,
  releaseYear: true,
  parameterCount: true,
  languages: true,
  score: true,
  grade: true,
  gradeComplete: true,
  weightsLicence: { select: { id: true, name: true } },
  organisations: {
    orderBy: { position: "asc" },
    select: { organisation: { select: { slug: true, name: true, country: true } } },
  },
} as const;

/** Published models, best score first (the home list until browsing lands). */
export async function publishedModels(limit = 100) {
  return db().model.findMany({
    where: { status: "published" },
    orderBy: [{ score: { sort: "desc", nulls: "last" } }, { name: "asc" }],
    take: limit,
    select: summarySelect,
  });
}

export type ModelSummary = Awaited<ReturnType<typeof publishedModels>>[number];
