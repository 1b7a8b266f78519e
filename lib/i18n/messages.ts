// The message catalogue: one JSON file per namespace and locale under lib/i18n/messages/<locale>/.
import type { Locale } from "./routing";

import enCommon from "./messages/en/common.json";
import frCommon from "./messages/fr/common.json";
import enOpenness from "./messages/en/openness.json";
import frOpenness from "./messages/fr/openness.json";
import enEmbed from "./messages/en/embed.json";
import frEmbed from "./messages/fr/embed.json";
import enApiDocs from "./messages/en/apiDocs.json";
import frApiDocs from "./messages/fr/apiDocs.json";
import enOpenData from "./messages/en/openData.json";
import frOpenData from "./messages/fr/openData.json";

const catalogues = {
  en: { ...enCommon, openness: enOpenness, embed: enEmbed, apiDocs: enApiDocs, openData: enOpenData },
  fr: { ...frCommon, openness: frOpenness, embed: frEmbed, apiDocs: frApiDocs, openData: frOpenData },
} satisfies Record<Locale, unknown>;

export type Messages = (typeof catalogues)["en"];

export function messagesFor(locale: Locale): Messages {
  return catalogues[locale];
}
