"use client";

import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "@/lib/i18n/navigation";
import { authPost } from "@/lib/auth/client";
import { Honeypot } from "@/components/forms/honeypot";

export type SignInProvider = { id: string; name: string };

export function SignInForm({ callbackUrl, email: emailEnabled, providers }: { callbackUrl: string; email: boolean; providers: SignInProvider[] }) {
  const t = useTranslations("auth");
  const router = useRouter();
  const [email, setEmail] = useState("");
  const [website, setWebsite] = useState("");
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSending(true);
    setError(null);
    try {
      const result = await authPost("signin/email", { email, website, callbackUrl });
      if (result.ok) {
        router.push(`/signin/check-email?email=${encodeURIComponent(email.trim())}`);
        return;
      }
      if (result.status === 429) setError(t("errors.rateLimited", { minutes: Math.max(1, Math.ceil((result.retryAfter ?? 60) / 60)) }));
      else if (result.status === 422) setError(t("errors.invalidEmail"));
      else setError(errorText(result.error));
    } catch {
      setError(t("errors.default"));
    }
    setSending(false);
  }

  function errorText(code: string | undefined): string {
    switch (code) {
      case "EmailSignin":
      case "AccessDenied":
      case "Configuration":
      case "Verification":
        return t(`errors.${code}`);
      default:
        return t("errors.default");
    }
  }

  async function withProvider(id: string) {
    const result = await authPost(`signin/${id}`, { callbackUrl });
    if (result.ok) window.location.assign(result.url);
    else setError(errorText(result.error));
  }

  return (
    <div className="space-y-6">
      {emailEnabled ? (
        <form onSubmit={onSubmit} className="relative max-w-md space-y-3" noValidate>
          <div>
            <label htmlFor="signin-email" className="block font-medium">{t("signIn.email")}</label>
            <input
              id="signin-email"
              name="email"
              type="email"
              required
              autoComplete="email"
              maxLength={254}
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              aria-describedby="signin-email-hint"
              aria-invalid={error ? true : undefined}
              className="mt-1 w-full rounded border border-slate-400 px-3 py-2"
            />
            <p id="signin-email-hint" className="mt-1 text-sm text-slate-600">{t("signIn.emailHint")}</p>
          </div>
          <Honeypot name="website" label={t("signIn.honeypot")} value={website} onChange={setWebsite} />
          <button type="submit" disabled={sending} className="rounded bg-atlas-700 px-4 py-2 font-semibold text-white disabled:opacity-60">
            {sending ? t("signIn.sending") : t("signIn.submit")}
          </button>
        </form>
      ) : (
        <p>{t("signIn.emailUnavailable")}</p>
      )}
      <p role="alert" aria-live="assertive" className="font-medium text-red-800">{error}</p>
      {providers.length > 0 && (
        <div>
          <p className="mb-2 font-medium">{t("signIn.or")}</p>
          <ul className="flex flex-wrap gap-3">
            {providers.map((provider) => (
              <li key={provider.id}>
                <button type="button" onClick={() => void withProvider(provider.id)} className="rounded border border-atlas-700 px-4 py-2 text-atlas-700">
                  {t("signIn.with", { provider: provider.name })}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
