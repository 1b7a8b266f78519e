"use client";

import { useEffect, useTransition, type ReactNode } from "react";
import { useQueryStates } from "nuqs";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import { modelQueryParsers, organisationQueryParsers } from "@/lib/validation/catalogue-url";

const PARSERS = { models: modelQueryParsers, organisations: organisationQueryParsers } as const;
export type QueryFormKind = keyof typeof PARSERS;

// The control that had focus when a change was applied: the form is rebuilt from the server's
// answer (its key is the query), and a keyboard user must stay where they were.
let focusAfterUpdate: string | null = null;

type Props = {
  kind: QueryFormKind;
  action: string;
  id?: string;
  className?: string;
  "aria-labelledby"?: string;
  updatingLabel: string;
  children: ReactNode;
};

function Form({ kind, action, updatingLabel, children, ...rest }: Props) {
  const parsers = PARSERS[kind];
  const [pending, startTransition] = useTransition();
  const [, setQuery] = useQueryStates(parsers, { shallow: false, history: "push", scroll: false, startTransition });

  useEffect(() => {
    if (!focusAfterUpdate) return;
    document.getElementById(focusAfterUpdate)?.focus();
    focusAfterUpdate = null;
  }, []);

  // The form's fields, read the way the server reads the URL; page goes back to 1.
  function apply(form: HTMLFormElement) {
    const data = new FormData(form);
    const values: Record<string, unknown> = {};
    for (const [key, parser] of Object.entries(parsers)) {
      const raw = data
        .getAll(key)
        .flatMap((value) => (key === "q" ? [String(value)] : String(value).split(",")))
        .map((value) => value.trim())
        .filter(Boolean);
      values[key] = raw.length ? parser.parse(raw.join(",")) : null;
    }
    // the default order is left out of the URL, as the server's links leave it out
    if (values.sort === "score") values.sort = null;
    focusAfterUpdate = document.activeElement?.id || null;
    void setQuery(values as Parameters<typeof setQuery>[0]);
  }

  return (
    <form
      {...rest}
      method="get"
      action={action}
      aria-busy={pending}
      onSubmit={(event) => {
        event.preventDefault();
        apply(event.currentTarget);
      }}
      onChange={(event) => {
        // Ticks and choices apply at once; typed text waits for Enter or the Apply button.
        const target = event.target;
        const toggled = target instanceof HTMLInputElement && (target.type === "checkbox" || target.type === "radio");
        if (toggled || target instanceof HTMLSelectElement) apply(event.currentTarget);
      }}
    >
      {children}
      <p role="status" className="sr-only">
        {pending ? updatingLabel : ""}
      </p>
    </form>
  );
}

/**
 * A GET form that works without JavaScript (the browser submits it and the server folds the
 * query into the contract's form) and, with it, updates the URL through nuqs: ticks apply at once,
 * back and forward replay each state.
 */
export function QueryForm(props: Props) {
  return (
    <NuqsAdapter>
      <Form {...props} />
    </NuqsAdapter>
  );
}
