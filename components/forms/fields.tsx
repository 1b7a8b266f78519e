"use client";
// Labelled inputs with their hint and their error next to them, in the reader's language. Errors
// come from the shared schemas as message keys (`submit.errors.*`).
import type { ChangeEvent, ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { FieldError, FieldErrors } from "@/lib/errors";

export function fieldId(path: string): string {
  return `f-${path.replace(/[^a-zA-Z0-9]+/g, "-")}`;
}

/** The error for a field, or for one of its items ("sources.2"). */
export function errorAt(errors: FieldErrors, path: string): FieldError | undefined {
  return errors[path] ?? Object.entries(errors).find(([key]) => key.startsWith(`${path}.`))?.[1];
}

const INTERNAL = /^\/(models|organisations)\/[a-z0-9-]+$/;

export function ErrorText({ id, error }: { id: string; error?: FieldError }) {
  const t = useTranslations("submit.errors");
  if (!error) return null;
  const key = t.has(error.key) ? error.key : "invalid";
  const values = error.values ?? {};
  const href = typeof values.href === "string" && INTERNAL.test(values.href) ? values.href : null;
  return (
    <p id={id} className="mt-1 text-sm font-medium text-red-800">
      {t(key, values)}
      {href && (
        <>
          {" "}
          <Link href={href} className="underline">{t("duplicateLink", { name: String(values.name ?? "") })}</Link>
        </>
      )}
    </p>
  );
}

type Field = { path: string; label: string; hint?: string; errors: FieldErrors; required?: boolean; value: string; onChange: (value: string) => void };

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** What every control of a field carries: its id and name, value, and the hint and error it is described by. */
type ControlProps = {
  id: string;
  name: string;
  value: string;
  required?: boolean;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
  onChange: (event: ChangeEvent<Control>) => void;
  className: string;
};

/** A field's label, hint and error around its control, wired together by id. */
function FieldShell({ path, label, hint, errors, required, value, onChange, children }: Field & { children: (control: ControlProps) => ReactNode }) {
  const id = fieldId(path);
  const error = errorAt(errors, path);
  const describedBy = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div className="mt-4">
      <label htmlFor={id} className="block font-medium">
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      {hint && <p id={`${id}-hint`} className="text-sm text-slate-600">{hint}</p>}
      {children({
        id,
        name: path,
        value,
        required,
        "aria-describedby": describedBy,
        "aria-invalid": error ? true : undefined,
        onChange: (e) => onChange(e.target.value),
        className: "mt-1 w-full rounded border border-slate-400 px-3 py-2 aria-[invalid=true]:border-red-700",
      })}
      <ErrorText id={`${id}-error`} error={error} />
    </div>
  );
}

export function TextInput({ type = "text", maxLength, inputMode, ...field }: Field & { type?: string; maxLength?: number; inputMode?: "numeric" | "decimal" | "url" }) {
  return <FieldShell {...field}>{(control) => <input {...control} type={type} maxLength={maxLength} inputMode={inputMode} />}</FieldShell>;
}

export function TextArea({ rows = 4, maxLength, ...field }: Field & { rows?: number; maxLength?: number }) {
  return <FieldShell {...field}>{(control) => <textarea {...control} rows={rows} maxLength={maxLength} />}</FieldShell>;
}

export function Select({ options, placeholder, ...field }: Field & { options: { value: string; label: string }[]; placeholder?: string }) {
  return (
    <FieldShell {...field}>
      {(control) => (
        <select {...control}>
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>{o.label}</option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
