// The site's language a client prefers (Accept-Language, RFC 9110 §12.5.4), for what the API
// writes to people on its behalf: the e-mails about a submission's review. English by default.
import { routing, type Locale, isLocale } from "../i18n/routing";

export function preferredLocale(acceptLanguage: string | null): Locale {
  const ranked = (acceptLanguage ?? "")
    .slice(0, 500)
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().toLowerCase().split(";");
      const q = params.map((p) => /^\s*q\s*=\s*([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { lang: tag.trim().split("-")[0], q: q === undefined ? 1 : Number(q), index };
    })
    .flatMap((entry) => (isLocale(entry.lang) && entry.q > 0 ? [{ ...entry, lang: entry.lang }] : []))
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked[0]?.lang ?? routing.defaultLocale;
}
