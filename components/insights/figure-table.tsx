import type { ReactNode } from "react";

type Frame = {
  testId: string;
  caption?: ReactNode;
  /** the table's width classes */
  width?: string;
  /** the space above it */
  spacing?: string;
};

/** A table that scrolls sideways on a narrow screen: its caption, one header row (`head`), then its bodies. */
export function TableFrame({ testId, caption, width = "w-full", spacing, head, children }: Frame & { head: ReactNode; children: ReactNode }) {
  return (
    <div className={spacing ? `${spacing} overflow-x-auto` : "overflow-x-auto"}>
      <table className={`${width} border-collapse text-sm`} data-testid={testId}>
        {caption && <caption className="mb-2 text-left text-slate-700">{caption}</caption>}
        <thead>
          <tr className="border-b-2 border-slate-300">{head}</tr>
        </thead>
        {children}
      </table>
    </div>
  );
}

export type FigureRow = {
  key: string | number;
  /** what the row is about, its header cell */
  header: ReactNode;
  /** its figures, one a column after the first */
  cells: readonly ReactNode[];
  /** data attributes that name the row, for tests and styles */
  data?: Readonly<Record<`data-${string}`, string>>;
};

/** A table of figures: the first column names each row, the others hold numbers, aligned right. */
export function FigureTable({ columns, rows, ...frame }: Frame & { columns: readonly ReactNode[]; rows: readonly FigureRow[] }) {
  const [first, ...figures] = columns;
  return (
    <TableFrame
      {...frame}
      head={
        <>
          <th scope="col" className="p-2 text-left">{first}</th>
          {figures.map((column, index) => (
            <th key={index} scope="col" className="p-2 text-right">{column}</th>
          ))}
        </>
      }
    >
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} className="border-b border-slate-200" {...row.data}>
            <th scope="row" className="p-2 text-left font-normal">{row.header}</th>
            {row.cells.map((cell, index) => (
              <td key={index} className="p-2 text-right tabular-nums">{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </TableFrame>
  );
}
