// The message catalogue: one JSON file per namespace and locale under lib/i18n/messages/<locale>/.
import type { Locale } from "./routing";

import enCommon from "./messages/en/common.json";
import frCommon from "./messages/fr/common.json";
import enOpenness from "./messages/en/openness.json";
import frOpenness from "./messages/fr/openness.json";
import enCatalogue from "./messages/en/catalogue.json";
import frCatalogue from "./messages/fr/catalogue.json";

const catalogues = {
  en: { ...enCommon, openness: enOpenness, catalogue: enCatalogue },
  fr: { ...frCommon, openness: frOpenness, catalogue: frCatalogue },
} satisfies Record<Locale, unknown>;

export type Messages = (typeof catalogues)["en"];

export function messagesFor(locale: Locale): Messages {
  return catalogues[locale];
}
