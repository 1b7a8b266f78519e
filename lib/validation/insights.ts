// Query parameters of the map and the feed. Pages fall back to their defaults on a bad value
// (a hand-edited URL still shows the map); the feed answers 400, since a reader asked for a
// country it cannot have.
import { z } from "zod";
import { COUNTRY_SORTS, MAP_MEASURES } from "@/lib/insights/figures";
import { isEuropeanCountry } from "@/lib/openness";
import { LOCALES } from "@/lib/i18n/routing";

export const mapQuerySchema = z
  .object({
    measure: z.enum(MAP_MEASURES).catch("models"),
    sort: z.enum(COUNTRY_SORTS).optional().catch(undefined),
    order: z.enum(["asc", "desc"]).optional().catch(undefined),
  })
  .transform(({ measure, sort = measure, order }) => ({
    measure,
    sort,
    order: order ?? (sort === "country" ? ("asc" as const) : ("desc" as const)),
  }));

export type MapQuery = z.output<typeof mapQuerySchema>;

/** One value of a search parameter (the first when repeated). */
export function firstValues(params: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
}

export const feedQuerySchema = z.object({
  country: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2}$/, "must be a two-letter ISO 3166-1 code")
    .transform((code) => code.toUpperCase())
    .refine(isEuropeanCountry, "must be a European country of the directory, or EU")
    .optional(),
  locale: z.enum(LOCALES).default("en"),
});
