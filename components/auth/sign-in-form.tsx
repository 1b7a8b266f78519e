"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { authPost } from "@/lib/auth/client";
import { Honeypot } from "@/components/forms/honeypot";

export type SignInProvider = { id: string; name: string };

/** The form's words, in the page's language, from the server (sign-in-text.ts). */
export type SignInText = {
  locale: string;
  /** "check your e-mail", in the page's language */
  checkEmailPath: string;
  email: string;
  emailHint: string;
  submit: string;
  sending: string;
  or: string;
  /** "Sign in with …" per provider id */
  with: Record<string, string>;
  emailUnavailable: string;
  honeypot: string;
  errors: Record<"invalidEmail" | "default" | "EmailSignin" | "AccessDenied" | "Configuration" | "Verification", string>;
  /** the ICU message, with {minutes} */
  rateLimited: string;
};

/** "Try again in N minutes": the only message the browser formats, with a formatter it loads then. */
async function rateLimitedText(text: SignInText, minutes: number): Promise<string> {
  const { createTranslator } = await import("use-intl/core");
  return createTranslator({ locale: text.locale, messages: { rateLimited: text.rateLimited } })("rateLimited", { minutes });
}

export function SignInForm({ callbackUrl, email: emailEnabled, providers, text }: { callbackUrl: string; email: boolean; providers: SignInProvider[]; text: SignInText }) {
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
        router.push(`${text.checkEmailPath}?email=${encodeURIComponent(email.trim())}`);
        return;
      }
      if (result.status === 429) setError(await rateLimitedText(text, Math.max(1, Math.ceil((result.retryAfter ?? 60) / 60))));
      else if (result.invalidFields?.includes("email")) setError(text.errors.invalidEmail);
      else setError(errorText(result.error));
    } catch {
      setError(text.errors.default);
    }
    setSending(false);
  }

  function errorText(code: string | undefined): string {
    switch (code) {
      case "EmailSignin":
      case "AccessDenied":
      case "Configuration":
      case "Verification":
        return text.errors[code];
      default:
        return text.errors.default;
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
            <label htmlFor="signin-email" className="block font-medium">{text.email}</label>
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
            <p id="signin-email-hint" className="mt-1 text-sm text-slate-600">{text.emailHint}</p>
          </div>
          <Honeypot name="website" label={text.honeypot} value={website} onChange={setWebsite} />
          <button type="submit" disabled={sending} className="rounded bg-atlas-700 px-4 py-2 font-semibold text-white disabled:opacity-60">
            {sending ? text.sending : text.submit}
          </button>
        </form>
      ) : (
        <p>{text.emailUnavailable}</p>
      )}
      <p role="alert" aria-live="assertive" className="font-medium text-red-800">{error}</p>
      {providers.length > 0 && (
        <div>
          <p className="mb-2 font-medium">{text.or}</p>
          <ul className="flex flex-wrap gap-3">
            {providers.map((provider) => (
              <li key={provider.id}>
                <button type="button" onClick={() => void withProvider(provider.id)} className="rounded border border-atlas-700 px-4 py-2 text-atlas-700">
                  {text.with[provider.id]}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
