import { getTranslations } from "next-intl/server";
import { organisationCard } from "@/lib/catalogue/publications";
import { displayNames } from "@/lib/insights/names";
import { GradeChip, OG_SIZE } from "@/lib/og/share-card";
import { shareImage, shareImageMetadata, type ShareImageParams } from "@/lib/og/share-image";
import { GRADES } from "@/lib/openness";

// The organisation page's social preview: its name, country, models per grade and mean score.
export const dynamic = "force-dynamic";
export const contentType = "image/png";
export const size = OG_SIZE;

export function generateImageMetadata({ params }: { params: ShareImageParams }) {
  return shareImageMetadata(params, "altOrganisation");
}

export default async function OrganisationImage({ params }: { params: Promise<ShareImageParams> }) {
  return shareImage(params, organisationCard, async (card, locale) => {
    const t = await getTranslations({ locale, namespace: "insights" });
    const names = displayNames(locale, t.raw("names"));
    const { aggregate } = card;
    return {
      title: card.name,
      subtitle: names.country(card.country),
      body: (
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
      ),
    };
  });
}
