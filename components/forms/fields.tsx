"use client";
// Labelled inputs with their hint and their error next to them, in the reader's language. Errors
// come from the shared schemas as message keys (`submit.errors.*`).
import type { ReactNode } from "react";
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

type Common = { path: string; label: string; hint?: string; errors: FieldErrors; required?: boolean };

function Described({ path, label, hint, errors, required, children }: Common & { children: (props: { id: string; describedBy?: string; invalid: boolean }) => ReactNode }) {
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
      {children({ id, describedBy, invalid: Boolean(error) })}
      <ErrorText id={`${id}-error`} error={error} />
    </div>
  );
}

const inputClass = "mt-1 w-full rounded border border-slate-400 px-3 py-2 aria-[invalid=true]:border-red-700";

export function TextInput(props: Common & { value: string; onChange: (value: string) => void; type?: string; maxLength?: number; inputMode?: "numeric" | "decimal" | "url" }) {
  const { value, onChange, type = "text", maxLength, inputMode, ...common } = props;
  return (
    <Described {...common}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          name={common.path}
          type={type}
          value={value}
          maxLength={maxLength}
          inputMode={inputMode}
          required={common.required}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onChange={(e) => onChange(e.target.value)}
          className={inputClass}
        />
      )}
    </Described>
  );
}

export function TextArea(props: Common & { value: string; onChange: (value: string) => void; rows?: number; maxLength?: number }) {
  const { value, onChange, rows = 4, maxLength, ...common } = props;
  return (
    <Described {...common}>
      {({ id, describedBy, invalid }) => (
        <textarea
          id={id}
          name={common.path}
          value={value}
          rows={rows}
          maxLength={maxLength}
          required={common.required}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onChange={(e) => onChange(e.target.value)}
          className={inputClass}
        />
      )}
    </Described>
  );
}

export function Select(props: Common & { value: string; onChange: (value: string) => void; options: { value: string; label: string }[]; placeholder?: string }) {
  const { value, onChange, options, placeholder, ...common } = props;
  return (
    <Described {...common}>
      {({ id, describedBy, invalid }) => (
        <select
          id={id}
          name={common.path}
          value={value}
          required={common.required}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onChange={(e) => onChange(e.target.value)}
          className={inputClass}
        >
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>{o.label}</option>
          ))}
        </select>
      )}
    </Described>
  );
}
