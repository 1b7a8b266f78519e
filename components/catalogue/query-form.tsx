"use client";

import { useEffect, useRef, useTransition, type ReactNode } from "react";
import { useQueryStates } from "nuqs";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import { DEFAULT_SORTS, modelQueryParsers, organisationQueryParsers } from "@/lib/validation/catalogue-url";

const PARSERS = { models: modelQueryParsers, organisations: organisationQueryParsers } as const;
export type QueryFormKind = keyof typeof PARSERS;

// The control that had focus when a change was applied: the form is rebuilt from the server's
// answer (its key is the query), and a keyboard user must stay where they were.
let focusAfterUpdate: string | null = null;
// Enter in a typed field both commits it (change) and submits the form: one update, not two.
let lastApplied = { values: "", at: 0 };

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
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (!focusAfterUpdate) return;
    document.getElementById(focusAfterUpdate)?.focus();
    focusAfterUpdate = null;
  }, []);

  // Every field applies the same way: when its value is committed, which is the DOM's own change
  // event (a tick or a choice at once, typed text on Enter or on leaving the field). React's
  // onChange would fire on every keystroke instead.
  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    const onChange = () => apply(form);
    form.addEventListener("change", onChange);
    return () => form.removeEventListener("change", onChange);
  });

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
    if (values.sort === DEFAULT_SORTS[kind]) values.sort = null;
    const serialised = JSON.stringify(values);
    if (serialised === lastApplied.values && Date.now() - lastApplied.at < 1000) return;
    lastApplied = { values: serialised, at: Date.now() };
    focusAfterUpdate = document.activeElement?.id || null;
    void setQuery(values as Parameters<typeof setQuery>[0]);
  }

  return (
    <form
      {...rest}
      method="get"
      action={action}
      ref={formRef}
      aria-busy={pending}
      onSubmit={(event) => {
        event.preventDefault();
        apply(event.currentTarget);
        // "Show N results" on a phone closes the sheet of filters on the results; Enter in a field does not
        const submitter = (event.nativeEvent as SubmitEvent).submitter;
        const sheet = event.currentTarget.closest<HTMLElement>("[popover]");
        if (submitter?.hasAttribute("data-closes-sheet") && sheet?.matches(":popover-open")) sheet.hidePopover();
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
 * query into the contract's form) and, with it, updates the URL through nuqs as each field is
 * committed (ticks and choices at once, typed values on Enter or on leaving the field); back and
 * forward replay each state.
 */
export function QueryForm(props: Props) {
  return (
    <NuqsAdapter>
      <Form {...props} />
    </NuqsAdapter>
  );
}
