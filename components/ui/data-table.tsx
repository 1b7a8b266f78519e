import type { ReactNode } from "react";

/**
 * A table of records (tokens, audit entries, users, assessment history): it scrolls sideways on a
 * narrow screen, its columns get scoped headers, and a caption names it for screen readers.
 * The rows are the caller's `<tr>`s.
 */
export function DataTable({ testId, caption, columns, children }: { testId?: string; caption?: ReactNode; columns: readonly ReactNode[]; children: ReactNode }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm" data-testid={testId}>
        {caption && <caption className="sr-only">{caption}</caption>}
        <thead>
          <tr className="border-b border-slate-400">
            {columns.map((column, index) => (
              <th key={index} scope="col" className="py-2 pr-3">{column}</th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
