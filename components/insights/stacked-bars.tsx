import type { ReactNode } from "react";

// A horizontal stacked bar chart drawn on the server. It is a picture of a table that the page
// always gives beside it, so it is one image with a text summary for assistive technologies.

export type BarSegment = { key: string; value: number; colour: string; textColour: string };
export type Bar = { label: string; segments: BarSegment[] };

const WIDTH = 640;
const LABEL_WIDTH = 170;
const ROW = 30;
const GAP = 8;
const LINE = 15;
/** characters of a 13 px label that fit its 162 px, at a wide sans serif's average width */
const LINE_CHARACTERS = 21;

/**
 * A label in lines that fit beside the bars, broken between words: a long one ("Méthodes
 * d'entraînement ouvertes") would otherwise run past the picture's left edge and lose its start,
 * and two labels that differ only there would read the same.
 */
export function labelLines(label: string, width = LINE_CHARACTERS): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length ? lines : [""];
}

export function StackedBars({ bars, summary, testId }: { bars: readonly Bar[]; summary: string; testId?: string }) {
  const max = Math.max(1, ...bars.map((bar) => bar.segments.reduce((sum, segment) => sum + segment.value, 0)));
  const scale = (WIDTH - LABEL_WIDTH - 10) / max;
  const rows = bars.map((bar) => ({ bar, lines: labelLines(bar.label) }));
  const heights = rows.map(({ lines }) => Math.max(ROW, lines.length * LINE + 4));
  const tops = heights.map((_, row) => heights.slice(0, row).reduce((sum, rowHeight) => sum + rowHeight + GAP, 0));
  const height = heights.reduce((sum, rowHeight) => sum + rowHeight + GAP, 0);
  return (
    <svg viewBox={`0 0 ${WIDTH} ${height}`} className="h-auto w-full max-w-3xl" role="img" aria-label={summary} data-testid={testId}>
      {rows.map(({ bar, lines }, row) => {
        const rowHeight = heights[row]!;
        const y = tops[row]! + (rowHeight - ROW) / 2;
        const middle = tops[row]! + rowHeight / 2;
        let x = LABEL_WIDTH;
        return (
          <g key={bar.label}>
            <text x={LABEL_WIDTH - 8} y={middle - ((lines.length - 1) * LINE) / 2} textAnchor="end" dominantBaseline="central" fontSize={13} fill="#1e293b" data-label={bar.label}>
              {lines.map((line, index) => (
                <tspan key={index} x={LABEL_WIDTH - 8} dy={index === 0 ? 0 : LINE}>
                  {line}
                </tspan>
              ))}
            </text>
            {bar.segments.map((segment) => {
              const width = segment.value * scale;
              const start = x;
              x += width;
              if (segment.value === 0) return null;
              return (
                <g key={segment.key}>
                  <rect x={start} y={y} width={width} height={ROW} fill={segment.colour} stroke="#ffffff" strokeWidth={1} />
                  {width >= 18 && (
                    <text x={start + width / 2} y={middle} textAnchor="middle" dominantBaseline="central" fontSize={12} fontWeight={700} fill={segment.textColour}>
                      {segment.value}
                    </text>
                  )}
                </g>
              );
            })}
          </g>
        );
      })}
    </svg>
  );
}

/** The chart's colour key, as text (colour is never the only carrier: the table follows). */
export function ChartKey({ items }: { items: readonly { key: string; label: string; colour: string; mark?: ReactNode }[] }) {
  return (
    <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
      {items.map((item) => (
        <li key={item.key} className="flex items-center gap-1.5">
          {item.mark ?? <span aria-hidden="true" className="inline-block h-4 w-4 rounded-sm" style={{ backgroundColor: item.colour }} />}
          {item.label}
        </li>
      ))}
    </ul>
  );
}
