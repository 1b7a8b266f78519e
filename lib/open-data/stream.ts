// Streaming exports: rows are pulled from an async source batch by batch, written as CSV or JSON and
// sent as they are written, so memory stays flat whatever the number of rows (the consumer's pace
// drives the database reads: a slow download reads slowly).
import { stringify } from "csv-stringify/sync";

export type Cell = string | number | boolean | null | readonly string[];
export type Column<R> = { name: string; value: (row: R) => Cell };

const encoder = new TextEncoder();

/** A stream that asks `source` for more only when the consumer wants more. */
function pullStream(source: AsyncIterable<Uint8Array>, trailer?: Uint8Array): ReadableStream<Uint8Array> {
  const iterator = source[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const { done, value } = await iterator.next();
        if (done) {
          if (trailer) controller.enqueue(trailer);
          controller.close();
          return;
        }
        controller.enqueue(value);
      },
      async cancel() {
        await iterator.return?.();
      },
    },
    { highWaterMark: 1 },
  );
}

// A cell a spreadsheet would run as a formula (CSV injection) is prefixed with an apostrophe.
const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(cell: Cell): string | number | boolean | null {
  if (Array.isArray(cell)) return csvCell(cell.join(";"));
  if (typeof cell === "string" && FORMULA_START.test(cell)) return `'${cell}`;
  return cell as string | number | boolean | null;
}

/**
 * RFC 4180: CRLF after every record. A boolean is written `true` or `false`, so that an empty cell
 * means unknown and only that (csv-stringify's default writes false as an empty cell, like null).
 */
const CSV_OPTIONS = { record_delimiter: "windows", cast: { boolean: (value: boolean) => (value ? "true" : "false") } } as const;

/** CSV (RFC 4180, header row, UTF-8, CRLF): lists are joined with ";"; an empty cell is an unknown value. */
export function csvStream<R>(columns: readonly Column<R>[], batches: AsyncIterable<readonly R[]>): ReadableStream<Uint8Array> {
  async function* chunks() {
    yield encoder.encode(stringify([columns.map((c) => c.name)], CSV_OPTIONS));
    for await (const batch of batches) {
      if (batch.length === 0) continue;
      yield encoder.encode(stringify(batch.map((row) => columns.map((column) => csvCell(column.value(row)))), CSV_OPTIONS));
    }
  }
  return pullStream(chunks());
}

/** `{ "meta": {...}, "data": [ {column: value}, ... ] }`, written row by row. */
export function jsonStream<R>(meta: Record<string, unknown>, columns: readonly Column<R>[], batches: AsyncIterable<readonly R[]>): ReadableStream<Uint8Array> {
  async function* chunks() {
    yield encoder.encode(`{"meta":${JSON.stringify(meta)},"data":[`);
    let first = true;
    for await (const batch of batches) {
      if (batch.length === 0) continue;
      const rows = batch.map((row) => JSON.stringify(Object.fromEntries(columns.map((column) => [column.name, column.value(row)]))));
      yield encoder.encode(`${first ? "\n" : ",\n"}${rows.join(",\n")}`);
      first = false;
    }
  }
  return pullStream(chunks(), encoder.encode("\n]}\n"));
}
