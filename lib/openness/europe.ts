// The one definition of "European": which countries, which languages, and the rule for
// organisations whose seat, owners and research are in different places. Texts for the
// methodology page are under `europe.*` in lib/i18n/messages/<locale>/openness.json.

export const COUNTRY_GROUPS = ["eu", "eea", "efta", "uk", "other", "eu-level"] as const;
export type CountryGroup = (typeof COUNTRY_GROUPS)[number];

export type EuropeanCountry = {
  /** ISO 3166-1 alpha-2; XK (Kosovo) and EU are the codes ISO and the EU use by convention */
  code: string;
  group: CountryGroup;
};

const group = (name: CountryGroup, codes: readonly string[]): EuropeanCountry[] =>
  codes.map((code) => ({ code, group: name }));

/**
 * Rule: the member states of the Council of Europe, plus the two European states that are not
 * members (Vatican City, Kosovo), plus "EU" for projects run at EU level. This takes in the
 * Caucasus members (GE, AM, AZ) and Turkey, which the Council of Europe, the EU programmes and
 * European research networks treat as European. Russia (expelled from the Council in 2022) and
 * Belarus (never admitted) are left out: the directory maps an ecosystem that shares European
 * rules on rights and research, not a strictly geographic area.
 */
export const EUROPEAN_COUNTRIES: readonly EuropeanCountry[] = [
  ...group("eu", [
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
    "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
  ]),
  // the EEA members outside the EU
  ...group("eea", ["IS", "LI", "NO"]),
  // the EFTA member outside the EEA
  ...group("efta", ["CH"]),
  ...group("uk", ["GB"]),
  ...group("other", [
    "AD", "MC", "SM", "VA", "AL", "BA", "ME", "MK", "RS", "XK", "MD", "UA", "TR", "GE", "AM", "AZ",
  ]),
  // not a country: EU-funded projects spread over several member states (e.g. HPLT)
  ...group("eu-level", ["EU"]),
];

const COUNTRY_BY_CODE: ReadonlyMap<string, EuropeanCountry> = new Map(
  EUROPEAN_COUNTRIES.map((country) => [country.code, country]),
);

/** Case-insensitive; "GR" for Greece (ISO), not the EU's "EL". */
export function isEuropeanCountry(code: string): boolean {
  return COUNTRY_BY_CODE.has(code.trim().toUpperCase());
}

export function europeanCountry(code: string): EuropeanCountry | undefined {
  return COUNTRY_BY_CODE.get(code.trim().toUpperCase());
}

/** The 24 official languages of the EU, as ISO 639-1 codes. */
export const EU_OFFICIAL_LANGUAGES = [
  "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr",
  "hu", "it", "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv",
] as const;
export type EuOfficialLanguage = (typeof EU_OFFICIAL_LANGUAGES)[number];

export const LANGUAGE_GROUPS = ["national", "regional-minority"] as const;
export type LanguageGroup = (typeof LANGUAGE_GROUPS)[number];

export type EuropeanLanguage = {
  /** the shortest ISO 639 code, as in BCP 47: ISO 639-1 when it exists, else ISO 639-3 */
  code: string;
  group: LanguageGroup;
};

/**
 * The European languages OTHER than the 24 official EU languages (use `isEuropeanLanguage` for
 * both). Rule: a language official in a country of EUROPEAN_COUNTRIES ("national"), or a
 * recognised regional or minority language of one of them, such as those protected under the
 * European Charter for Regional or Minority Languages ("regional-minority"). Russian and
 * Belarusian are in as minority languages of EU states (Baltic states, Finland, Poland): a
 * language is not a state. Not exhaustive: add a language when a model supports it.
 */
export const EUROPEAN_LANGUAGES: readonly EuropeanLanguage[] = [
  ...[
    "is", // Icelandic
    "no", "nb", "nn", // Norwegian, Bokmål, Nynorsk
    "lb", // Luxembourgish
    "rm", // Romansh (Switzerland)
    "ca", // Catalan (Andorra; co-official in Spain)
    "la", // Latin (Vatican City)
    "sq", // Albanian
    "sr", "bs", "cnr", // Serbian, Bosnian, Montenegrin
    "hbs", "sh", // Serbo-Croatian, the language those and Croatian are standards of (models tag it with either code)
    "mk", // Macedonian
    "uk", // Ukrainian
    "tr", // Turkish (also co-official in Cyprus)
    "ka", // Georgian
    "hy", // Armenian
    "az", // Azerbaijani
  ].map((code) => ({ code, group: "national" as const })),
  ...[
    "eu", "gl", "ast", "an", "mwl", // Basque, Galician, Asturian, Aragonese, Mirandese
    "oc", "br", "co", "frp", // Occitan, Breton, Corsican, Franco-Provençal
    "cy", "gd", "gv", "kw", "sco", // Welsh, Scottish Gaelic, Manx, Cornish, Scots
    "fy", "frr", "stq", "nds", "li", "wa", // Frisian (West, North, Saterland), Low German, Limburgish, Walloon
    "hsb", "dsb", "csb", "rue", // Upper and Lower Sorbian, Kashubian, Rusyn
    "se", "smj", "sma", "smn", "sms", // Sami: Northern, Lule, Southern, Inari, Skolt
    "fo", "fkv", "fit", "krl", // Faroese, Kven, Meänkieli, Karelian
    "fur", "sc", "lld", // Friulian, Sardinian, Ladin
    "gsw", // Swiss German (Alemannic: Switzerland, and Alsatian in France)
    "ltg", // Latgalian
    "rom", "yi", "lad", // Romani, Yiddish, Ladino
    "rup", "gag", "crh", // Aromanian, Gagauz, Crimean Tatar
    "ru", "be", // Russian, Belarusian (minority languages in EU states)
  ].map((code) => ({ code, group: "regional-minority" as const })),
];

const EU_OFFICIAL: ReadonlySet<string> = new Set(EU_OFFICIAL_LANGUAGES);
const ALL_EUROPEAN: ReadonlySet<string> = new Set([
  ...EU_OFFICIAL_LANGUAGES,
  ...EUROPEAN_LANGUAGES.map((language) => language.code),
]);

/** The primary language subtag of a BCP 47 tag: "pt-BR" → "pt". */
export function primaryLanguage(tag: string): string {
  return (tag.trim().split(/[-_]/)[0] ?? "").toLowerCase();
}

export function isEuOfficialLanguage(tag: string): boolean {
  return EU_OFFICIAL.has(primaryLanguage(tag));
}

/** An official EU language or one of EUROPEAN_LANGUAGES; region subtags are ignored. */
export function isEuropeanLanguage(tag: string): boolean {
  return ALL_EUROPEAN.has(primaryLanguage(tag));
}

/**
 * The rule for organisations (text: `europe.organisationRule`): an organisation counts as
 * European where its principal research and development takes place, not where its holding has
 * its legal seat nor where its owner is. The cases below were decided by that rule; their texts
 * are under `europe.cases.<messageKey>`.
 */
export const BORDERLINE_ORGANISATIONS = [
  { name: "Hugging Face", country: "FR", european: true, messageKey: "huggingFace" },
  { name: "BigScience", country: "FR", european: true, messageKey: "bigScience" },
  { name: "Black Forest Labs", country: "DE", european: true, messageKey: "blackForestLabs" },
  { name: "Silo AI", country: "FI", european: true, messageKey: "siloAi" },
] as const;
