import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { Link } from "@/lib/i18n/server-link";
import { familyMembers, type ModelDetail } from "@/lib/catalogue/models";
import { isEuOfficialLanguage } from "@/lib/openness";
import { countryName, formatList, formatParameters, languageName } from "@/lib/i18n/display-names";
import { compareQueryString, modelsQueryString } from "@/lib/validation/catalogue-url";
import { Scorecard } from "@/components/openness/scorecard";
import { EntryArticle } from "@/components/catalogue/entry-article";
import { Fact } from "@/components/catalogue/fact";
import { taskLabel } from "@/components/catalogue/filter-chips";
import { GradeBadge } from "./grade-badge";
import { G7Explanation, G7LabelChip } from "@/components/openness/g7-label";
import type { Licence } from "@/lib/openness";
import { isHttpUrl } from "@/lib/validation/fields";

const FLAGS = ["osiApproved", "openData", "restrictsUse", "nonCommercial", "nonProduction", "noDerivatives", "shareAlike", "attribution"] as const;

/** Every licence of one component, with its flags and thresholds; inherited ones say from which base. */
async function LicenceFacts({ label, licences, inherited = [], baseName, weights }: { label: string; licences: readonly Licence[]; inherited?: readonly Licence[]; baseName?: string; weights?: boolean }) {
  const t = await getTranslations("catalogue.model");
  const locale = await getLocale();
  const format = await getFormatter();
  const all = [...licences.map((licence) => ({ licence, inherited: false })), ...inherited.map((licence) => ({ licence, inherited: true }))];
  const commercial = all.every(({ licence }) => !licence.nonCommercial && !licence.nonProduction);
  return (
    <Fact label={label}>
      {all.length > 0 ? (
        <>
          {weights && <p className="text-sm font-medium">{commercial ? t("commercialYes") : t("commercialNo")}</p>}
          <ul className="space-y-2" data-testid={weights ? "weights-licences" : undefined}>
            {all.map(({ licence, inherited }) => (
              <li key={licence.id}>
                <a href={licence.url} className="text-atlas-700 underline" rel="noopener noreferrer" data-testid={weights ? "weights-licence" : undefined}>
                  {licence.name}
                </a>{" "}
                <span className="text-sm text-slate-600">({licence.id})</span>
                {inherited && baseName && <p className="text-sm text-slate-700">{t("inheritedFrom", { base: baseName })}</p>}
                <ul className="mt-1 flex flex-wrap gap-1">
                  {FLAGS.filter((flag) => licence[flag]).map((flag) => (
                    <li key={flag} className="rounded bg-slate-100 px-2 py-0.5 text-xs text-slate-800">{t(`flags.${flag}`)}</li>
                  ))}
                  {licence.userCap != null && (
                    <li className="rounded bg-slate-100 px-2 py-0.5 text-xs text-slate-800" data-testid="licence-user-cap">
                      {t("flags.userCap", { users: format.number(licence.userCap) })}
                    </li>
                  )}
                  {licence.revenueCap != null && (
                    <li className="rounded bg-slate-100 px-2 py-0.5 text-xs text-slate-800">
                      {t("flags.revenueCap", {
                        revenue: licence.revenueCapCurrency
                          ? new Intl.NumberFormat(locale, { style: "currency", currency: licence.revenueCapCurrency, maximumFractionDigits: 0 }).format(licence.revenueCap)
                          : format.number(licence.revenueCap),
                      })}
                    </li>
                  )}
                  {!licence.reviewed && <li className="rounded bg-amber-100 px-2 py-0.5 text-xs text-slate-900">{t("flags.unreviewed")}</li>}
                </ul>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <span className="text-slate-600">{t("licenceUnknown")}</span>
      )}
    </Fact>
  );
}

/** Where the entry's facts and answers carry over from, with the licence they are reused under (CC-BY asks for credit). */
async function SourcesCredited({ attribution }: { attribution: unknown }) {
  const t = await getTranslations("catalogue.model");
  const sources = (Array.isArray(attribution) ? attribution : []).filter(
    (a): a is { source: string; url: string; licence: string } => typeof a?.source === "string" && typeof a?.licence === "string" && typeof a?.url === "string" && isHttpUrl(a.url),
  );
  if (sources.length === 0) return null;
  return (
    <>
      <h2 className="mt-6 text-xl font-semibold">{t("attribution")}</h2>
      <p className="mt-2 text-slate-700">{t("attributionIntro")}</p>
      <ul className="mt-2 space-y-1" data-testid="attribution">
        {sources.map((source) => (
          <li key={`${source.source} ${source.url}`}>
            <a href={source.url} className="text-atlas-700 underline" rel="noopener noreferrer">{source.source}</a>{" "}
            <span className="text-sm text-slate-700">{t("attributionLicence", { licence: source.licence })}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

/** A model's page: its scorecard, facts, licences, languages, organisations and history. */
export async function ModelPage({ model }: { model: ModelDetail }) {
  const siblings = await familyMembers(model);
  const t = await getTranslations("catalogue");
  const tOpenness = await getTranslations("openness");
  const locale = await getLocale();
  const format = await getFormatter();
  const euLanguages = model.languages.filter(isEuOfficialLanguage);
  const links = [
    { key: "modelCard", url: model.modelCardUrl },
    { key: "code", url: model.codeUrl },
    { key: "paper", url: model.paperUrl },
    { key: "dataset", url: model.dataUrl },
  ].filter((link): link is { key: string; url: string } => Boolean(link.url));

  return (
    <EntryArticle
      kind="models"
      entry={model}
      title={
        <>
          {model.name}
          {model.version && <span className="ml-2 text-xl font-normal text-slate-700">{model.version}</span>}
        </>
      }
      intro={
        <>
          {model.organisations.length > 0 && (
            <p className="mt-1 text-slate-800">
              {t("model.by")}{" "}
              {model.organisations.map(({ organisation }, index) => (
                <span key={organisation.slug}>
                  {index > 0 && ", "}
                  <Link href={`/organisations/${organisation.slug}`} className="text-atlas-700 underline">{organisation.name}</Link>
                </span>
              ))}
            </p>
          )}
          {model.scope === "reference" && (
            <p className="mt-2 inline-block rounded border border-slate-500 px-2 py-0.5 text-sm" data-testid="reference-model">{t("model.reference")}</p>
          )}
          <div className="mt-3 flex flex-wrap items-center gap-4">
            <GradeBadge grade={model.grade} complete={model.gradeComplete} />
            {model.assessment && <G7LabelChip label={model.assessment.g7.label} complete={model.assessment.g7.complete} />}
            <Link href={`/compare${compareQueryString([model.slug])}`} className="text-sm text-atlas-700 underline">{t("model.compareWith")}</Link>
          </div>
          {model.description && <p className="mt-4 max-w-3xl text-slate-800">{model.description}</p>}
          <div className="mt-4 rounded border border-slate-200 bg-slate-50 p-3 text-sm">
            <Link href={`/submit/edit/model/${model.slug}`} className="font-semibold text-atlas-700 underline" data-testid="suggest-edit">
              {t("model.suggestEdit")}
            </Link>
            <p className="text-slate-700">{t("model.suggestEditHelp")}</p>
          </div>
        </>
      }
    >
      {model.assessment ? (
        <>
          <Scorecard assessment={model.assessment} title={t("model.scorecard")} />
          <G7Explanation g7={model.assessment.g7} />
        </>
      ) : (
        <p className="rounded border border-slate-300 p-4">{t("model.notAssessed")}</p>
      )}

      <div className="grid gap-8 md:grid-cols-2">
        <section aria-labelledby="facts-title">
          <h2 id="facts-title" className="text-xl font-semibold">{t("model.facts")}</h2>
          <dl className="mt-2 divide-y divide-slate-200">
            <Fact label={t("model.modality")}>
              <Link href={`/models${modelsQueryString({ modality: [model.modality] })}`} className="text-atlas-700 underline">{t(`modality.${model.modality}`)}</Link>
            </Fact>
            {model.tasks.length > 0 && (
              <Fact label={t("model.tasks")}>{formatList(model.tasks.map((task) => taskLabel(t, task)), locale)}</Fact>
            )}
            <Fact label={t("model.release")}>
              {model.releaseDate
                ? format.dateTime(model.releaseDate, { dateStyle: "long", timeZone: "UTC" })
                : (model.releaseYear ?? t("model.unknown"))}
            </Fact>
            {model.baseRelation && (
              <Fact label={t("model.baseModel")} testId="base-model">
                {tOpenness(`relations.${model.baseRelation}`)}{" "}
                {model.baseModel ? (
                  <Link href={`/models/${model.baseModel.slug}`} className="text-atlas-700 underline">{model.baseModel.name}</Link>
                ) : model.baseModelUrl ? (
                  <a href={model.baseModelUrl} className="text-atlas-700 underline" rel="noopener noreferrer">{model.baseModelName}</a>
                ) : (
                  model.baseModelName
                )}
                {!model.baseModel && <p className="text-sm text-slate-700">{t("model.baseOutside")}</p>}
              </Fact>
            )}
            {model.familySlug && model.familyName && (
              <Fact label={t("model.family")}>
                <Link href={`/models${modelsQueryString({ family: model.familySlug, scope: model.scope === "reference" ? "all" : undefined })}`} className="text-atlas-700 underline">
                  {t("model.familyMembers", { family: model.familyName })}
                </Link>
              </Fact>
            )}
            {model.dataExceptionReason && model.dataExceptionEvidenceUrl && (
              <Fact label={t("model.dataException")}>
                {t(`model.dataExceptionReason.${model.dataExceptionReason}`)}{" "}
                <a href={model.dataExceptionEvidenceUrl} className="text-atlas-700 underline" rel="noopener noreferrer">{t("model.evidence")}</a>
                {model.dataExceptionNote && <p className="text-sm text-slate-700">{model.dataExceptionNote}</p>}
              </Fact>
            )}
            <Fact label={t("model.parameters")} testId="parameters">
              {model.parameterCount !== null ? formatParameters(model.parameterCount, locale) : t("model.unknown")}
              {model.activeParameterCount !== null && (
                <> ({t("model.activeParameters", { value: formatParameters(model.activeParameterCount, locale) })})</>
              )}
            </Fact>
          </dl>

          <h2 id="licences-title" className="mt-6 text-xl font-semibold">{t("model.licences")}</h2>
          <dl className="mt-2 divide-y divide-slate-200">
            <LicenceFacts
              label={t("model.licenceWeights")}
              licences={model.facts.licences?.weights ?? []}
              inherited={model.inheritedLicences}
              baseName={model.baseModel?.name}
              weights
            />
            <LicenceFacts label={t("model.licenceCode")} licences={model.facts.licences?.code ?? []} />
            <LicenceFacts label={t("model.licenceData")} licences={model.facts.licences?.data ?? []} />
          </dl>
        </section>

        <section aria-labelledby="languages-title">
          <h2 id="languages-title" className="text-xl font-semibold">{t("model.languages")}</h2>
          {model.languages.length === 0 ? (
            <p className="mt-2">{t("model.noLanguages")}</p>
          ) : (
            <>
              <p className="mt-2 text-slate-700">{t("model.languagesCount", { count: model.languages.length, eu: euLanguages.length })}</p>
              <ul className="mt-2 flex flex-wrap gap-1" data-testid="languages">
                {model.languages.map((code) => (
                  <li key={code}>
                    <Link
                      href={`/models${modelsQueryString({ lang: [code] })}`}
                      className={`inline-block rounded border px-2 py-0.5 text-sm ${isEuOfficialLanguage(code) ? "border-atlas-700 bg-atlas-100" : "border-slate-300"}`}
                    >
                      {languageName(code, locale)}
                      {isEuOfficialLanguage(code) && <span className="sr-only"> ({t("model.euLanguage")})</span>}
                    </Link>
                  </li>
                ))}
              </ul>
            </>
          )}
          {model.languageShareNote && (
            <>
              <h3 className="mt-3 font-medium">{t("model.languageShare")}</h3>
              <p className="text-slate-800">{model.languageShareNote}</p>
            </>
          )}

          {links.length > 0 && (
            <>
              <h2 className="mt-6 text-xl font-semibold">{t("model.links")}</h2>
              <ul className="mt-2 space-y-1">
                {links.map((link) => (
                  <li key={link.key}>
                    <a href={link.url} className="break-all text-atlas-700 underline" rel="noopener noreferrer">{t(`model.${link.key}`)}</a>
                  </li>
                ))}
              </ul>
            </>
          )}

          {siblings.length > 0 && (
            <>
              <h2 className="mt-6 text-xl font-semibold">{t("model.siblings", { family: model.familyName ?? "" })}</h2>
              <ul className="mt-2 space-y-1" data-testid="family-members">
                {siblings.map((sibling) => (
                  <li key={sibling.slug} className="flex flex-wrap items-center gap-2">
                    <Link href={`/models/${sibling.slug}`} className="text-atlas-700 underline">{sibling.name}</Link>
                    <GradeBadge grade={sibling.grade} complete={sibling.gradeComplete} />
                  </li>
                ))}
              </ul>
            </>
          )}

          <SourcesCredited attribution={model.attribution} />

          <h2 className="mt-6 text-xl font-semibold">{t("model.organisations")}</h2>
          <ul className="mt-2 space-y-1">
            {model.organisations.map(({ organisation }) => (
              <li key={organisation.slug}>
                <Link href={`/organisations/${organisation.slug}`} className="text-atlas-700 underline">{organisation.name}</Link>{" "}
                <span className="text-sm text-slate-700">
                  · {countryName(organisation.country, locale)} · {t(`orgType.${organisation.type}`)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      </div>

      {model.assessments.length > 0 && (
        <section aria-labelledby="history-title">
          <h2 id="history-title" className="text-xl font-semibold">{t("model.history")}</h2>
          <div className="mt-2">
            <DataTable columns={[t("model.historyVersion"), t("model.historyDate"), t("model.historyGrade"), t("model.historyScore")]}>
                {model.assessments.map((assessment) => (
                  <tr key={assessment.methodologyVersion} className="border-b border-slate-200">
                    <td className="py-2 pr-4">
                      <Link href="/methodology" className="text-atlas-700 underline">{assessment.methodologyVersion}</Link>
                    </td>
                    <td className="py-2 pr-4">{format.dateTime(assessment.updatedAt, { dateStyle: "long" })}</td>
                    <td className="py-2 pr-4">
                      {assessment.grade} · {tOpenness(`grades.${assessment.grade}.label`)}
                      {!assessment.complete && ` (${tOpenness("grades.incomplete.label")})`}
                    </td>
                    <td className="py-2 pr-4 tabular-nums">{Math.round(assessment.score)}/100</td>
                  </tr>
                ))}
            </DataTable>
          </div>
        </section>
      )}
    </EntryArticle>
  );
}
