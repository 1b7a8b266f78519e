// The organisation directory's URL parameters (shared contract: /organisations?country=FR&type=research&sme=1&q=...),
// read the same way by the API (/api/v1/organisations) and, when it lands, the /organisations page.
import { z } from "zod";
import { ORGANISATION_TYPES } from "../openness/types";

/** `a,b,c` into a non-empty list of allowed values (duplicates dropped); `item` reads one string. */
export function commaList<T extends z.ZodType<unknown, string>>(item: T) {
  return z
    .string()
    .transform((value) => [...new Set(value.split(",").map((part) => part.trim()).filter(Boolean))])
    .pipe(z.array(item).min(1, "must name at least one value"));
}

export const countryCode = z
  .string()
  .transform((value) => value.toUpperCase())
  .pipe(z.string().regex(/^[A-Z]{2}$/, "must be ISO 3166-1 alpha-2 codes (or EU)"));

export const organisationFiltersSchema = z.object({
  q: z.string().trim().min(1).max(100).optional().meta({ description: "Search in names (case- and accent-insensitive)." }),
  country: commaList(countryCode).optional().meta({ description: "Comma list of ISO 3166-1 alpha-2 codes.", example: "FR,DE" }),
  type: commaList(z.string().pipe(z.enum(ORGANISATION_TYPES))).optional().meta({ description: `Comma list of organisation types: ${ORGANISATION_TYPES.join(", ")}.` }),
  sme: z.enum(["1", "0"]).optional().meta({ description: "1: SMEs by the EU definition only; 0: only organisations known not to be SMEs." }),
});
export type OrganisationFilters = z.output<typeof organisationFiltersSchema>;
