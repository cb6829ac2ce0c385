import type { ThresholdState } from "./state.ts";

/** Recorded metrics of the threshold model, in `observe()` order. */
export const THRESHOLD_METRICS = ["participants", "participation", "joined"] as const;

export const THRESHOLD_METRIC_DESCRIPTIONS = [
  "Number of people taking part after the round, r(t)",
  "Share of the population taking part, r(t) / N",
  "Number of people who joined in this round, r(t) − r(t − 1)",
] as const;

/** Write the metrics of the current state into `out`. */
export function observeThreshold(s: ThresholdState, out: Float64Array): void {
  out[0] = s.r;
  out[1] = s.r / s.N;
  out[2] = s.r - s.prev;
}
