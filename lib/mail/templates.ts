// The e-mails the site sends, in the reader's language, from the message catalogue (namespace
// `mail`). Text and HTML carry the same words; every value is escaped in the HTML.
import { createTranslator } from "use-intl/core";
import { messagesFor } from "../i18n/messages";
import { type Locale, isLocale } from "../i18n/routing";
import type { Mail } from "./mailer";

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

function translator(locale: Locale) {
  return createTranslator({ locale, messages: messagesFor(locale), namespace: "mail" });
}

function layout(paragraphs: string[], link: { url: string; label: string }): string {
  const body = paragraphs.map((p) => `<p>${escapeHtml(p).replace(/\n/g, "<br>")}</p>`).join("\n");
  return `<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#0f172a">
${body}
<p><a href="${escapeHtml(link.url)}" style="display:inline-block;padding:10px 16px;background:#12507f;color:#ffffff;text-decoration:none;border-radius:4px">${escapeHtml(link.label)}</a></p>
<p style="color:#475569;font-size:13px">${escapeHtml(link.url)}</p>
</body></html>`;
}

/** The locale of a sign-in link's callbackUrl (`/fr/...` is French), else English. */
export function localeOfSignInUrl(url: string): Locale {
  try {
    const callback = new URL(url).searchParams.get("callbackUrl") ?? "";
    const first = new URL(callback, "http://x").pathname.split("/")[1] ?? "";
    return isLocale(first) ? first : "en";
  } catch {
    return "en";
  }
}

export function signInMail(to: string, url: string, host: string, locale: Locale): Mail {
  const t = translator(locale);
  const lines = [t("signIn.greeting"), t("signIn.body", { host }), t("signIn.expiry"), t("signIn.ignore")];
  return {
    to,
    subject: t("signIn.subject", { host }),
    text: `${lines.join("\n\n")}\n\n${url}\n`,
    html: layout(lines, { url, label: t("signIn.button") }),
  };
}

export type DecisionKind = "approved" | "rejected" | "changes_requested";

export function decisionMail(
  to: string,
  locale: Locale,
  decision: DecisionKind,
  entry: string,
  note: string | null,
  url: string,
): Mail {
  const t = translator(locale);
  const lines = [t(`decision.${decision}.body`, { entry }), ...(note ? [t("decision.note", { note })] : [])];
  return {
    to,
    subject: t(`decision.${decision}.subject`, { entry }),
    text: `${lines.join("\n\n")}\n\n${url}\n`,
    html: layout(lines, { url, label: t("decision.button") }),
  };
}
