"use client";

import { useTranslations } from "next-intl";

// Shown when a page fails on the server (for example while the database is unreachable).
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("error");
  return (
    <section aria-labelledby="error-title">
      <h1 id="error-title" className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-4">{t("body")}</p>
      <button type="button" onClick={reset} className="mt-4 rounded bg-atlas-700 px-4 py-2 text-white">
        {t("retry")}
      </button>
    </section>
  );
}
