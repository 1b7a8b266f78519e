import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { JsonLd } from "@/components/seo/json-ld";
import { Link } from "@/lib/i18n/server-link";
import { catalogueState } from "@/lib/catalogue/freshness";
import { attributionText, DATA_LICENCE } from "@/lib/open-data/licence";
import { EXPORT_ENTITIES } from "@/lib/open-data/entities";
import { siteOrigin } from "@/lib/server/site-origin";
import { openDataStructuredData } from "@/lib/seo/structured-data";
import { asLocale } from "@/lib/seo/urls";

const FORMATS = ["csv", "json"] as const;

export async function OpenDataOverview() {
  const t = await getTranslations("openData");
  const origin = siteOrigin(await headers());
  const { lastModified } = await catalogueState();
  const names = { models: t("dataset.names.models"), organisations: t("dataset.names.organisations") };
  const descriptions = { models: t("dataset.descriptions.models"), organisations: t("dataset.descriptions.organisations") };
  const dataset = openDataStructuredData(
    origin,
    asLocale(await getLocale()),
    { catalogName: t("dataset.catalogName"), catalogDescription: t("dataset.catalogDescription"), names, descriptions },
    lastModified,
  );
  return (
    <article className="space-y-8">
      <JsonLd data={dataset} />
      <header>
        <h1 className="text-3xl font-bold text-atlas-900">{t("title")}</h1>
        <p className="mt-3 max-w-3xl text-lg text-slate-700">{t("intro")}</p>
      </header>

      <section aria-labelledby="open-data-licence">
        <h2 id="open-data-licence" className="text-2xl font-semibold">{t("licenceTitle")}</h2>
        <p className="mt-2 max-w-3xl text-slate-800">
          {t("licence", { licence: `${DATA_LICENCE.name} (${DATA_LICENCE.id})` })}{" "}
          <a href={DATA_LICENCE.url} rel="license" className="font-medium text-atlas-700 underline">{t("licenceLink")}</a>
        </p>
        <h3 className="mt-4 text-lg font-semibold">{t("attributionTitle")}</h3>
        <p className="mt-1 text-slate-800">{t("attribution")}</p>
        <p className="mt-2 rounded border border-slate-200 bg-slate-50 p-3 font-mono text-sm" data-testid="attribution">{attributionText(origin)}</p>
      </section>

      <section aria-labelledby="open-data-downloads">
        <h2 id="open-data-downloads" className="text-2xl font-semibold">{t("downloadsTitle")}</h2>
        <table className="mt-2 text-left">
          <caption className="sr-only">{t("downloadsCaption")}</caption>
          <thead>
            <tr className="border-b border-slate-200">
              <th scope="col" className="py-1 pr-6">{t("entity")}</th>
              <th scope="col" className="py-1">{t("format")}</th>
            </tr>
          </thead>
          <tbody>
            {EXPORT_ENTITIES.map((entity) => (
              <tr key={entity} className="border-b border-slate-100">
                <th scope="row" className="py-2 pr-6 font-medium">{t(`entities.${entity}`)}</th>
                <td className="flex gap-4 py-2">
                  {FORMATS.map((format) => (
                    <a key={format} href={`/api/v1/export/${entity}.${format}`} download className="text-atlas-700 underline">
                      {t("download", { entity: t(`entities.${entity}`), format: format.toUpperCase() })}
                    </a>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="mt-3 max-w-3xl text-slate-700">{t("columns")}</p>
        <p className="mt-3 max-w-3xl text-slate-700" data-testid="csv-format">{t("csvFormat")}</p>
      </section>

      <section aria-labelledby="open-data-api">
        <h2 id="open-data-api" className="text-2xl font-semibold">{t("apiTitle")}</h2>
        <p className="mt-2 text-slate-700">
          {t("api")} <Link href="/api" className="font-medium text-atlas-700 underline">{t("apiLink")}</Link>
        </p>
      </section>
    </article>
  );
}
