"use client";

import { useErrorText } from "@/components/layout/error-text";

// Shown when a page fails on the server (for example while the database is unreachable).
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const text = useErrorText();
  return (
    <section aria-labelledby="error-title">
      <h1 id="error-title" className="text-3xl font-bold">{text.title}</h1>
      <p className="mt-4">{text.body}</p>
      <button type="button" onClick={reset} className="mt-4 rounded bg-atlas-700 px-4 py-2 text-white">
        {text.retry}
      </button>
    </section>
  );
}
