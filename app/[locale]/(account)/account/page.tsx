import { setRequestLocale } from "next-intl/server";
import { redirect } from "@/lib/i18n/paths";
import { userForPage } from "@/lib/auth/pages";
import { hasRole } from "@/lib/auth/roles";

// Where signing in leads when no page asked for it: maintainers and admins to the queue they
// review, everyone else to their own submissions.
export default async function AccountHome({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await userForPage();
  redirect({ href: hasRole(actor.role, "maintainer") ? "/moderation" : "/account/submissions", locale });
}
