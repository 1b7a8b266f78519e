import { Link } from "@/lib/i18n/server-link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import type {
  BiodiversityPair,
  CountryBiodiversity,
  G7Distribution,
  GradeDistribution,
  PillarFrequency,
  ReleaseTrend,
} from "@/lib/insights/figures";
import type { DisplayNames } from "@/lib/insights/names";
import { ANSWER_DISPLAY, ANSWER_GRADES, G7_LADDER, GRADE_DISPLAY, GRADES, type AnswerGrade, type Biodiversity } from "@/lib/openness";
import { AnswerMark } from "@/components/openness/answer-mark";
import { FigureTable } from "./figure-table";
import { ChartKey, StackedBars } from "./stacked-bars";

function formats(locale: Locale) {
  const decimal = (digits: number) => new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  return {
    count: (value: number) => decimal(0).format(value),
    shannon: (value: number) => decimal(2).format(value),
    effective: (value: number) => decimal(1).format(value),
    share: (value: number | null, none: string) => (value === null ? none : percent.format(value)),
    score: (value: number | null, none: string) => (value === null ? none : decimal(0).format(value)),
  };
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-10">
      <h2 id={id} className="text-2xl font-semibold text-atlas-900">{title}</h2>
      {children}
    </section>
  );
}

/** A chart's table, folded under a summary line (works without JavaScript). */
async function TableAlternative({ children }: { children: ReactNode }) {
  const t = await getTranslations("insights.insights");
  return (
    <details className="mt-3">
      <summary className="cursor-pointer text-atlas-700 underline">{t("showTable")}</summary>
      {children}
    </details>
  );
}

export async function HeadlineFigures({ europe, locale }: { europe: BiodiversityPair; locale: Locale }) {
  const t = await getTranslations("insights.insights");
  const f = formats(locale);
  const items = [
    { key: "models", value: f.count(europe.all.models) },
    { key: "trulyOpen", value: f.count(europe.trulyOpen.models) },
    { key: "effectiveOrganisations", value: f.effective(europe.all.organisations.effectiveNumber) },
    { key: "effectiveCountries", value: f.effective(europe.all.countries.effectiveNumber) },
    { key: "smeShare", value: f.share(europe.all.smeShare, t("notApplicable")) },
  ] as const;
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5" data-testid="headline-figures">
      {items.map((item) => (
        <div key={item.key} className="flex flex-col rounded border border-slate-200 bg-atlas-100 p-3" data-figure={item.key}>
          <dt className="text-sm text-slate-700">{t(`headline.${item.key}`)}</dt>
          <dd className="order-first text-3xl font-bold text-atlas-900">{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}

export async function EuropeBiodiversity({ europe, locale }: { europe: BiodiversityPair; locale: Locale }) {
  const t = await getTranslations("insights.insights");
  const f = formats(locale);
  const na = t("notApplicable");
  const rows: { key: string; value: (b: Biodiversity) => string }[] = [
    { key: "models", value: (b) => f.count(b.models) },
    { key: "organisationGroups", value: (b) => f.count(b.organisations.groups) },
    { key: "organisationsShannon", value: (b) => f.shannon(b.organisations.shannon) },
    { key: "organisationsEffective", value: (b) => f.effective(b.organisations.effectiveNumber) },
    { key: "countryGroups", value: (b) => f.count(b.countries.groups) },
    { key: "countriesShannon", value: (b) => f.shannon(b.countries.shannon) },
    { key: "countriesEffective", value: (b) => f.effective(b.countries.effectiveNumber) },
    { key: "smeShare", value: (b) => f.share(b.smeShare, na) },
    { key: "smeUnknownShare", value: (b) => f.share(b.smeUnknownShare, na) },
  ];
  return (
    <Section id="europe-title" title={t("europe.title")}>
      <FigureTable
        testId="europe-biodiversity"
        spacing="mt-3"
        width="w-full max-w-3xl"
        caption={t("europe.caption")}
        columns={[t("europe.figure"), t("europe.all"), t("europe.trulyOpen")]}
        rows={rows.map((row) => ({
          key: row.key,
          data: { "data-row": row.key },
          header: t(`europe.rows.${row.key}`),
          cells: [row.value(europe.all), row.value(europe.trulyOpen)],
        }))}
      />
    </Section>
  );
}

export async function CountryBiodiversityTable({ rows, locale, names }: { rows: readonly CountryBiodiversity[]; locale: Locale; names: DisplayNames }) {
  const t = await getTranslations("insights.insights");
  const f = formats(locale);
  const na = t("notApplicable");
  const columns = ["models", "effectiveOrganisations", "smeShare", "trulyOpen", "effectiveOpenOrganisations"] as const;
  return (
    <Section id="countries-title" title={t("countries.title")}>
      <p className="mt-2 max-w-3xl text-sm text-slate-700">{t("countries.note")}</p>
      <FigureTable
        testId="country-biodiversity"
        spacing="mt-3"
        caption={t("countries.caption")}
        columns={[t("countries.columns.country"), ...columns.map((column) => t(`countries.columns.${column}`))]}
        rows={rows.map((row) => ({
          key: row.country,
          data: { "data-country": row.country },
          header: names.country(row.country),
          cells: [
            f.count(row.all.models),
            f.effective(row.all.organisations.effectiveNumber),
            f.share(row.all.smeShare, na),
            f.count(row.trulyOpen.models),
            row.trulyOpen.models === 0 ? na : f.effective(row.trulyOpen.organisations.effectiveNumber),
          ],
        }))}
      />
    </Section>
  );
}

export async function GradeSection({ distribution, locale }: { distribution: GradeDistribution; locale: Locale }) {
  const t = await getTranslations("insights.insights");
  const tGrades = await getTranslations("openness.grades");
  const f = formats(locale);
  const label = (grade: string) => `${grade} · ${tGrades(`${grade}.label`)}`;
  const summary = GRADES.map((grade) => t("grades.segment", { grade, count: distribution.byGrade[grade] })).join(", ");
  return (
    <Section id="grades-title" title={t("grades.title")}>
      <div className="mt-3">
        <StackedBars
          testId="grade-chart"
          summary={t("grades.chartLabel", { summary })}
          bars={GRADES.map((grade) => ({
            label: label(grade),
            segments: [{ key: grade, value: distribution.byGrade[grade], colour: GRADE_DISPLAY[grade].colour, textColour: GRADE_DISPLAY[grade].textColour }],
          }))}
        />
      </div>
      <p className="mt-2 text-sm text-slate-700">{t("grades.notAssessed", { count: distribution.notAssessed })}</p>
      <TableAlternative>
        <FigureTable
          testId="grade-table"
          spacing="mt-2"
          width="w-full max-w-xl"
          columns={[t("grades.columns.grade"), t("grades.columns.models"), t("grades.columns.incomplete")]}
          rows={GRADES.map((grade) => ({
            key: grade,
            header: label(grade),
            cells: [f.count(distribution.byGrade[grade]), f.count(distribution.incomplete[grade])],
          }))}
        />
      </TableAlternative>
    </Section>
  );
}

export async function G7Section({ distribution, locale }: { distribution: G7Distribution; locale: Locale }) {
  const t = await getTranslations("insights.insights");
  const tG7 = await getTranslations("openness.g7");
  const f = formats(locale);
  const labels = [...G7_LADDER, "none", "not_determinable"] as const;
  const summary = labels.map((label) => t("g7.segment", { label: tG7(`labels.${label}.name`), count: distribution.byLabel[label] })).join(", ");
  return (
    <Section id="g7-title" title={t("g7.title")}>
      <p className="mt-2 max-w-3xl text-slate-700">{t("g7.intro")}</p>
      <div className="mt-3">
        <StackedBars
          testId="g7-chart"
          summary={t("g7.chartLabel", { summary })}
          bars={labels.map((label, index) => ({
            label: tG7(`labels.${label}.name`),
            // one shade per rung of the ladder, darkest for the most open; the words carry the meaning
            segments: [{ key: label, value: distribution.byLabel[label], colour: ["#14532d", "#1a7f37", "#4d7c0f", "#8a6d00", "#616161", "#616161"][index]!, textColour: "#ffffff" }],
          }))}
        />
      </div>
      <TableAlternative>
        <FigureTable
          testId="g7-table"
          spacing="mt-2"
          width="w-full max-w-xl"
          columns={[t("g7.columns.label"), t("g7.columns.models")]}
          rows={labels.map((label) => ({ key: label, header: tG7(`labels.${label}.name`), cells: [f.count(distribution.byLabel[label])] }))}
        />
      </TableAlternative>
      <p className="mt-2 text-sm">
        <Link href="/methodology#g7" className="text-atlas-700 underline">{tG7("mapping")}</Link>
      </p>
    </Section>
  );
}

export async function PillarSection({ frequency, locale }: { frequency: PillarFrequency; locale: Locale }) {
  const t = await getTranslations("insights.insights");
  const tOpenness = await getTranslations("openness");
  const f = formats(locale);
  const pillarName = (key: string) => tOpenness(`criteria.${key}.name`);
  const answerLabel = (answer: AnswerGrade) => tOpenness(`answers.${answer}.label`);
  const blocking = frequency.pillars.filter((p) => frequency.mostBlocking.includes(p.pillar));
  const notOpen = blocking[0] ? blocking[0].partial + blocking[0].closed + blocking[0].unknown : 0;
  const soleTotal = frequency.pillars.reduce((sum, p) => sum + p.soleBlocker, 0);
  const summary = frequency.pillars
    .map((p) => `${pillarName(p.pillar)}: ${ANSWER_GRADES.map((answer) => `${answerLabel(answer)} ${p[answer]}`).join(", ")}`)
    .join("; ");
  return (
    <Section id="pillars-title" title={t("pillars.title")}>
      {frequency.assessed === 0 ? (
        <p className="mt-3">{t("pillars.noneAssessed")}</p>
      ) : (
        <>
          <p className="mt-3 max-w-3xl" data-testid="pillar-summary">
            {t("pillars.summary", {
              pillars: new Intl.ListFormat(locale).format(blocking.map((p) => t("pillars.quoted", { name: pillarName(p.pillar) }))),
              count: blocking.length,
              notOpen,
              assessed: frequency.assessed,
            })}{" "}
            {t("pillars.soleSummary", { count: soleTotal })}
          </p>
          <div className="mt-3">
            <StackedBars
              testId="pillar-chart"
              summary={t("pillars.chartLabel", { summary })}
              bars={frequency.pillars.map((p) => ({
                label: pillarName(p.pillar),
                segments: ANSWER_GRADES.map((answer) => ({ key: answer, value: p[answer], colour: ANSWER_DISPLAY[answer].colour, textColour: "#ffffff" })),
              }))}
            />
            <ChartKey items={ANSWER_GRADES.map((answer) => ({ key: answer, label: answerLabel(answer), colour: ANSWER_DISPLAY[answer].colour, mark: <AnswerMark answer={answer} /> }))} />
          </div>
          <TableAlternative>
            <FigureTable
              testId="pillar-table"
              spacing="mt-2"
              columns={[t("pillars.columns.pillar"), ...ANSWER_GRADES.map(answerLabel), t("pillars.columns.soleBlocker")]}
              rows={frequency.pillars.map((p) => ({
                key: p.pillar,
                header: pillarName(p.pillar),
                cells: [...ANSWER_GRADES.map((answer) => f.count(p[answer])), f.count(p.soleBlocker)],
              }))}
            />
          </TableAlternative>
        </>
      )}
    </Section>
  );
}

export async function TrendSection({ trend, locale }: { trend: ReleaseTrend; locale: Locale }) {
  const t = await getTranslations("insights.insights");
  const tGrades = await getTranslations("openness.grades");
  const f = formats(locale);
  const na = t("notApplicable");
  const summary = trend.years.map((year) => t("trend.yearSummary", { year: String(year.year), count: year.models })).join(", ");
  return (
    <Section id="trend-title" title={t("trend.title")}>
      {trend.years.length === 0 ? (
        <p className="mt-3">{t("trend.empty")}</p>
      ) : (
        <>
          <div className="mt-3">
            <StackedBars
              testId="trend-chart"
              summary={t("trend.chartLabel", { summary })}
              bars={trend.years.map((year) => ({
                label: String(year.year),
                segments: GRADES.map((grade) => ({ key: grade, value: year.byGrade[grade], colour: GRADE_DISPLAY[grade].colour, textColour: GRADE_DISPLAY[grade].textColour })),
              }))}
            />
            <ChartKey items={GRADES.map((grade) => ({ key: grade, label: `${grade} · ${tGrades(`${grade}.label`)}`, colour: GRADE_DISPLAY[grade].colour }))} />
          </div>
          {trend.undated > 0 && <p className="mt-2 text-sm text-slate-700">{t("trend.undated", { count: trend.undated })}</p>}
          <TableAlternative>
            <FigureTable
              testId="trend-table"
              spacing="mt-2"
              columns={[
                t("trend.columns.year"),
                t("trend.columns.models"),
                ...GRADES.map((grade) => (
                  <>
                    {grade}
                    <span className="sr-only"> {tGrades(`${grade}.label`)}</span>
                  </>
                )),
                t("trend.columns.meanScore"),
                t("trend.columns.effectiveOrganisations"),
              ]}
              rows={trend.years.map((year) => ({
                key: year.year,
                header: year.year,
                cells: [
                  f.count(year.models),
                  ...GRADES.map((grade) => f.count(year.byGrade[grade])),
                  f.score(year.meanScore, na),
                  f.effective(year.organisations.effectiveNumber),
                ],
              }))}
            />
          </TableAlternative>
        </>
      )}
    </Section>
  );
}
