import { getTranslations } from "next-intl/server";
import { modelCard } from "@/lib/catalogue/publications";
import { GradeChip, OG_SIZE } from "@/lib/og/share-card";
import { shareImage, shareImageMetadata, type ShareImageParams } from "@/lib/og/share-image";

// The model page's social preview: its name, grade and score, drawn on the server without network.
export const dynamic = "force-dynamic";
export const contentType = "image/png";
export const size = OG_SIZE;

export function generateImageMetadata({ params }: { params: ShareImageParams }) {
  return shareImageMetadata(params, "altModel");
}

export default async function ModelImage({ params }: { params: Promise<ShareImageParams> }) {
  return shareImage(params, modelCard, async (card, locale) => {
    const t = await getTranslations({ locale, namespace: "insights.og" });
    const tGrades = await getTranslations({ locale, namespace: "openness.grades" });
    return {
      title: card.name,
      subtitle: card.organisations.join(", "),
      body: (
        <>
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
        </>
      ),
    };
  });
}
