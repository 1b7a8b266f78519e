// An Atom document (RFC 4287), written here rather than by a library so that every text is plain
// text (type="text", escaped: a name or a description is shown as written, never read as HTML), the
// self link says its media type, and the feed says its language (xml:lang).
import { escapeXml } from "./xml";

export type AtomEntry = {
  id: string;
  title: string;
  /** the entry's page, in the feed's language */
  link: string;
  published: Date;
  updated: Date;
  summary: string;
  categories: { term: string; label: string }[];
};

export type AtomFeed = {
  /** the feed's own URL: its id and its self link */
  self: string;
  /** the site's page the feed is about, in the feed's language */
  home: string;
  lang: string;
  title: string;
  subtitle: string;
  author: { name: string; uri: string };
  rights: string;
  entries: AtomEntry[];
};

/** When the feed last changed: its newest entry's update (the epoch for an empty feed). */
export function feedUpdated(entries: readonly Pick<AtomEntry, "updated">[]): Date {
  return entries.reduce<Date>((latest, entry) => (entry.updated > latest ? entry.updated : latest), new Date(0));
}

const text = (name: string, value: string) => `<${name} type="text">${escapeXml(value)}</${name}>`;
const link = (attributes: Record<string, string>) =>
  `<link ${Object.entries(attributes)
    .map(([name, value]) => `${name}="${escapeXml(value)}"`)
    .join(" ")}/>`;

export function atomXml(feed: AtomFeed): string {
  const lines = [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang)}">`,
    `  <id>${escapeXml(feed.self)}</id>`,
    `  ${text("title", feed.title)}`,
    `  ${text("subtitle", feed.subtitle)}`,
    `  <updated>${feedUpdated(feed.entries).toISOString()}</updated>`,
    `  ${link({ rel: "self", type: "application/atom+xml", href: feed.self })}`,
    `  ${link({ rel: "alternate", type: "text/html", hreflang: feed.lang, href: feed.home })}`,
    `  <author><name>${escapeXml(feed.author.name)}</name><uri>${escapeXml(feed.author.uri)}</uri></author>`,
    `  ${text("rights", feed.rights)}`,
  ];
  for (const entry of feed.entries) {
    lines.push(
      `  <entry>`,
      `    <id>${escapeXml(entry.id)}</id>`,
      `    ${text("title", entry.title)}`,
      `    ${link({ rel: "alternate", type: "text/html", href: entry.link })}`,
      `    <published>${entry.published.toISOString()}</published>`,
      `    <updated>${entry.updated.toISOString()}</updated>`,
      `    ${text("summary", entry.summary)}`,
      ...entry.categories.map((category) => `    <category term="${escapeXml(category.term)}" label="${escapeXml(category.label)}"/>`),
      `  </entry>`,
    );
  }
  lines.push(`</feed>`, "");
  return lines.join("\n");
}
