"use client";

import { useEffect, useId, useState } from "react";
import { BADGE_STYLES, type BadgeKind, type BadgeStyle } from "@/lib/badges/kinds";
import { badgeSnippet, badgeUrl, shieldsEndpointUrl, SNIPPET_FORMAT_NAMES, SNIPPET_FORMATS, type SnippetFormat } from "@/lib/badges/snippets";

export type EmbedPanelProps = {
  kind: BadgeKind;
  slug: string;
  /** the entry's name, for the badge's alternative text */
  name: string;
  /** absolute address of the entry's page: the badge links back to it */
  pageUrl: string;
};

/** The panel's words in the page's language, formatted by the server (embed-panel.tsx). */
export type EmbedText = {
  title: string;
  intro: string;
  style: string;
  styles: Record<BadgeStyle, string>;
  preview: string;
  alt: string;
  snippetLabel: Record<SnippetFormat, string>;
  copy: Record<SnippetFormat, string>;
  copied: Record<SnippetFormat, string>;
  copyFailed: string;
  copiedShort: string;
  shields: string;
};

/**
 * The entry's badge with a live preview and copyable snippets (Markdown, HTML, reStructuredText,
 * AsciiDoc). Rendered on the server with the default style, so the snippets are there without
 * JavaScript; the style picker and the copy buttons need it.
 */
export function EmbedControls({ kind, slug, pageUrl, text }: Omit<EmbedPanelProps, "name"> & { text: EmbedText }) {
  const id = useId();
  const [style, setStyle] = useState<BadgeStyle>("flat");
  const [status, setStatus] = useState("");
  // the button just used says "Copied" for a moment: the confirmation where the eyes are
  const [copied, setCopied] = useState<SnippetFormat | null>(null);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(null), 2500);
    return () => clearTimeout(timer);
  }, [copied]);
  const image = badgeUrl(pageUrl, kind, slug, style);
  const alt = text.alt;

  async function copy(format: SnippetFormat, snippet: string) {
    try {
      await navigator.clipboard.writeText(snippet);
      setStatus(text.copied[format]);
      setCopied(format);
    } catch {
      const field = document.getElementById(`${id}-${format}`) as HTMLTextAreaElement | null;
      field?.select();
      setStatus(text.copyFailed);
      setCopied(null);
    }
  }

  return (
    <section aria-labelledby={`${id}-title`} className="rounded border border-slate-200 p-4" data-testid="embed-panel">
      <h2 id={`${id}-title`} className="text-xl font-semibold">{text.title}</h2>
      <p className="mt-1 text-slate-700">{text.intro}</p>
      <div className="mt-4 flex flex-wrap items-end gap-6">
        <div>
          <label htmlFor={`${id}-style`} className="block text-sm font-medium">{text.style}</label>
          <select
            id={`${id}-style`}
            value={style}
            onChange={(event) => setStyle(event.target.value as BadgeStyle)}
            className="mt-1 rounded border border-slate-400 bg-white px-2 py-1"
          >
            {BADGE_STYLES.map((s) => (
              <option key={s} value={s}>{text.styles[s]}</option>
            ))}
          </select>
        </div>
        <figure>
          <figcaption className="text-sm font-medium">{text.preview}</figcaption>
          <a href={pageUrl} className="mt-1 inline-block">
            {/* eslint-disable-next-line @next/next/no-img-element -- the badge is an SVG from our own route, shown as users will embed it */}
            <img src={image} alt={alt} height={style === "for-the-badge" ? 28 : 20} data-testid="embed-preview" />
          </a>
        </figure>
      </div>
      <div className="mt-4 grid gap-4 md:grid-cols-2">
        {SNIPPET_FORMATS.map((format) => {
          const snippet = badgeSnippet(format, image, pageUrl, alt);
          const label = SNIPPET_FORMAT_NAMES[format];
          return (
            <div key={format}>
              <div className="flex items-center justify-between gap-2">
                <label htmlFor={`${id}-${format}`} className="text-sm font-medium">{text.snippetLabel[format]}</label>
                <button
                  type="button"
                  onClick={() => void copy(format, snippet)}
                  className={`inline-flex items-center gap-1 rounded border px-2 py-0.5 text-sm ${copied === format ? "border-slate-700 bg-slate-100 font-semibold text-slate-900" : "border-atlas-700 text-atlas-700 hover:bg-atlas-100"}`}
                  data-copied={copied === format ? "true" : undefined}
                >
                  {copied === format ? (
                    <>
                      <svg viewBox="0 0 16 16" aria-hidden="true" className="h-3.5 w-3.5">
                        <path d="M3.5 8.5 6.5 11.5l6-7" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" />
                      </svg>
                      {text.copiedShort}
                      <span className="sr-only"> {label}</span>
                    </>
                  ) : (
                    text.copy[format]
                  )}
                </button>
              </div>
              <textarea
                id={`${id}-${format}`}
                readOnly
                value={snippet}
                rows={4}
                className="mt-1 w-full resize-none rounded border border-slate-300 bg-slate-50 p-2 font-mono text-xs"
                onFocus={(event) => event.currentTarget.select()}
              />
            </div>
          );
        })}
      </div>
      <p className="mt-4 text-sm text-slate-700">
        {text.shields} <code className="break-all">{shieldsEndpointUrl(pageUrl, kind, slug)}</code>
      </p>
      <p role="status" aria-live="polite" className="mt-2 text-sm text-slate-800">{status}</p>
    </section>
  );
}
