import { getTranslations } from "next-intl/server";
import { BORDERLINE_ORGANISATIONS, COUNTRY_GROUPS, EU_OFFICIAL_LANGUAGES, EUROPEAN_COUNTRIES, EUROPEAN_LANGUAGES, LANGUAGE_GROUPS } from "@/lib/openness";

function displayName(locale: string, type: "region" | "language", code: string): string {
  if (type === "region" && code === "EU") return new Intl.DisplayNames([locale], { type }).of("EU") ?? code;
  try {
    return new Intl.DisplayNames([locale], { type }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The Europe rule: the country list, the language lists and the borderline decisions, from lib/openness/europe. */
export async function EuropeSection({ locale }: { locale: string }) {
  const t = await getTranslations("methodology");
  const o = await getTranslations("openness");
  const collator = new Intl.Collator(locale);
  return (
    <>
      <p className="mt-2">{o("europe.countriesRule")}</p>
      <p className="mt-2">{o("europe.excluded")}</p>
      <h3 className="mt-4 text-lg font-semibold">{t("countries")}</h3>
      <dl className="mt-2 space-y-2" data-testid="european-countries">
        {COUNTRY_GROUPS.map((group) => (
          <div key={group}>
            <dt className="font-semibold">{o(`europe.groups.${group}`)}</dt>
            <dd>
              {EUROPEAN_COUNTRIES.filter((c) => c.group === group)
                .map((c) => `${displayName(locale, "region", c.code)} (${c.code})`)
                .sort(collator.compare)
                .join(", ")}
            </dd>
          </div>
        ))}
      </dl>
      <h3 className="mt-4 text-lg font-semibold">{t("borderline")}</h3>
      <p className="mt-2">{o("europe.organisationRule")}</p>
      <p className="mt-2">{o("europe.consortiumRule")}</p>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {BORDERLINE_ORGANISATIONS.map((org) => (
          <li key={org.messageKey}>
            <span className="font-semibold">{o(`europe.cases.${org.messageKey}.name`)}</span>: {o(`europe.cases.${org.messageKey}.decision`)}
          </li>
        ))}
      </ul>
      <p className="mt-2">{o("europe.smeRule")}</p>
      <h3 className="mt-4 text-lg font-semibold">{t("languages")}</h3>
      <p className="mt-2">{o("europe.languagesRule")}</p>
      <p className="mt-2">{o("europe.languageCodes")}</p>
      <dl className="mt-2 space-y-2">
        <div>
          <dt className="font-semibold">{o("europe.languageGroups.euOfficial")}</dt>
          <dd>{EU_OFFICIAL_LANGUAGES.map((code) => `${displayName(locale, "language", code)} (${code})`).join(", ")}</dd>
        </div>
        {LANGUAGE_GROUPS.map((group) => (
          <div key={group}>
            <dt className="font-semibold">{o(`europe.languageGroups.${group}`)}</dt>
            <dd>
              {EUROPEAN_LANGUAGES.filter((l) => l.group === group)
                .map((l) => `${displayName(locale, "language", l.code)} (${l.code})`)
                .join(", ")}
            </dd>
          </div>
        ))}
      </dl>
      <p className="mt-2">{o("europe.languagesNotScored")}</p>
    </>
  );
}
