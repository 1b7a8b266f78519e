import "server-only";
import { getLocale } from "next-intl/server";
import type { OpennessText } from "../openness/explain";
import { opennessText } from "./messages";
import { routing, isLocale } from "./routing";

/** The request's language's texts for the methodology's reasons, in a server component. */
export async function getOpennessText(): Promise<OpennessText> {
  const locale = await getLocale();
  return opennessText(isLocale(locale) ? locale : routing.defaultLocale);
}
