"use client";

import { authPost } from "@/lib/auth/client";

/** `label` in the page's language and `home`, the home page in it (where a signed-out reader lands), come from the server. */
export function SignOutButton({ label, home, className = "hover:underline" }: { label: string; home: string; className?: string }) {
  async function signOut() {
    await authPost("signout", { callbackUrl: home });
    window.location.href = home;
  }
  return (
    <button type="button" onClick={() => void signOut()} className={className}>
      {label}
    </button>
  );
}
