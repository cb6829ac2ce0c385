/**
 * Streaming measure of how fast output settles at its steady state Y* = G/theta: the number of
 * periods, counted from the first period of the current fiscal regime (period 1, or shockPeriod),
 * after which |Y − Y*| <= band · |Y*| holds in every later period run so far. −1 while Y is still
 * outside the band in the last period run.
 */
export class ConvergenceTracker {
  private regimeStart = 1;
  private lastOutside = 0;
  private lastT = 0;
  private lastYstar = Number.NaN;

  constructor(readonly band = 0.01) {}

  /** Record period t's output against the steady state of the policy in force in period t. */
  record(t: number, Y: number, Ystar: number): void {
    if (Ystar !== this.lastYstar) {
      // A new fiscal regime starts this period: convergence is counted afresh.
      this.regimeStart = t;
      this.lastOutside = t - 1;
      this.lastYstar = Ystar;
    }
    if (!(Math.abs(Y - Ystar) <= this.band * Math.abs(Ystar))) this.lastOutside = t;
    this.lastT = t;
  }

  /** Periods of the current regime until Y entered the band for good; −1 if not (yet) inside. */
  periods(): number {
    if (this.lastT === 0 || this.lastOutside === this.lastT) return -1;
    return this.lastOutside + 1 - this.regimeStart + 1;
  }
}
