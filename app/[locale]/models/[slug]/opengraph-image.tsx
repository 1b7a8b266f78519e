import { ImageResponse } from "next/og";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { routing } from "@/lib/i18n/routing";
import { modelCard } from "@/lib/catalogue/publications";
import { ogFonts } from "@/lib/og/fonts";
import { GradeChip, OG_SIZE, ShareCard } from "@/components/og/share-card";

// The model page's social preview: its name, grade and score, drawn on the server without network.
export const dynamic = "force-dynamic";
export const contentType = "image/png";
export const size = OG_SIZE;

type Params = { locale: string; slug: string };

// Called at build time too, so it reads no data: the alt text is generic.
export async function generateImageMetadata({ params }: { params: Params }) {
  const locale = hasLocale(routing.locales, params.locale) ? params.locale : routing.defaultLocale;
  const t = await getTranslations({ locale, namespace: "insights.og" });
  return [{ id: "card", alt: t("altModel"), size: OG_SIZE, contentType }];
}

export default async function ModelImage({ params }: { params: Promise<Params> }) {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const card = await modelCard(slug);
  if (!card) notFound();
  const t = await getTranslations({ locale, namespace: "insights.og" });
  const tGrades = await getTranslations({ locale, namespace: "openness.grades" });
  const site = (await getTranslations({ locale, namespace: "site" }))("name");
  return new ImageResponse(
    (
      <ShareCard site={site} title={card.name} subtitle={card.organisations.join(", ")}>
        <GradeChip grade={card.grade} />
        <div style={{ display: "flex", flexDirection: "column", marginLeft: 40 }}>
          <div style={{ display: "flex", fontSize: 48, fontWeight: 700, color: "#0f172a" }}>
            {card.grade ? `${t("grade", { grade: card.grade })} · ${tGrades(`${card.grade}.label`)}` : t("notAssessed")}
          </div>
          {card.score !== null && (
            <div style={{ display: "flex", marginTop: 12, fontSize: 36, color: "#334155" }}>
              {t("score", { score: Math.round(card.score) })}
              {card.complete ? "" : ` (${t("incomplete")})`}
            </div>
          )}
        </div>
      </ShareCard>
    ),
    { ...OG_SIZE, fonts: await ogFonts() },
  );
}
