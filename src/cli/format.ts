import type { RunResult } from "../engine/run.ts";

/** A number for people: 4 significant digits, no exponent for ordinary magnitudes. */
export function fmt(v: unknown): string {
  if (typeof v !== "number") return String(v);
  if (!Number.isFinite(v)) return String(v);
  if (Number.isInteger(v) && Math.abs(v) < 1e9) return String(v);
  const a = Math.abs(v);
  if (a !== 0 && (a < 1e-3 || a >= 1e7)) return v.toExponential(3);
  return Number(v.toPrecision(4)).toString();
}

/** Columns of text padded to a common width. */
export function table(rows: string[][], indent = "  "): string {
  const widths: number[] = [];
  for (const r of rows) {
    for (let i = 0; i < r.length; i++) widths[i] = Math.max(widths[i] ?? 0, r[i].length);
  }
  return rows
    .map((r) => indent + r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join("  "))
    .join("\n");
}

/** The readable summary `refusal run` prints without --json. */
export function formatRun(
  r: RunResult,
  unit: string,
  metrics: readonly string[],
  seriesNote: string,
): string {
  const lines: string[] = [];
  lines.push(
    `${r.model} ${r.modelVersion}  seed ${r.seed}  horizon ${fmt(r.horizon)} ${unit}${r.horizon === 1 ? "" : "s"}  status ${r.status}`,
  );
  if (r.failure)
    lines.push(`  stopped at step ${r.failure.step} (t=${fmt(r.failure.t)}): ${r.failure.message}`);
  const rows = [["metric", "final", "mean", "min", "max"]];
  for (const m of metrics) {
    rows.push([
      m,
      fmt(r.final[m]),
      fmt(r.summary[`${m}_mean`]),
      fmt(r.summary[`${m}_min`]),
      fmt(r.summary[`${m}_max`]),
    ]);
  }
  lines.push(table(rows));
  const own = Object.entries(r.summary).filter(
    ([k]) => !/_(mean|min|max)$/.test(k) || !metrics.includes(k.replace(/_(mean|min|max)$/, "")),
  );
  if (own.length) {
    lines.push("summary");
    lines.push(table(own.map(([k, v]) => [k, fmt(v)])));
  }
  lines.push(`series  ${seriesNote}`);
  lines.push(`hash    ${r.hash}`);
  return lines.join("\n");
}
