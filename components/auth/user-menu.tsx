import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { currentActor } from "@/lib/auth/session";
import { hasRole } from "@/lib/auth/roles";
import { SignOutButton } from "./sign-out-button";

/**
 * The header's account links: sign in, or what the signed-in person can reach. They depend on the
 * role alone, never on who the person is: the production server keeps one copy of each public
 * page per role (lib/server/cached-pages.ts). Who is signed in shows on their own pages.
 */
export async function UserMenu() {
  const t = await getTranslations("auth.menu");
  const actor = await currentActor();
  if (!actor) {
    return <Link href="/signin" className="hover:underline">{t("signIn")}</Link>;
  }
  return (
    <>
      <Link href="/submit/model" className="hover:underline">{t("submit")}</Link>
      <Link href="/account/submissions" className="hover:underline">{t("submissions")}</Link>
      <Link href="/account/tokens" className="hover:underline">{t("tokens")}</Link>
      {hasRole(actor.role, "maintainer") && <Link href="/moderation" className="hover:underline">{t("moderation")}</Link>}
      {hasRole(actor.role, "admin") && <Link href="/admin/users" className="hover:underline">{t("users")}</Link>}
      <span className="sr-only">{t("signedIn")}</span>
      <SignOutButton />
    </>
  );
}
