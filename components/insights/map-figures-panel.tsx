"use client";

import { useState, type ReactNode, type SyntheticEvent } from "react";

// Shows the figures of the country under the pointer or the keyboard focus beside the map. The
// figures are also in each country's name and <title> (so they work without JavaScript) and in
// the table below the map.
export function MapFiguresPanel({ hint, children }: { hint: string; children: ReactNode }) {
  const [summary, setSummary] = useState<string | null>(null);
  const show = (event: SyntheticEvent) => {
    const country = (event.target as Element).closest?.("[data-summary]");
    if (country) setSummary(country.getAttribute("data-summary"));
  };
  return (
    <div onMouseOver={show} onFocus={show}>
      {children}
      <p className="mt-2 min-h-12 rounded border border-slate-300 bg-slate-50 p-2 text-sm text-slate-800" data-testid="map-figures">
        {summary ?? hint}
      </p>
    </div>
  );
}
