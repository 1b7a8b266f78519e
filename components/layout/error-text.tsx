"use client";

import { createContext, useContext, type ReactNode } from "react";

/** The error page's words in the page's language. */
export type ErrorText = { title: string; body: string; retry: string };

const Context = createContext<ErrorText | null>(null);

/**
 * app/[locale]/error.tsx is a client component that gets only the error: the layout gives it its
 * words through this context, already in the page's language, so that public pages send the
 * browser no message catalogue and load no message formatter (issue 17, point 9).
 */
export function ErrorTextProvider({ text, children }: { text: ErrorText; children: ReactNode }) {
  return <Context value={text}>{children}</Context>;
}

export function useErrorText(): ErrorText {
  const text = useContext(Context);
  if (!text) throw new Error("useErrorText() outside the locale layout's ErrorTextProvider");
  return text;
}
