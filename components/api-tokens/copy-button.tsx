"use client";
// Copies a text to the clipboard; shown only once JavaScript runs (without it, the text can still be selected).
import { useState, useSyncExternalStore } from "react";

const subscribe = () => () => {};

export function CopyButton({ text, label, done }: { text: string; label: string; done: string }) {
  const hydrated = useSyncExternalStore(subscribe, () => true, () => false);
  const [copied, setCopied] = useState(false);
  if (!hydrated) return null;
  return (
    <>
      <button
        type="button"
        onClick={() => void navigator.clipboard?.writeText(text).then(() => setCopied(true), () => setCopied(false))}
        className="rounded border border-atlas-700 px-3 py-2 text-atlas-700"
      >
        {label}
      </button>
      <span role="status" className="text-sm">{copied ? done : ""}</span>
    </>
  );
}
