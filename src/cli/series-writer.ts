import { closeSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { UserError } from "../scenario/errors.ts";

/** Streams a run's rows to a CSV or JSON file; written under a temporary name and renamed at the end. */
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
  if (!format) throw new UserError(`--out ${path}: expected a file name ending in .csv or .json`);
  const tmp = `${path}.tmp-${process.pid}`;
  let fd: number;
  try {
    fd = openSync(tmp, "w");
  } catch (e) {
    throw new UserError(
      `--out ${path}: cannot write: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
    );
  }
  let buf: string[] = [];
  let rows = 0;
  const flush = () => {
    if (buf.length) writeSync(fd, buf.join(""));
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
      closeSync(fd);
      renameSync(tmp, path);
      return rows;
    },
    abort() {
      try {
        closeSync(fd);
      } catch {}
      rmSync(tmp, { force: true });
    },
  };
}
