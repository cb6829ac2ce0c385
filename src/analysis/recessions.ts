/**
 * Classical business-cycle dating of a quarterly (log) output series by the BBQ rule of Harding &
 * Pagan (2002, "Dissecting the cycle: a methodological investigation", Journal of Monetary
 * Economics 49(2), 365–381, §2), the quarterly form of Bry & Boschan (1971):
 *
 * 1. a peak at t when y_t > y_s for 0 < |s − t| <= 2 (a strict local maximum over ±2 quarters), a
 *    trough when y_t < y_s likewise; none in the first or last 2 quarters;
 * 2. peaks and troughs alternate: of two peaks in a row the higher is kept, of two troughs the lower;
 * 3. a phase (peak to trough or trough to peak) lasts at least 2 quarters and a complete cycle
 *    (peak to peak or trough to trough) at least 5: of the adjacent pairs of turning points that
 *    make a phase or a cycle too short, the pair with the smallest move in y is removed, then step
 *    2 again, until no phase or cycle is too short.
 *
 * A recession runs from a peak to the next trough; its duration is the quarters between them.
 */

export interface TurningPoint {
  t: number;
  kind: "peak" | "trough";
}

/** Merge runs of turning points of one kind, keeping the highest peak / lowest trough. */
function alternate(points: TurningPoint[], y: ArrayLike<number>): TurningPoint[] {
  const out: TurningPoint[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && last.kind === p.kind) {
      const better = p.kind === "peak" ? y[p.t] > y[last.t] : y[p.t] < y[last.t];
      if (better) out[out.length - 1] = p;
    } else out.push(p);
  }
  return out;
}

/** Turning points of `y` by the BBQ rule (window ±`window`, phases >= `minPhase`, cycles >= `minCycle`). */
export function bbqTurningPoints(
  y: ArrayLike<number>,
  { window = 2, minPhase = 2, minCycle = 5 } = {},
): TurningPoint[] {
  const n = y.length;
  let points: TurningPoint[] = [];
  for (let t = window; t < n - window; t++) {
    let peak = true;
    let trough = true;
    for (let s = t - window; s <= t + window; s++) {
      if (s === t) continue;
      if (!(y[t] > y[s])) peak = false;
      if (!(y[t] < y[s])) trough = false;
    }
    if (peak) points.push({ t, kind: "peak" });
    else if (trough) points.push({ t, kind: "trough" });
  }
  points = alternate(points, y);
  for (let guard = 0; guard < n; guard++) {
    // Candidate pairs to remove: a phase shorter than minPhase, or either phase of a cycle shorter
    // than minCycle; the pair with the smallest move in y goes first.
    let worst = -1;
    let worstMove = Number.POSITIVE_INFINITY;
    const consider = (i: number) => {
      const move = Math.abs(y[points[i + 1].t] - y[points[i].t]);
      if (move < worstMove) {
        worstMove = move;
        worst = i;
      }
    };
    for (let i = 0; i + 1 < points.length; i++) {
      if (points[i + 1].t - points[i].t < minPhase) consider(i);
      if (i + 2 < points.length && points[i + 2].t - points[i].t < minCycle) {
        consider(i);
        consider(i + 1);
      }
    }
    if (worst < 0) break;
    points = alternate(points.slice(0, worst).concat(points.slice(worst + 2)), y);
  }
  return points;
}

export interface RecessionStats {
  /** Peaks: recessions that begin inside the window. */
  count: number;
  /** Recessions per 100 years: 100 · peaks / (quarters / quartersPerYear) (the targets file's rule). */
  perCentury: number;
  /** Mean quarters from peak to trough over the recessions that end inside the window (NaN when none). */
  meanDuration: number;
  durations: number[];
}

/** Recession frequency and duration of a quarterly log-output series (BBQ dating). */
export function recessionStats(logOutput: ArrayLike<number>, quartersPerYear = 4): RecessionStats {
  const tp = bbqTurningPoints(logOutput);
  const peaks = tp.filter((p) => p.kind === "peak").length;
  const durations: number[] = [];
  for (let i = 0; i + 1 < tp.length; i++)
    if (tp[i].kind === "peak" && tp[i + 1].kind === "trough") durations.push(tp[i + 1].t - tp[i].t);
  const years = logOutput.length / quartersPerYear;
  return {
    count: peaks,
    perCentury: years > 0 ? (100 * peaks) / years : Number.NaN,
    meanDuration: durations.length > 0 ? durations.reduce((a, b) => a + b, 0) / durations.length : Number.NaN,
    durations,
  };
}
