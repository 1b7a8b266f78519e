import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { publicPageMetadata } from "@/lib/seo/metadata";
import { METHODOLOGY_VERSION, METHODOLOGY_VERSIONS } from "@/lib/openness";
import { CriteriaSection } from "@/components/methodology/criteria-section";
import { GradesSection } from "@/components/methodology/grades-section";
import { EuropeSection } from "@/components/methodology/europe-section";
import { LicenceTable } from "@/components/methodology/licence-table";
import { G7Section } from "@/components/methodology/g7-section";
import { ImportsSection } from "@/components/methodology/imports-section";

const SECTIONS = ["criteria", "grades", "g7", "decisions", "europe", "licences", "imports", "biodiversity", "versions", "sources"] as const;
/** Where the methodology is silent, what we chose (version 2), in the order a reader meets them. */
const DECISIONS = ["dataLicences", "noWeightsLicence", "unreviewed", "outsideBase", "baseCaps", "acceptableUse", "reference", "families", "catalogueFiles"] as const;
const SOURCES = ["manifesto", "osaiIndex", "mof", "osaid"] as const;
const BIODIVERSITY = ["explanation", "effectiveNumber", "jointModels", "emptySet", "smeShare", "smeUnknown", "scope"] as const;

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "methodology" });
  return publicPageMetadata({ locale, href: "/methodology", title: t("title"), description: t("intro") });
}

export default async function MethodologyPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("methodology");
  const o = await getTranslations("openness");
  const current = METHODOLOGY_VERSIONS.find((v) => v.version === METHODOLOGY_VERSION)!;
  const date = (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(new Date(iso));
  const heading = (id: (typeof SECTIONS)[number]) => (
    <h2 id={id} className="mt-10 scroll-mt-4 text-2xl font-semibold text-atlas-900">{t(`sections.${id}`)}</h2>
  );
  return (
    <article className="max-w-none">
      <h1 className="text-3xl font-bold text-atlas-900">{t("title")}</h1>
      <p className="mt-3 text-lg text-slate-700">{t("intro")}</p>
      <p className="mt-2" data-testid="methodology-version">{t("version", { version: METHODOLOGY_VERSION, date: date(current.date) })}</p>
      <nav aria-labelledby="toc" className="mt-6 rounded border border-slate-200 bg-slate-50 p-4">
        <h2 id="toc" className="font-semibold">{t("contents")}</h2>
        <ul className="mt-2 grid gap-1 sm:grid-cols-2">
          {SECTIONS.map((id) => (
            <li key={id}><a href={`#${id}`} className="text-atlas-700 underline">{t(`sections.${id}`)}</a></li>
          ))}
        </ul>
      </nav>

      {heading("criteria")}
      <CriteriaSection locale={locale} />

      {heading("grades")}
      <GradesSection />

      {heading("g7")}
      <G7Section />

      {heading("decisions")}
      <p className="mt-2">{t("decisionsIntro")}</p>
      <ul className="mt-2 list-disc space-y-1 pl-6" data-testid="decisions">
        {DECISIONS.map((key) => <li key={key}>{t(`decisions.${key}`)}</li>)}
      </ul>

      {heading("europe")}
      <EuropeSection locale={locale} />

      {heading("licences")}
      <LicenceTable />

      {heading("imports")}
      <ImportsSection />

      {heading("biodiversity")}
      {BIODIVERSITY.map((key) => <p key={key} className="mt-2">{o(`biodiversity.${key}`)}</p>)}

      {heading("versions")}
      <p className="mt-2">{o("versions.recorded")}</p>
      {[...METHODOLOGY_VERSIONS].reverse().map((v) => (
        <section key={v.version} aria-labelledby={`version-${v.version}`} className="mt-3">
          <h3 id={`version-${v.version}`} className="text-lg font-semibold">{t("versionDate", { version: v.version, date: date(v.date) })}</h3>
          <ul className="mt-1 list-disc pl-6">
            {v.changes.map((key) => <li key={key}>{o(key)}</li>)}
          </ul>
        </section>
      ))}

      {heading("sources")}
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {SOURCES.map((key) => <li key={key}>{o(`sources.${key}`)}</li>)}
      </ul>
    </article>
  );
}
