// The message catalogue: one JSON file per namespace and locale under lib/i18n/messages/<locale>/.
// To add a namespace: one import per locale and one line in each catalogue below.
import type { Locale } from "./routing";

import enAccount from "./messages/en/account.json";
import frAccount from "./messages/fr/account.json";
import enAdmin from "./messages/en/admin.json";
import frAdmin from "./messages/fr/admin.json";
import enApiDocs from "./messages/en/apiDocs.json";
import frApiDocs from "./messages/fr/apiDocs.json";
import enAuth from "./messages/en/auth.json";
import frAuth from "./messages/fr/auth.json";
import enCatalogue from "./messages/en/catalogue.json";
import frCatalogue from "./messages/fr/catalogue.json";
import enCommon from "./messages/en/common.json";
import frCommon from "./messages/fr/common.json";
import enEmbed from "./messages/en/embed.json";
import frEmbed from "./messages/fr/embed.json";
import enInsights from "./messages/en/insights.json";
import frInsights from "./messages/fr/insights.json";
import enMail from "./messages/en/mail.json";
import frMail from "./messages/fr/mail.json";
import enMethodology from "./messages/en/methodology.json";
import frMethodology from "./messages/fr/methodology.json";
import enModeration from "./messages/en/moderation.json";
import frModeration from "./messages/fr/moderation.json";
import enOpenData from "./messages/en/openData.json";
import frOpenData from "./messages/fr/openData.json";
import enOpenness from "./messages/en/openness.json";
import frOpenness from "./messages/fr/openness.json";
import enSubmit from "./messages/en/submit.json";
import frSubmit from "./messages/fr/submit.json";

const catalogues = {
  en: {
    ...enCommon,
    account: enAccount,
    admin: enAdmin,
    apiDocs: enApiDocs,
    auth: enAuth,
    catalogue: enCatalogue,
    embed: enEmbed,
    insights: enInsights,
    mail: enMail,
    methodology: enMethodology,
    moderation: enModeration,
    openData: enOpenData,
    openness: enOpenness,
    submit: enSubmit,
  },
  fr: {
    ...frCommon,
    account: frAccount,
    admin: frAdmin,
    apiDocs: frApiDocs,
    auth: frAuth,
    catalogue: frCatalogue,
    embed: frEmbed,
    insights: frInsights,
    mail: frMail,
    methodology: frMethodology,
    moderation: frModeration,
    openData: frOpenData,
    openness: frOpenness,
    submit: frSubmit,
  },
} satisfies Record<Locale, unknown>;

export type Messages = (typeof catalogues)["en"];

export function messagesFor(locale: Locale): Messages {
  return catalogues[locale];
}
