import { ImageResponse } from "next/og";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { routing } from "@/lib/i18n/routing";
import { organisationCard } from "@/lib/catalogue/publications";
import { displayNames } from "@/lib/insights/names";
import { ogFonts } from "@/lib/og/fonts";
import { GRADES } from "@/lib/openness";
import { GradeChip, OG_SIZE, ShareCard } from "@/components/og/share-card";

// The organisation page's social preview: its name, country, models per grade and mean score.
export const dynamic = "force-dynamic";
export const contentType = "image/png";
export const size = OG_SIZE;

type Params = { locale: string; slug: string };

// Called at build time too, so it reads no data: the alt text is generic.
export async function generateImageMetadata({ params }: { params: Params }) {
  const locale = hasLocale(routing.locales, params.locale) ? params.locale : routing.defaultLocale;
  const t = await getTranslations({ locale, namespace: "insights.og" });
  return [{ id: "card", alt: t("altOrganisation"), size: OG_SIZE, contentType }];
}

export default async function OrganisationImage({ params }: { params: Promise<Params> }) {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const card = await organisationCard(slug);
  if (!card) notFound();
  const t = await getTranslations({ locale, namespace: "insights" });
  const site = (await getTranslations({ locale, namespace: "site" }))("name");
  const names = displayNames(locale, t.raw("names"));
  const { aggregate } = card;
  return new ImageResponse(
    (
      <ShareCard site={site} title={card.name} subtitle={names.country(card.country)}>
        <div style={{ display: "flex", flexDirection: "column" }}>
          <div style={{ display: "flex" }}>
            {GRADES.filter((grade) => aggregate.byGrade[grade] > 0).map((grade) => (
              <div key={grade} style={{ display: "flex", alignItems: "center", marginRight: 28 }}>
                <GradeChip grade={grade} size={90} />
                <div style={{ display: "flex", marginLeft: 12, fontSize: 44, fontWeight: 700, color: "#0f172a" }}>× {aggregate.byGrade[grade]}</div>
              </div>
            ))}
          </div>
          <div style={{ display: "flex", marginTop: 24, fontSize: 36, color: "#334155" }}>
            {t("og.organisationModels", { count: aggregate.count })}
            {aggregate.meanScore !== null ? ` · ${t("og.meanScore", { score: Math.round(aggregate.meanScore) })}` : ""}
          </div>
        </div>
      </ShareCard>
    ),
    { ...OG_SIZE, fonts: await ogFonts() },
  );
}
