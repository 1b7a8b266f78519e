import { createTranslator } from "use-intl/core";
import { recentPublications } from "@/lib/catalogue/publications";
import { catalogueState } from "@/lib/catalogue/freshness";
import { atomXml } from "@/lib/feeds/atom";
import { isNotModified, notModifiedResponse, validatorHeaders, weakEtag } from "@/lib/http/validators";
import { messagesFor } from "@/lib/i18n/messages";
import { displayNames } from "@/lib/insights/names";
import { DATA_LICENCE } from "@/lib/open-data/licence";
import { siteOrigin } from "@/lib/server/site-origin";
import { pageUrl } from "@/lib/seo/urls";
import { feedQuerySchema, firstValues } from "@/lib/validation/insights";

// The Atom feed of newly published models and organisations: /feed.xml for all of Europe,
// /feed.xml?country=FR for one country (EU for EU-level projects), &locale=fr for French texts
// and links. A query string rather than /feeds/FR.xml: one route, validated like every other query.
// Readers revalidate it: weak ETag and Last-Modified, 304 when nothing changed.
export const dynamic = "force-dynamic";

const ENTRIES = 50;
const CACHE_CONTROL = "public, max-age=300";

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
  // the catalogue's words without a React render: a route handler, not a page
  const messages = messagesFor(locale);
  const t = createTranslator({ locale, messages, namespace: "insights" });
  const tGrades = createTranslator({ locale, messages, namespace: "openness.grades" });
  const names = displayNames(locale, messages.insights.names);
  const page = (href: string) => pageUrl(origin, href, locale);
  const self = `${origin}/feed.xml${url.search ? `?${new URLSearchParams({ ...(country ? { country } : {}), ...(locale !== "en" ? { locale } : {}) })}` : ""}`;

  const [entries, state] = await Promise.all([recentPublications({ country, limit: ENTRIES }), catalogueState()]);
  const body = atomXml({
    self,
    home: page("/"),
    lang: locale,
    title: country ? t("feed.titleCountry", { country: names.country(country) }) : t("feed.title"),
    subtitle: t("feed.description"),
    author: { name: "Libre Atlas", uri: page("/") },
    rights: `${DATA_LICENCE.id} (${DATA_LICENCE.url})`,
    entries: entries.map((entry) => {
      const link = page(entry.kind === "model" ? `/models/${entry.slug}` : `/organisations/${entry.slug}`);
      return {
        id: link,
        link,
        title: entry.kind === "model" ? t("feed.model", { name: entry.name }) : t("feed.organisation", { name: entry.name }),
        summary:
          entry.kind === "model"
            ? t("feed.modelSummary", {
                hasGrade: entry.grade ? "yes" : "no",
                grade: entry.grade ?? "",
                label: entry.grade ? tGrades(`${entry.grade}.label`) : "",
                score: Math.round(entry.score ?? 0),
                description: entry.description,
              }).trim()
            : t("feed.organisationSummary", { country: names.country(entry.countries[0] ?? ""), description: entry.description }).trim(),
        published: entry.published,
        updated: entry.updated,
        categories: entry.countries.map((code) => ({ term: code, label: names.country(code) })),
      };
    }),
  });
  // Last-Modified: the latest change of any model or organisation, so that one leaving the feed counts too
  const validators = { etag: weakEtag(body), lastModified: state.lastModified };
  const headers = { "content-type": "application/atom+xml; charset=utf-8", "cache-control": CACHE_CONTROL };
  if (isNotModified(request, validators)) return notModifiedResponse(validators, headers);
  return new Response(request.method === "HEAD" ? null : body, { headers: { ...headers, ...validatorHeaders(validators) } });
}

export const HEAD = GET;
