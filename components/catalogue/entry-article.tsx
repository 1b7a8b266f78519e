import type { ReactNode } from "react";
import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { EmbedPanel } from "@/components/embed/embed-panel";
import { modelStructuredData, organisationStructuredData } from "@/components/models/structured-data";
import type { ModelDetail } from "@/lib/catalogue/models";
import type { OrganisationDetail } from "@/lib/catalogue/organisations";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { requestOrigin } from "@/lib/server/request-origin";

/**
 * schema.org data for search engines, as a JSON-LD script. It carries the request's CSP nonce (no
 * inline script runs without it), and `<` is escaped so that no value can close the script element.
 */
export async function JsonLd({ data }: { data: object }) {
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  const json = JSON.stringify(data).replace(/</g, "\\u003c");
  return <script type="application/ld+json" nonce={nonce} dangerouslySetInnerHTML={{ __html: json }} />;
}

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
  const locale = await getLocale();
  const { kind, entry } = page;
  const { titleId, back } = PAGES[kind];
  const structuredData = page.kind === "models" ? modelStructuredData(page.entry, locale) : organisationStructuredData(page.entry, locale);
  const pageUrl = `${await requestOrigin()}${getPathname({ href: `/${kind}/${entry.slug}`, locale })}`;
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
      <EmbedPanel kind={kind} slug={entry.slug} name={entry.name} pageUrl={pageUrl} />
    </article>
  );
}
