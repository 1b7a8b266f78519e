// What each social card shows: a model's grade and score, an organisation's models per grade and
// mean score, the site's figures. Drawn by lib/og/share-image.tsx; satori reads flexbox and inline styles only.
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import type { ModelCard, OrganisationCard } from "@/lib/catalogue/publications";
import type { CatalogueFigures } from "@/lib/catalogue/models";
import { displayNames } from "@/lib/insights/names";
import { formatList } from "@/lib/i18n/display-names";
import { GRADES } from "@/lib/openness";
import { GradeChip } from "./share-card";
import type { ShareCardContent } from "./share-image";

export async function modelCardContent(card: ModelCard, locale: Locale): Promise<ShareCardContent> {
  const t = await getTranslations({ locale, namespace: "insights.og" });
  const tGrades = await getTranslations({ locale, namespace: "openness.grades" });
  return {
    title: card.name,
    subtitle: formatList(card.organisations, locale),
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
}

export async function organisationCardContent(card: OrganisationCard, locale: Locale): Promise<ShareCardContent> {
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
}

/** The home page's, the lists' and the other pages' card: what the site is, and how much it lists. */
export async function siteCardContent(figures: CatalogueFigures, locale: Locale): Promise<ShareCardContent> {
  const t = await getTranslations({ locale, namespace: "insights.og" });
  return {
    title: t("siteTitle"),
    body: (
      <div style={{ display: "flex", flexDirection: "column" }}>
        <div style={{ display: "flex", fontSize: 40, fontWeight: 700, color: "#0f172a" }}>{t("siteFigures", figures)}</div>
        <div style={{ display: "flex", marginTop: 20 }}>
          {GRADES.map((grade) => (
            <div key={grade} style={{ display: "flex", marginRight: 16 }}>
              <GradeChip grade={grade} size={70} />
            </div>
          ))}
        </div>
      </div>
    ),
  };
}
