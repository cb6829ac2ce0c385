import { AtomicFile } from "../io/atomic-file.ts";
import { UserError } from "../scenario/errors.ts";
import { escapeControls } from "../scenario/quote.ts";

/**
 * Streams a run's rows to a CSV or JSON file: written under a temporary name beside it and renamed
 * at the end, every write checked (see io/atomic-file.ts), so the file is whole or absent.
 */
export interface SeriesWriter {
  row(t: number, values: Float64Array): void;
  /** Finish and move the file into place; returns rows written. */
  close(): number;
  /** Remove the partial file. */
  abort(): void;
}

export function openSeriesWriter(
  path: string,
  metrics: readonly string[],
  meta: Record<string, unknown>,
): SeriesWriter {
  const format = /\.json$/i.test(path) ? "json" : /\.csv$/i.test(path) ? "csv" : undefined;
  if (!format)
    throw new UserError(`--out ${escapeControls(path)}: expected a file name ending in .csv or .json`);
  const file = AtomicFile.open(path, "the series");
  let buf: string[] = [];
  let rows = 0;
  const flush = () => {
    if (buf.length) file.write(buf.join(""));
    buf = [];
  };
  if (format === "csv") buf.push(`${["t", ...metrics].join(",")}\n`);
  else buf.push(`{"meta":${JSON.stringify(meta)},"columns":${JSON.stringify(["t", ...metrics])},"rows":[\n`);
  return {
    row(t, values) {
      let line = format === "csv" ? String(t) : `${rows ? "," : ""}[${t}`;
      for (let i = 0; i < values.length; i++) line += `,${values[i]}`;
      buf.push(format === "csv" ? `${line}\n` : `${line}]\n`);
      rows++;
      if (buf.length >= 4096) flush();
    },
    close() {
      if (format === "json") buf.push("]}\n");
      flush();
      file.commit();
      return rows;
    },
    abort() {
      file.abort();
    },
  };
}
