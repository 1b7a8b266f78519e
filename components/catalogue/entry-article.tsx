import type { ReactNode } from "react";
import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { EmbedPanel } from "@/components/embed/embed-panel";
import { JsonLd } from "@/components/seo/json-ld";
import type { ModelDetail } from "@/lib/catalogue/models";
import type { OrganisationDetail } from "@/lib/catalogue/organisations";
import { Link } from "@/lib/i18n/server-link";
import { siteOrigin } from "@/lib/server/site-origin";
import { modelStructuredData, organisationStructuredData } from "@/lib/seo/structured-data";
import { asLocale, pageUrl } from "@/lib/seo/urls";

type Entry = { kind: "models"; entry: ModelDetail } | { kind: "organisations"; entry: OrganisationDetail };

// Per kind of entry: its title's id and the words of the link back to its list.
const PAGES = {
  models: { titleId: "model-title", back: "model.backToModels" },
  organisations: { titleId: "org-title", back: "organisation.backToList" },
} as const;

/**
 * The frame of a model's or an organisation's page: its data for search engines, a link back to the
 * list, its title (the entry's name unless given) and `intro`, its sections, and the panel to embed
 * its badge, which links back to this page.
 */
export async function EntryArticle({ title, intro, children, ...page }: Entry & { title?: ReactNode; intro?: ReactNode; children: ReactNode }) {
  const t = await getTranslations("catalogue");
  const locale = asLocale(await getLocale());
  const origin = siteOrigin(await headers());
  const { kind, entry } = page;
  const { titleId, back } = PAGES[kind];
  const structuredData = page.kind === "models" ? modelStructuredData(page.entry, origin, locale) : organisationStructuredData(page.entry, origin, locale);
  return (
    <article aria-labelledby={titleId} className="space-y-8">
      <JsonLd data={structuredData} />
      <header>
        <p className="text-sm">
          <Link href={`/${kind}`} className="text-atlas-700 underline">{t(back)}</Link>
        </p>
        <h1 id={titleId} className="mt-2 text-3xl font-bold text-atlas-900">{title ?? entry.name}</h1>
        {intro}
      </header>
      {children}
      <EmbedPanel kind={kind} slug={entry.slug} name={entry.name} pageUrl={pageUrl(origin, `/${kind}/${entry.slug}`, locale)} />
    </article>
  );
}
