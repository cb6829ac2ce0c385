import type { SeriesBuffer } from "./series.ts";

/**
 * The series as CSV: a header `t,<metric>,...` and one line per recorded row. Numbers are
 * written in JavaScript's shortest round-trip form, so reading the file back gives the exact
 * doubles the run produced.
 */
export function seriesCsv(series: SeriesBuffer): string {
  const cols = [series.time(), ...series.metrics.map((_, i) => series.column(i))];
  const lines = [["t", ...series.metrics].map(csvField).join(",")];
  for (let r = 0; r < series.length; r++) {
    let line = String(cols[0][r]);
    for (let c = 1; c < cols.length; c++) line += `,${cols[c][r]}`;
    lines.push(line);
  }
  return `${lines.join("\n")}\n`;
}

/** A CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180). */
export function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}
