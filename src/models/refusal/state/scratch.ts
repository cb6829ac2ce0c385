/** Working space of the phases, meaningful only within one: sized for N workers and F firm slots. */
export function scratchAtStart(n: number, nf: number) {
  return {
    /** Goods market: planned and actual outlays of the four groups of buyers. */
    groupPlan: new Float64Array(4),
    groupGot: new Float64Array(4),
    /** Histogram of thresholds for class-wide cascades (101 bins). */
    hist: new Float64Array(101),
    /** Thresholds of a workplace or the class (cascades), and ids. */
    scratch: new Float64Array(Math.max(n, nf)),
    scratchIds: new Int32Array(Math.max(n, nf)),
  };
}
