// The message catalogue: one JSON file per namespace and locale under lib/i18n/messages/<locale>/.
import type { Locale } from "./routing";

import enCommon from "./messages/en/common.json";
import frCommon from "./messages/fr/common.json";
import enOpenness from "./messages/en/openness.json";
import frOpenness from "./messages/fr/openness.json";
import enInsights from "./messages/en/insights.json";
import frInsights from "./messages/fr/insights.json";

const catalogues = {
  en: { ...enCommon, openness: enOpenness, insights: enInsights },
  fr: { ...frCommon, openness: frOpenness, insights: frInsights },
} satisfies Record<Locale, unknown>;

export type Messages = (typeof catalogues)["en"];

export function messagesFor(locale: Locale): Messages {
  return catalogues[locale];
}
