import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/server-link";

/** Numbered pages around the current one, first and last always shown; plain links. */
export async function Pagination({ page, pageCount, href }: { page: number; pageCount: number; href: (page: number) => string }) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("catalogue.pagination");
  const pages = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pageCount])]
    .filter((p) => p >= 1 && p <= pageCount)
    .sort((a, b) => a - b);
  const link = "inline-block min-w-9 rounded border border-slate-300 px-3 py-1.5 text-center hover:bg-atlas-100";
  return (
    <nav aria-label={t("label")} className="mt-6">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 && (
          <li>
            <Link href={href(page - 1)} rel="prev" className={link}>
              <span aria-hidden="true">← </span>{t("previous")}
            </Link>
          </li>
        )}
        {pages.map((p, index) => (
          <li key={p} className="flex items-center gap-2">
            {index > 0 && p - pages[index - 1]! > 1 && <span aria-hidden="true">…</span>}
            {p === page ? (
              <span aria-current="page" aria-label={t("current", { page: p })} className={`${link} border-atlas-700 bg-atlas-700 font-semibold text-white`}>
                {p}
              </span>
            ) : (
              <Link href={href(p)} aria-label={t("page", { page: p })} className={link}>
                {p}
              </Link>
            )}
          </li>
        ))}
        {page < pageCount && (
          <li>
            <Link href={href(page + 1)} rel="next" className={link}>
              {t("next")}<span aria-hidden="true"> →</span>
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
