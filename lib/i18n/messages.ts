// The message catalogue: one JSON file per namespace under lib/i18n/messages/<locale>/, for every
// locale of LOCALES. A locale's folder is found by its name, so a new language is its folder and
// its code in LOCALES; a new namespace is its file in every folder and its name in NAMESPACE_FILES.
// common.json's namespaces sit at the top of a catalogue, every other file's under its name.
import type { OpennessText } from "../openness/explain";
import { LOCALES, type Locale } from "./routing";

/** The files besides common.json, each a namespace of the same name. */
export const NAMESPACE_FILES = [
  "account",
  "admin",
  "apiDocs",
  "auth",
  "catalogue",
  "embed",
  "insights",
  "mail",
  "methodology",
  "moderation",
  "openData",
  "openness",
  "submit",
] as const;

// English is the reference: every locale has its keys (messages.test.ts)
export type Messages = typeof import("./messages/en/common.json") & {
  account: typeof import("./messages/en/account.json");
  admin: typeof import("./messages/en/admin.json");
  apiDocs: typeof import("./messages/en/apiDocs.json");
  auth: typeof import("./messages/en/auth.json");
  catalogue: typeof import("./messages/en/catalogue.json");
  embed: typeof import("./messages/en/embed.json");
  insights: typeof import("./messages/en/insights.json");
  mail: typeof import("./messages/en/mail.json");
  methodology: typeof import("./messages/en/methodology.json");
  moderation: typeof import("./messages/en/moderation.json");
  openData: typeof import("./messages/en/openData.json");
  openness: typeof import("./messages/en/openness.json");
  submit: typeof import("./messages/en/submit.json");
};

// A template in import(): the bundler packs every file the pattern can match, Node reads the one asked.
// A language of LOCALES without its file stops the server (and the build) here, naming the file.
async function file(locale: Locale, name: string): Promise<Record<string, unknown>> {
  try {
    return (await import(`./messages/${locale}/${name}.json`, { with: { type: "json" } })).default;
  } catch (error) {
    throw new Error(`lib/i18n/messages/${locale}/${name}.json cannot be read: every language of LOCALES (lib/i18n/routing.ts) needs its folder of messages`, { cause: error });
  }
}

async function load(locale: Locale): Promise<Messages> {
  const [common, ...namespaces] = await Promise.all(["common", ...NAMESPACE_FILES].map((name) => file(locale, name)));
  return { ...common, ...Object.fromEntries(NAMESPACE_FILES.map((name, index) => [name, namespaces[index]])) } as Messages;
}

// Every catalogue is read once, when this module loads (about 100 KB a locale): callers stay synchronous.
const catalogues = Object.fromEntries(await Promise.all(LOCALES.map(async (locale) => [locale, await load(locale)] as const))) as Record<Locale, Messages>;

export function messagesFor(locale: Locale): Messages {
  return catalogues[locale];
}

/** A language's texts for the methodology's reasons (lib/openness/explain.ts), on the server. */
export function opennessText(locale: Locale): OpennessText {
  return { locale, messages: catalogues[locale].openness };
}
