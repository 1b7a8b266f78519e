import { getLocale, getTranslations } from "next-intl/server";
import { getPathname } from "@/lib/i18n/paths";
import { Link } from "@/lib/i18n/server-link";
import { currentActor } from "@/lib/auth/session";
import { hasRole } from "@/lib/auth/roles";
import { SignOutButton } from "./sign-out-button";

/**
 * The header's account links: sign in, or what the signed-in person can reach, folded under "Your
 * account" so that the header keeps one row. They depend on the role alone, never on who the
 * person is: the production server keeps one copy of each public page per role
 * (lib/server/cached-pages.ts). Who is signed in shows on their own pages.
 */
export async function UserMenu() {
  const t = await getTranslations("auth.menu");
  const actor = await currentActor();
  if (!actor) {
    return <Link href="/signin" className="whitespace-nowrap hover:underline">{t("signIn")}</Link>;
  }
  const item = "block px-3 py-2 hover:underline xl:hover:bg-atlas-100 xl:hover:no-underline";
  return (
    <details className="group relative" data-testid="account-menu">
      <summary className="flex cursor-pointer list-none items-center gap-1.5 whitespace-nowrap py-1 hover:underline [&::-webkit-details-marker]:hidden">
        {t("account")}
        <span className="sr-only"> · {t("signedIn")}</span>
        <svg viewBox="0 0 12 12" aria-hidden="true" className="h-3 w-3 transition-transform group-open:rotate-180">
          <path d="M2 4l4 4 4-4" stroke="currentColor" strokeWidth="1.6" fill="none" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      </summary>
      <ul className="mt-1 border-l border-white/40 pl-2 xl:absolute xl:right-0 xl:z-40 xl:mt-2 xl:w-56 xl:rounded xl:border xl:border-slate-300 xl:bg-white xl:py-1 xl:pl-0 xl:text-slate-900 xl:shadow-lg">
        <li><Link href="/account/submissions" className={item}>{t("submissions")}</Link></li>
        <li><Link href="/account/tokens" className={item}>{t("tokens")}</Link></li>
        {hasRole(actor.role, "maintainer") && <li><Link href="/moderation" className={item}>{t("moderation")}</Link></li>}
        {hasRole(actor.role, "admin") && <li><Link href="/admin/users" className={item}>{t("users")}</Link></li>}
        <li className="xl:border-t xl:border-slate-200"><SignOutButton label={t("signOut")} home={getPathname({ href: "/", locale: await getLocale() })} className={`${item} w-full text-left`} /></li>
      </ul>
    </details>
  );
}
