// The message catalogue: one JSON file per namespace and locale under lib/i18n/messages/<locale>/.
import type { Locale } from "./routing";

import enCommon from "./messages/en/common.json";
import frCommon from "./messages/fr/common.json";
import enOpenness from "./messages/en/openness.json";
import frOpenness from "./messages/fr/openness.json";
import enMethodology from "./messages/en/methodology.json";
import frMethodology from "./messages/fr/methodology.json";

const catalogues = {
  en: { ...enCommon, openness: enOpenness, methodology: enMethodology },
  fr: { ...frCommon, openness: frOpenness, methodology: frMethodology },
} satisfies Record<Locale, unknown>;

export type Messages = (typeof catalogues)["en"];

export function messagesFor(locale: Locale): Messages {
  return catalogues[locale];
}
