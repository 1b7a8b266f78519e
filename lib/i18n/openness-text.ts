import "server-only";
import { getLocale } from "next-intl/server";
import { hasLocale } from "next-intl";
import type { OpennessText } from "../openness/explain";
import { opennessText } from "./messages";
import { routing } from "./routing";

/** The request's language's texts for the methodology's reasons, in a server component. */
export async function getOpennessText(): Promise<OpennessText> {
  const locale = await getLocale();
  return opennessText(hasLocale(routing.locales, locale) ? locale : routing.defaultLocale);
}
