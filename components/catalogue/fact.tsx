import type { ReactNode } from "react";

/** One fact of a model's or an organisation's page: its name and its value, in the page's description list. */
export function Fact({ label, testId, children }: { label: ReactNode; testId?: string; children: ReactNode }) {
  return (
    <div className="py-2">
      <dt className="font-medium">{label}</dt>
      <dd data-testid={testId}>{children}</dd>
    </div>
  );
}
