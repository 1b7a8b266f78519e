"use client";
// "Start from a Hugging Face model": a model's id or the address of its page, sent to the pre-fill
// API; the facts it answers fill the form where it is empty (lib/submissions/prefill-state.ts), and
// what it could not settle is listed for the contributor, with the pages to look at. It never
// answers a criterion.
import { useState, type KeyboardEvent } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { Prefill, PrefillPayload, ToDecide } from "@/lib/huggingface/prefill";
import { HUB_ID_MAX_LENGTH, parseHubModelId } from "@/lib/huggingface/repo-id";
import { isHttpUrl } from "@/lib/validation/fields";

type Status =
  | { kind: "idle" }
  | { kind: "loading" }
  | { kind: "error"; message: string }
  | { kind: "done"; id: string; filled: string[]; toDecide: ToDecide[]; existing: Prefill["existing"] };

const FIELD_ID = "f-hub-prefill";

export function HubPrefill({ onPrefill, target }: { onPrefill: (payload: PrefillPayload) => string[]; target?: string }) {
  const t = useTranslations("submit.prefill");
  const locale = useLocale();
  const [input, setInput] = useState("");
  const [status, setStatus] = useState<Status>({ kind: "idle" });

  async function run() {
    const id = parseHubModelId(input);
    if (!id) return setStatus({ kind: "error", message: t("errors.invalid") });
    setStatus({ kind: "loading" });
    try {
      const response = await fetch(`/api/v1/prefill/huggingface?id=${encodeURIComponent(id)}`, { headers: { accept: "application/json" } });
      const body = (await response.json().catch(() => null)) as (Prefill & { error?: { code?: string } }) | null;
      if (!response.ok || !body || body.error) {
        const code = body?.error?.code ?? "";
        const key = code === "INVALID_PARAMETER" ? "invalid" : t.has(`errors.${code}`) ? code : "UNEXPECTED";
        return setStatus({ kind: "error", message: t(`errors.${key}` as "errors.UNEXPECTED") });
      }
      const filled = onPrefill(body.payload);
      // on the edit form of this very entry, "it is already in the catalogue" says nothing
      const toDecide = body.toDecide.filter((item) => !(item.key === "existing" && item.values?.slug === target));
      setStatus({ kind: "done", id: body.id, filled, toDecide, existing: body.existing });
    } catch {
      setStatus({ kind: "error", message: t("errors.UNEXPECTED") });
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    // Enter asks the Hub; it must not send the whole submission
    if (event.key !== "Enter") return;
    event.preventDefault();
    void run();
  }

  const list = new Intl.ListFormat(locale, { type: "conjunction" });
  const error = status.kind === "error" ? status.message : null;
  return (
    <section aria-labelledby="prefill-title" className="rounded border border-atlas-700/30 bg-slate-50 p-4" data-testid="hub-prefill">
      <h2 id="prefill-title" className="text-xl font-semibold">{t("legend")}</h2>
      <p className="mt-1 max-w-2xl text-slate-700">{t("intro")}</p>
      <label htmlFor={FIELD_ID} className="mt-3 block font-medium">{t("field")}</label>
      <p id={`${FIELD_ID}-hint`} className="text-sm text-slate-600">{t("hint")}</p>
      <div className="mt-1 flex flex-wrap gap-2">
        <input
          id={FIELD_ID}
          type="text"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          maxLength={HUB_ID_MAX_LENGTH}
          value={input}
          onChange={(e) => setInput(e.target.value)}
          onKeyDown={onKeyDown}
          aria-describedby={`${FIELD_ID}-hint${error ? ` ${FIELD_ID}-error` : ""}`}
          aria-invalid={error ? true : undefined}
          className="min-w-0 flex-1 rounded border border-slate-400 px-3 py-2 aria-[invalid=true]:border-red-700"
        />
        <button type="button" onClick={() => void run()} disabled={status.kind === "loading"} className="rounded bg-atlas-700 px-4 py-2 font-semibold text-white disabled:opacity-60">
          {t("button")}
        </button>
      </div>
      {error && <p id={`${FIELD_ID}-error`} role="alert" className="mt-2 text-sm font-medium text-red-800" data-testid="prefill-error">{error}</p>}
      <p role="status" className="mt-2 text-sm" data-testid="prefill-status">
        {status.kind === "loading" && t("loading")}
        {status.kind === "done" &&
          (status.filled.length
            ? t("done", { id: status.id, fields: list.format(status.filled.map((field) => t(`filledFields.${field}` as "filledFields.name"))) })
            : t("doneNothing", { id: status.id }))}
      </p>
      {status.kind === "done" && status.toDecide.length > 0 && (
        <div className="mt-3" data-testid="prefill-to-decide">
          <h3 className="font-semibold">{t("toDecideTitle")}</h3>
          <ul className="mt-1 list-disc space-y-1 pl-6">
            {status.toDecide.map((item) => (
              <li key={`${item.key} ${item.field}`} data-key={item.key}>
                {t(`toDecide.${item.key}` as "toDecide.description", item.values ?? {})}
                {item.key === "existing" && status.existing && (
                  <>
                    {" "}
                    <Link href={`/submit/edit/model/${status.existing.slug}`} className="text-atlas-700 underline">{t("openExisting", { name: status.existing.name })}</Link>
                  </>
                )}
                {item.links && item.links.length > 0 && (
                  <ul className="mt-1 list-[circle] pl-6">
                    {item.links.filter(isHttpUrl).map((link) => (
                      <li key={link}>
                        <a href={link} className="break-all text-atlas-700 underline" rel="nofollow noopener noreferrer" target="_blank">{link}</a>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
