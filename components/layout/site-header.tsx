import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/server-link";
import { LocaleSwitcher } from "./locale-switcher";
import { endonyms } from "@/lib/i18n/endonyms";
import type { Locale } from "@/lib/i18n/routing";
import { UserMenu } from "@/components/auth/user-menu";
import { PopoverButton } from "@/components/ui/popover-button";

const MENU_ID = "site-menu";

/**
 * One row on a wide screen: the site's name, its sections, "Submit a model" for everyone (the page
 * asks an anonymous visitor to sign in and brings them back), the account menu and the languages.
 * On a narrower one the same links fold into a menu: an HTML popover, so it needs no JavaScript.
 */
export async function SiteHeader() {
  const t = await getTranslations("site");
  const tInsights = await getTranslations("insights.nav");
  const tCatalogue = await getTranslations("catalogue");
  const tLocale = await getTranslations("localeSwitcher");
  const locale = (await getLocale()) as Locale;
  const sections = [
    { href: "/models", label: tCatalogue("nav.models") },
    { href: "/organisations", label: tCatalogue("nav.organisations") },
    { href: "/map", label: tInsights("map") },
    { href: "/languages", label: tInsights("languages") },
    { href: "/insights", label: tInsights("insights") },
    { href: "/methodology", label: t("nav.methodology") },
  ];
  return (
    <header className="border-b border-slate-200 bg-atlas-900 text-white" data-testid="site-header">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="shrink-0 text-xl font-bold tracking-tight">{t("name")}</Link>
        <PopoverButton
          target={MENU_ID}
          icon="M2 4h12M2 8h12M2 12h12"
          className="inline-flex items-center gap-2 rounded border border-white/70 px-3 py-1.5 font-semibold xl:hidden"
          testId="menu-open"
        >
          {t("nav.menu")}
        </PopoverButton>
        <div
          id={MENU_ID}
          popover="auto"
          data-testid="site-menu"
          className="bg-atlas-900 text-white max-xl:inset-x-0 max-xl:top-0 max-xl:bottom-auto max-xl:max-h-dvh max-xl:w-full max-xl:max-w-none max-xl:overflow-y-auto max-xl:p-4 max-xl:shadow-xl xl:static xl:flex xl:h-auto xl:w-auto xl:items-center xl:gap-5 xl:overflow-visible"
        >
          <div className="mb-3 flex items-center justify-between xl:hidden">
            <span className="text-xl font-bold tracking-tight">{t("name")}</span>
            <PopoverButton target={MENU_ID} action="hide" className="rounded border border-white/70 px-3 py-1.5 font-semibold" testId="menu-close">
              <span aria-hidden="true">× </span>
              {t("nav.closeMenu")}
            </PopoverButton>
          </div>
          <nav aria-label={t("mainNavigation")}>
            <ul className="flex flex-col gap-1 xl:flex-row xl:items-center xl:gap-4">
              {sections.map((section) => (
                <li key={section.href}>
                  <Link href={section.href} className="block py-2 hover:underline xl:inline xl:py-0">{section.label}</Link>
                </li>
              ))}
            </ul>
          </nav>
          <div className="mt-3 flex flex-col gap-3 border-t border-white/30 pt-3 xl:mt-0 xl:flex-row xl:items-center xl:gap-4 xl:border-0 xl:pt-0">
            <Link href="/submit/model" className="inline-block self-start rounded bg-white px-3 py-1.5 font-semibold whitespace-nowrap text-atlas-900 hover:bg-atlas-100" data-testid="submit-model">
              {t("nav.submitModel")}
            </Link>
            <UserMenu />
            <LocaleSwitcher names={endonyms()} current={locale} label={tLocale("label")} />
          </div>
        </div>
      </div>
    </header>
  );
}
