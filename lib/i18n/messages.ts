// The message catalogue: one JSON file per namespace and locale under lib/i18n/messages/<locale>/.
// To add a namespace: one import per locale and one line in each catalogue below.
import type { Locale } from "./routing";

import enCommon from "./messages/en/common.json";
import frCommon from "./messages/fr/common.json";
import enInsights from "./messages/en/insights.json";
import frInsights from "./messages/fr/insights.json";
import enMethodology from "./messages/en/methodology.json";
import frMethodology from "./messages/fr/methodology.json";
import enOpenness from "./messages/en/openness.json";
import frOpenness from "./messages/fr/openness.json";

const catalogues = {
  en: {
    ...enCommon,
    insights: enInsights,
    methodology: enMethodology,
    openness: enOpenness,
  },
  fr: {
    ...frCommon,
    insights: frInsights,
    methodology: frMethodology,
    openness: frOpenness,
  },
} satisfies Record<Locale, unknown>;

export type Messages = (typeof catalogues)["en"];

export function messagesFor(locale: Locale): Messages {
  return catalogues[locale];
}
