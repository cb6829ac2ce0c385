import type { Rng } from "../../engine/rng.ts";
import { cumulativeCounts, firstFixedPoint } from "./mechanisms/cascade.ts";
import { drawThresholds } from "./mechanisms/draw.ts";
import type { ThresholdParams } from "./params.ts";

/** The crowd and its cascade after `t` rounds. */
export interface ThresholdState {
  /** Population size. */
  N: number;
  /** Each person's threshold, in persons (>= 0), in person order. */
  thresholds: Float64Array;
  /** cum[r] = #{i : threshold_i <= r}, r = 0..N (the cumulative distribution F). */
  cum: Int32Array;
  /** Rounds run so far. */
  t: number;
  /** Participants after round t, r(t); r(0) = 0. */
  r: number;
  /** Participants after round t − 1 (equal to r at t = 0). */
  prev: number;
  /** The analytic equilibrium: smallest r with F(r) = r, from the sorted thresholds. */
  equilibrium: number;
}

/** Draw the crowd (stream `rng`) and start with nobody taking part. */
export function initialState(p: ThresholdParams, rng: Rng): ThresholdState {
  const thresholds = drawThresholds(p, rng);
  const sorted = Float64Array.from(thresholds).sort();
  return {
    N: thresholds.length,
    thresholds,
    cum: cumulativeCounts(thresholds),
    t: 0,
    r: 0,
    prev: 0,
    equilibrium: firstFixedPoint(sorted),
  };
}
