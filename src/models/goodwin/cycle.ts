/**
 * Streaming cycle statistics of a sampled oscillation: upward crossings of a signal through a
 * level give the cycles; the mean period and the means of some series over whole cycles follow,
 * without keeping the series.
 *
 * Crossing times are found by linear interpolation between the two samples around the crossing;
 * the integrals are trapezoidal sums over the samples, cut at the interpolated crossing times.
 * A mean over whole cycles of a periodic series is then accurate to O(Δt²) per cycle end.
 */
export class CycleStats {
  private readonly integral: Float64Array;
  private readonly atFirst: Float64Array;
  private readonly atLast: Float64Array;
  private readonly prevValues: Float64Array;
  private prevT = Number.NaN;
  private prevSignal = Number.NaN;
  private firstCrossing = Number.NaN;
  private lastCrossing = Number.NaN;
  private crossings = 0;

  /**
   * @param level the level whose upward crossings by the signal mark the cycles
   * @param width number of series averaged over whole cycles
   */
  constructor(
    readonly level: number,
    readonly width: number,
  ) {
    this.integral = new Float64Array(width);
    this.atFirst = new Float64Array(width);
    this.atLast = new Float64Array(width);
    this.prevValues = new Float64Array(width);
  }

  /** Add the sample at time t: the signal and the `width` series values. */
  push(t: number, signal: number, values: ArrayLike<number>): void {
    const w = this.width;
    if (Number.isNaN(this.prevT)) {
      for (let i = 0; i < w; i++) this.prevValues[i] = values[i];
      this.prevT = t;
      this.prevSignal = signal;
      return;
    }
    const dt = t - this.prevT;
    if (this.prevSignal < this.level && signal >= this.level) {
      const s = (this.level - this.prevSignal) / (signal - this.prevSignal);
      const tc = this.prevT + s * dt;
      const into = this.crossings === 0 ? this.atFirst : this.atLast;
      for (let i = 0; i < w; i++) {
        const v0 = this.prevValues[i];
        const vc = v0 + s * (values[i] - v0);
        into[i] = this.integral[i] + 0.5 * s * dt * (v0 + vc);
      }
      if (this.crossings === 0) this.firstCrossing = tc;
      this.lastCrossing = tc;
      this.crossings++;
    }
    for (let i = 0; i < w; i++) {
      this.integral[i] += 0.5 * dt * (this.prevValues[i] + values[i]);
      this.prevValues[i] = values[i];
    }
    this.prevT = t;
    this.prevSignal = signal;
  }

  /** Whole cycles seen so far (upward crossings minus one, at least 0). */
  get cycles(): number {
    return Math.max(0, this.crossings - 1);
  }

  /** Mean period over the whole cycles seen (NaN before two crossings). */
  get period(): number {
    return this.cycles > 0 ? (this.lastCrossing - this.firstCrossing) / this.cycles : Number.NaN;
  }

  /** Mean of series i over the whole cycles seen (NaN before two crossings). */
  mean(i: number): number {
    return this.cycles > 0
      ? (this.atLast[i] - this.atFirst[i]) / (this.lastCrossing - this.firstCrossing)
      : Number.NaN;
  }
}
