import type { MeasureResult } from "../../analysis/stylised-facts.ts";
import { type EnsembleStats, ensembleStats } from "../analysis/index.ts";
import { shortSource, type Target } from "./targets.ts";

/** How a row of the scorecard came out. */
export type FactStatus = "holds" | "does not hold" | "no target" | "not measured";

export interface ScorecardRow {
  id: string;
  fact: string;
  statistic: string;
  /** [lo, hi] inclusive, or null: no target found. */
  range: [number, number] | null;
  /** The source's own number (or the one computed from official data), when there is one. */
  point: number | null;
  source: string;
  /** The source in a few words. */
  sourceShort: string;
  verified: Target["verified"];
  /** The id of the row this one repeats (not counted again), if any. */
  sameFactAs?: string;
  status: FactStatus;
  /** Why it is not measured, or why some runs do not define it. */
  reason?: string;
  /** The value over the runs that define it: mean, sd, Student-t 95% interval of the mean, n. */
  stats?: EnsembleStats;
}

export interface Scorecard {
  /** What was scored, in one line (model, version, parameters, seeds, horizon, or the experiment). */
  title: string;
  model: string;
  modelVersion: string;
  /** The targets file, as a path for people. */
  targetsFile: string;
  /** Runs scored (ended ok), and runs left out because they did not. */
  runs: number;
  runsLeftOut: number;
  seeds: (number | string)[];
  rows: ScorecardRow[];
  /** Independent facts (no `same_fact_as`) with a target that were measured, and those inside their range. */
  counted: { inside: number; measured: number; notMeasured: number; noTarget: number; repeats: number };
  /** Things the reader must know (how the series were built, runs left out). */
  notes: string[];
}

/** True when v is inside [lo, hi] (inclusive). */
export function inside(v: number, range: readonly [number, number]): boolean {
  return v >= range[0] && v <= range[1];
}

/**
 * The scorecard of `targets` from the per-run measurements (one record per run that ended ok). A
 * row with a range holds when the mean over the runs that define it lies inside the range. A row
 * is "not measured" when a series it needs is missing (the reason of the first run), "no target"
 * when its range is null (it is still measured where it can be, for comparison).
 */
export function buildScorecard(
  targets: readonly Target[],
  perRun: readonly Record<string, MeasureResult>[],
  meta: Omit<Scorecard, "rows" | "counted" | "runs">,
): Scorecard {
  const rows: ScorecardRow[] = targets.map((t) => {
    const base = {
      id: t.id,
      fact: t.fact,
      statistic: t.statistic,
      range: t.range as [number, number] | null,
      point: t.point,
      source: t.source,
      sourceShort: shortSource(t.source),
      verified: t.verified,
      ...(t.same_fact_as ? { sameFactAs: t.same_fact_as } : {}),
    };
    const results = perRun.map((r) => r[t.id]).filter((r) => r !== undefined);
    const missing = results.find((r): r is { notMeasured: string } => "notMeasured" in r);
    if (results.length === 0 || missing) {
      const reason = missing?.notMeasured ?? "no run to measure it on";
      return t.range ? { ...base, status: "not measured", reason } : { ...base, status: "no target", reason };
    }
    const values = results.map((r) => ("value" in r ? r.value : Number.NaN));
    const stats = ensembleStats(values);
    const notes = [...new Set(results.map((r) => ("note" in r ? r.note : undefined)).filter(Boolean))];
    const undefinedIn = stats.nMissing;
    const reason =
      undefinedIn > 0
        ? `undefined in ${undefinedIn} of ${values.length} runs${notes.length ? ` (${notes.join("; ")})` : ""}`
        : undefined;
    if (!t.range) return { ...base, status: "no target", stats, ...(reason ? { reason } : {}) };
    if (stats.n === 0)
      return { ...base, status: "not measured", stats, reason: reason ?? "undefined in every run" };
    return {
      ...base,
      status: inside(stats.mean, t.range) ? "holds" : "does not hold",
      stats,
      ...(reason ? { reason } : {}),
    };
  });
  const independent = rows.filter((r) => !r.sameFactAs);
  const measured = independent.filter((r) => r.status === "holds" || r.status === "does not hold");
  return {
    ...meta,
    runs: perRun.length,
    rows,
    counted: {
      inside: measured.filter((r) => r.status === "holds").length,
      measured: measured.length,
      notMeasured: independent.filter((r) => r.status === "not measured").length,
      noTarget: independent.filter((r) => r.status === "no target").length,
      repeats: rows.filter((r) => r.sameFactAs && r.range).length,
    },
  };
}

/** "k of n facts inside their ranges", with what the count leaves out. */
export function countLine(s: Scorecard): string {
  const c = s.counted;
  const n = (k: number, word: string) => `${k} ${word}${k === 1 ? "" : "s"}`;
  return `${c.inside} of ${c.measured} facts inside their ranges (${c.notMeasured} not measured, ${n(c.noTarget, "row")} without a target, ${n(c.repeats, "repeat")} of another row not counted)`;
}
