import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { PopoverButton } from "@/components/ui/popover-button";

const DRAWER_ID = "filter-drawer";

/**
 * The filters: beside the results on a wide screen, in a sheet over them on a phone, so that the
 * results come first. The sheet is an HTML popover, opened by OpenFiltersButton and closed by its
 * close button, Escape, or its "Show N results" button (which submits the form `formId`): it needs
 * no JavaScript. It is not rebuilt when the query changes, so it stays open while ticks apply.
 */
export async function FilterDrawer({ titleId, formId, showLabel, children }: { titleId: string; formId: string; showLabel: string; children: ReactNode }) {
  const t = await getTranslations("catalogue.filters");
  return (
    <div
      id={DRAWER_ID}
      popover="auto"
      aria-labelledby={titleId}
      data-testid="filter-drawer"
      className="max-md:open:flex max-md:open:flex-col max-md:h-dvh max-md:max-h-none max-md:w-full max-md:max-w-none max-md:overflow-y-auto max-md:bg-white max-md:px-4 max-md:pb-0 md:static md:block md:h-auto md:w-auto md:overflow-visible md:bg-transparent"
    >
      <div className="sticky top-0 z-10 -mx-4 flex items-center justify-between border-b border-slate-200 bg-white px-4 py-3 md:static md:m-0 md:block md:border-0 md:p-0">
        <h2 id={titleId} className="text-lg font-semibold text-atlas-900 md:sr-only">{t("title")}</h2>
        <PopoverButton
          target={DRAWER_ID}
          action="hide"
          className="rounded border border-slate-400 px-3 py-1 text-sm font-semibold text-atlas-900 hover:bg-slate-100 md:hidden"
          testId="filters-close"
        >
          <span aria-hidden="true">× </span>
          {t("close")}
        </PopoverButton>
      </div>
      {children}
      <div className="sticky bottom-0 -mx-4 mt-auto border-t border-slate-200 bg-white px-4 py-3 md:hidden">
        <button type="submit" form={formId} className="w-full rounded bg-atlas-700 px-4 py-2.5 font-semibold text-white hover:bg-atlas-900" data-testid="filters-show" data-closes-sheet>
          {showLabel}
        </button>
      </div>
    </div>
  );
}

/** Opens the filter sheet on a narrow screen (hidden on a wide one, where the filters are in view). */
export async function OpenFiltersButton({ active }: { active: number }) {
  const t = await getTranslations("catalogue.filters");
  return (
    <PopoverButton
      target={DRAWER_ID}
      icon="M1.5 3h13M4 8h8M6.5 13h3"
      className="inline-flex items-center gap-2 rounded border border-atlas-700 bg-white px-3 py-1.5 text-sm font-semibold text-atlas-700 hover:bg-atlas-100 md:hidden"
      testId="filters-open"
    >
      {t("open", { count: active })}
    </PopoverButton>
  );
}
