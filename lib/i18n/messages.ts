// The message catalogue: one JSON file per namespace and locale under lib/i18n/messages/<locale>/.
// To add a namespace: one import per locale and one line in each catalogue below.
import type { Locale } from "./routing";

import enApiDocs from "./messages/en/apiDocs.json";
import frApiDocs from "./messages/fr/apiDocs.json";
import enCommon from "./messages/en/common.json";
import frCommon from "./messages/fr/common.json";
import enEmbed from "./messages/en/embed.json";
import frEmbed from "./messages/fr/embed.json";
import enInsights from "./messages/en/insights.json";
import frInsights from "./messages/fr/insights.json";
import enMethodology from "./messages/en/methodology.json";
import frMethodology from "./messages/fr/methodology.json";
import enOpenData from "./messages/en/openData.json";
import frOpenData from "./messages/fr/openData.json";
import enOpenness from "./messages/en/openness.json";
import frOpenness from "./messages/fr/openness.json";

const catalogues = {
  en: {
    ...enCommon,
    apiDocs: enApiDocs,
    embed: enEmbed,
    insights: enInsights,
    methodology: enMethodology,
    openData: enOpenData,
    openness: enOpenness,
  },
  fr: {
    ...frCommon,
    apiDocs: frApiDocs,
    embed: frEmbed,
    insights: frInsights,
    methodology: frMethodology,
    openData: frOpenData,
    openness: frOpenness,
  },
} satisfies Record<Locale, unknown>;

export type Messages = (typeof catalogues)["en"];

export function messagesFor(locale: Locale): Messages {
  return catalogues[locale];
}
