import { getTranslations } from "next-intl/server";
import { BADGE_STYLES, type BadgeStyle } from "@/lib/badges/kinds";
import { SNIPPET_FORMAT_NAMES, SNIPPET_FORMATS, type SnippetFormat } from "@/lib/badges/snippets";
import { EmbedControls, type EmbedPanelProps } from "./embed-controls";

const perFormat = (words: (format: string) => string) =>
  Object.fromEntries(SNIPPET_FORMATS.map((format) => [format, words(SNIPPET_FORMAT_NAMES[format])])) as Record<SnippetFormat, string>;

/**
 * The entry's badge panel. Its words are formatted here, on the server, and handed to the controls
 * as plain text: the browser then needs no message catalogue nor a formatter for it (issue 17,
 * point 9: the formatter was 13 KB of script and ~60 ms of a phone's main thread on a model page).
 */
export async function EmbedPanel({ kind, slug, name, pageUrl }: EmbedPanelProps) {
  const t = await getTranslations("embed");
  return (
    <EmbedControls
      kind={kind}
      slug={slug}
      pageUrl={pageUrl}
      text={{
        title: t("title"),
        intro: t("intro"),
        style: t("style"),
        styles: Object.fromEntries(BADGE_STYLES.map((style) => [style, t(`styles.${style}`)])) as Record<BadgeStyle, string>,
        preview: t("preview"),
        alt: t("alt", { name }),
        snippetLabel: perFormat((format) => t("snippetLabel", { format })),
        copy: perFormat((format) => t("copy", { format })),
        copied: perFormat((format) => t("copied", { format })),
        copyFailed: t("copyFailed"),
        copiedShort: t("copiedShort"),
        shields: t("shields"),
      }}
    />
  );
}
