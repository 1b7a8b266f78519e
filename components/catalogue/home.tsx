import { getLocale, getTranslations } from "next-intl/server";
import { getPathname } from "@/lib/i18n/paths";
import { Link } from "@/lib/i18n/server-link";
import type { CatalogueFigures } from "@/lib/catalogue/models";
import { modelsQueryString } from "@/lib/validation/catalogue-url";

/** A plain GET form to /models: search from the home page, with or without JavaScript. */
export async function HomeSearch() {
  const t = await getTranslations("catalogue.home");
  const locale = await getLocale();
  return (
    <form method="get" action={getPathname({ href: "/models", locale })} role="search" className="mt-6 flex max-w-2xl flex-wrap gap-2">
      <label htmlFor="home-q" className="sr-only">{t("searchLabel")}</label>
      <input
        id="home-q"
        name="q"
        type="search"
        maxLength={200}
        placeholder={t("searchPlaceholder")}
        className="min-w-0 flex-1 rounded border border-slate-400 px-3 py-2 text-lg"
      />
      <button type="submit" className="rounded bg-atlas-700 px-5 py-2 text-lg font-semibold text-white hover:bg-atlas-900">
        {t("searchButton")}
      </button>
    </form>
  );
}

export async function HomeFigures({ figures }: { figures: CatalogueFigures }) {
  const t = await getTranslations("catalogue.home");
  const locale = await getLocale();
  const numbers = new Intl.NumberFormat(locale);
  const items = [
    { key: "models", count: figures.models, href: "/models" },
    { key: "organisations", count: figures.organisations, href: "/organisations" },
    { key: "countries", count: figures.countries, href: "/organisations" },
    { key: "trulyOpen", count: figures.trulyOpen, href: `/models${modelsQueryString({ grade: ["A"] })}` },
  ] as const;
  return (
    <section aria-labelledby="figures-title">
      <h2 id="figures-title" className="sr-only">{t("figuresTitle")}</h2>
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4" data-testid="figures">
        {items.map((item) => (
          <li key={item.key}>
            <Link href={item.href} className="block h-full rounded border border-slate-200 bg-atlas-100 p-4 hover:border-atlas-700">
              <span className="block text-3xl font-bold tabular-nums text-atlas-900" data-testid={`figure-${item.key}`}>
                {numbers.format(item.count)}
              </span>
              <span className="text-slate-800">{t(`figures.${item.key}`, { count: item.count })}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

export async function HomeShortcuts() {
  const t = await getTranslations("catalogue.home");
  const shortcuts = [
    { key: "trulyOpen", query: { grade: ["A"] } },
    { key: "french", query: { lang: ["fr"] } },
    { key: "smes", query: { sme: true } },
    { key: "small", query: { paramsMax: 10 } },
  ] as const;
  return (
    <nav aria-labelledby="shortcuts-title" className="mt-6">
      <h2 id="shortcuts-title" className="text-lg font-semibold">{t("shortcutsTitle")}</h2>
      <ul className="mt-2 flex flex-wrap gap-2">
        {shortcuts.map((shortcut) => (
          <li key={shortcut.key}>
            <Link href={`/models${modelsQueryString(shortcut.query)}`} className="inline-block rounded-full border border-atlas-700 px-3 py-1 text-atlas-700 hover:bg-atlas-100">
              {t(`shortcuts.${shortcut.key}`)}
            </Link>
          </li>
        ))}
        <li>
          <Link href="/organisations" className="inline-block rounded-full border border-atlas-700 px-3 py-1 text-atlas-700 hover:bg-atlas-100">
            {t("browseOrganisations")}
          </Link>
        </li>
        <li>
          <Link href="/open-data" className="inline-block rounded-full border border-atlas-700 px-3 py-1 text-atlas-700 hover:bg-atlas-100">
            {t("openData")}
          </Link>
        </li>
      </ul>
    </nav>
  );
}
