import { runInNewContext } from "node:vm";
import { setFlagsFromString } from "node:v8";
import { parse as parseCsv } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { csvStream, jsonStream, type Column } from "./stream";

type Row = { slug: string; name: string; score: number | null; languages: string[] };
const columns: Column<Row>[] = [
  { name: "slug", value: (r) => r.slug },
  { name: "name", value: (r) => r.name },
  { name: "score", value: (r) => r.score },
  { name: "languages", value: (r) => r.languages },
];

async function* batchesOf(total: number, size = 500): AsyncGenerator<Row[]> {
  for (let start = 0; start < total; start += size) {
    const batch: Row[] = [];
    for (let i = start; i < Math.min(total, start + size); i++) {
      batch.push({ slug: `model-${i}`, name: `Model ${i} — a long enough name, "quoted", to weigh something`, score: i % 101, languages: ["fr", "de", "it"] });
    }
    yield batch;
  }
}

async function text(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

describe("the export streams", () => {
  it("write CSV with a header, quoting, joined lists, formulas defused, and CRLF after every record", async () => {
    const rows: Row[] = [
      { slug: "a", name: 'Name, with "quotes"', score: 91.5, languages: ["fr", "en"] },
      { slug: "b", name: "=HYPERLINK(\"http://evil\")", score: null, languages: [] },
    ];
    const csv = await text(csvStream(columns, (async function* () { yield rows; })()));
    expect(csv.split("\r\n")).toEqual(["slug,name,score,languages", 'a,"Name, with ""quotes""",91.5,fr;en', `b,"'=HYPERLINK(""http://evil"")",,`, ""]);
  });

  it("write booleans as true and false, leaving a cell empty only for an unknown value, as an RFC 4180 parser reads it back", async () => {
    type Flagged = { slug: string; isSme: boolean | null; note: string };
    const flagged: Column<Flagged>[] = [
      { name: "slug", value: (r) => r.slug },
      { name: "is_sme", value: (r) => r.isSme },
      { name: "note", value: (r) => r.note },
    ];
    const rows: Flagged[] = [
      { slug: "yes", isSme: true, note: "two\nlines" },
      { slug: "no", isSme: false, note: "" },
      { slug: "unknown", isSme: null, note: "" },
    ];
    const csv = await text(csvStream(flagged, (async function* () { yield rows; })()));
    // CRLF only: a parser told that records end with CRLF finds every record, whole
    const records = parseCsv(csv, { record_delimiter: "\r\n", columns: true, relax_column_count: false, relax_quotes: false, skip_empty_lines: false });
    expect(records).toEqual([
      { slug: "yes", is_sme: "true", note: "two\nlines" },
      { slug: "no", is_sme: "false", note: "" },
      { slug: "unknown", is_sme: "", note: "" },
    ]);
  });

  it("write one JSON document with the metadata and every row", async () => {
    const json = JSON.parse(await text(jsonStream({ licence: "CC-BY-4.0" }, columns, batchesOf(1_234, 100))));
    expect(json.meta).toEqual({ licence: "CC-BY-4.0" });
    expect(json.data).toHaveLength(1_234);
    expect(json.data[7]).toEqual({ slug: "model-7", name: expect.stringContaining("Model 7"), score: 7, languages: ["fr", "de", "it"] });
    expect(JSON.parse(await text(jsonStream({}, columns, batchesOf(0))))).toEqual({ meta: {}, data: [] });
  });

  it("keep memory flat while 100,000 rows stream through", async () => {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    for (const stream of [csvStream(columns, batchesOf(100_000)), jsonStream({}, columns, batchesOf(100_000))]) {
      gc();
      const baseline = process.memoryUsage().heapUsed;
      let peak = 0;
      let bytes = 0;
      let chunks = 0;
      const reader = stream.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        bytes += value.byteLength;
        if (++chunks % 20 === 0) {
          gc();
          peak = Math.max(peak, process.memoryUsage().heapUsed - baseline);
        }
      }
      // the output is far larger than what the heap ever held beyond its baseline
      expect(bytes).toBeGreaterThan(8_000_000);
      expect(peak).toBeLessThan(4_000_000);
    }
  }, 60_000);
});
