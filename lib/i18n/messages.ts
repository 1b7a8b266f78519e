// The message catalogue: one JSON file per namespace and locale under lib/i18n/messages/<locale>/.
import type { Locale } from "./routing";

import enCommon from "./messages/en/common.json";
import frCommon from "./messages/fr/common.json";
import enOpenness from "./messages/en/openness.json";
import frOpenness from "./messages/fr/openness.json";
import enMail from "./messages/en/mail.json";
import frMail from "./messages/fr/mail.json";
import enAuth from "./messages/en/auth.json";
import frAuth from "./messages/fr/auth.json";
import enAccount from "./messages/en/account.json";
import frAccount from "./messages/fr/account.json";
import enSubmit from "./messages/en/submit.json";
import frSubmit from "./messages/fr/submit.json";
import enModeration from "./messages/en/moderation.json";
import frModeration from "./messages/fr/moderation.json";
import enAdmin from "./messages/en/admin.json";
import frAdmin from "./messages/fr/admin.json";

const catalogues = {
  en: { ...enCommon, openness: enOpenness, mail: enMail, auth: enAuth, account: enAccount, submit: enSubmit, moderation: enModeration, admin: enAdmin },
  fr: { ...frCommon, openness: frOpenness, mail: frMail, auth: frAuth, account: frAccount, submit: frSubmit, moderation: frModeration, admin: frAdmin },
} satisfies Record<Locale, unknown>;

export type Messages = (typeof catalogues)["en"];

export function messagesFor(locale: Locale): Messages {
  return catalogues[locale];
}
