import { Feed } from "feed";
import { getTranslations } from "next-intl/server";
import { getPathname } from "@/lib/i18n/navigation";
import { recentPublications } from "@/lib/catalogue/publications";
import { displayNames } from "@/lib/insights/names";
import { siteOrigin } from "@/lib/server/site-origin";
import { feedQuerySchema, firstValues } from "@/lib/validation/insights";

// The Atom feed of newly published models and organisations: /feed.xml for all of Europe,
// /feed.xml?country=FR for one country (EU for EU-level projects), &locale=fr for French texts
// and links. A query string rather than /feeds/FR.xml: one route, validated like every other query.
export const dynamic = "force-dynamic";

const ENTRIES = 50;

// The feed library marks titles and summaries as HTML: escape the text so that a name or a
// description is always shown as written, never interpreted by a reader.
const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export async function GET(request: Request) {
  const url = new URL(request.url);
  const query = Object.fromEntries([...url.searchParams.entries()].filter(([, value]) => value !== ""));
  const parsed = feedQuerySchema.safeParse(firstValues(query));
  if (!parsed.success) {
    return Response.json(
      {
        error: {
          code: "INVALID_QUERY",
          message: "The feed's query parameters are not valid.",
          details: parsed.error.issues.map((issue) => ({ field: issue.path.join("."), message: issue.message })),
        },
      },
      { status: 400 },
    );
  }
  const { country, locale } = parsed.data;
  const origin = siteOrigin(request.headers);
  const t = await getTranslations({ locale, namespace: "insights" });
  const tGrades = await getTranslations({ locale, namespace: "openness.grades" });
  const names = displayNames(locale, t.raw("names"));
  const page = (href: string) => `${origin}${getPathname({ href, locale })}`;
  const self = `${origin}/feed.xml${url.search ? `?${new URLSearchParams({ ...(country ? { country } : {}), ...(locale !== "en" ? { locale } : {}) })}` : ""}`;

  const entries = await recentPublications({ country, limit: ENTRIES });
  const feed = new Feed({
    id: self,
    title: country ? t("feed.titleCountry", { country: names.country(country) }) : t("feed.title"),
    description: t("feed.description"),
    link: page("/"),
    language: locale,
    updated: entries.reduce<Date>((latest, entry) => (entry.updated > latest ? entry.updated : latest), new Date(0)),
    generator: false,
    feedLinks: { atom: self },
    author: { name: "Libre Atlas", link: page("/") },
    copyright: "CC-BY-4.0",
  });
  for (const entry of entries) {
    const link = page(entry.kind === "model" ? `/models/${entry.slug}` : `/organisations/${entry.slug}`);
    feed.addItem({
      id: link,
      link,
      title: escapeHtml(entry.kind === "model" ? t("feed.model", { name: entry.name }) : t("feed.organisation", { name: entry.name })),
      description: escapeHtml(
        entry.kind === "model"
          ? t("feed.modelSummary", {
              hasGrade: entry.grade ? "yes" : "no",
              grade: entry.grade ?? "",
              label: entry.grade ? tGrades(`${entry.grade}.label`) : "",
              score: Math.round(entry.score ?? 0),
              description: entry.description,
            }).trim()
          : t("feed.organisationSummary", { country: names.country(entry.countries[0] ?? ""), description: entry.description }).trim(),
      ),
      date: entry.updated,
      published: entry.published,
      category: entry.countries.map((code) => ({ term: code, name: names.country(code) })),
    });
  }
  return new Response(feed.atom1(), {
    headers: { "content-type": "application/atom+xml; charset=utf-8", "cache-control": "public, max-age=300" },
  });
}
