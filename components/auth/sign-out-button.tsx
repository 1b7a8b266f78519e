"use client";

import { useTranslations } from "next-intl";
import { authPost } from "@/lib/auth/client";

export function SignOutButton({ className = "hover:underline" }: { className?: string }) {
  const t = useTranslations("auth.menu");
  async function signOut() {
    await authPost("signout", { callbackUrl: "/" });
    window.location.href = window.location.pathname.startsWith("/fr") ? "/fr" : "/";
  }
  return (
    <button type="button" onClick={() => void signOut()} className={className}>
      {t("signOut")}
    </button>
  );
}
