/**
 * Rotation and irregularity of a cycle in a plane, for the Goodwin cycle in (employment rate,
 * wage share): Goodwin (1967) predicts closed counter-clockwise orbits; Harvie (2000, "Testing
 * Goodwin: growth cycles in ten OECD countries", Cambridge Journal of Economics 24(3), 349–376)
 * finds the rotation in the data but not the regularity. With x the (filtered, standardised)
 * employment rate on the horizontal axis and y the wage share on the vertical one, the polar angle
 * θ_t = atan2(y_t, x_t) is unwrapped (each step taken in (−π, π]) and:
 *
 * - a quarter turns counter-clockwise when θ_t − θ_{t−1} > 0; the share of such steps is
 *   `ccwShare` (1 for a perfect Goodwin oscillator, 1/2 for no rotation);
 * - a full turn is completed each time (θ_t − θ_0)/2π first reaches a new integer 1, 2, …; the
 *   cycle lengths are the steps between completions (the first counted from t = 0), and their
 *   coefficient of variation sd/mean (sample sd) is the irregularity: 0 for a sine.
 *
 * The recipe is the one of the scorecard's targets file (computed there on US data), since no
 * published measure of either was found.
 */
export interface CycleRotation {
  /** Share of steps with a counter-clockwise turn (NaN below two points). */
  ccwShare: number;
  /** Lengths of the completed counter-clockwise turns, in steps. */
  lengths: number[];
  /** Mean of `lengths` (NaN when no turn was completed). */
  meanLength: number;
  /** Coefficient of variation of `lengths` (NaN below two turns). */
  lengthCv: number;
}

export function cycleRotation(x: ArrayLike<number>, y: ArrayLike<number>): CycleRotation {
  if (x.length !== y.length)
    throw new RangeError(`cycleRotation: series of different lengths (${x.length}, ${y.length})`);
  const n = x.length;
  if (n < 2) return { ccwShare: Number.NaN, lengths: [], meanLength: Number.NaN, lengthCv: Number.NaN };
  let prevRaw = Math.atan2(y[0], x[0]);
  let theta = prevRaw;
  const theta0 = theta;
  let ccw = 0;
  let turns = 0;
  let last = 0;
  const lengths: number[] = [];
  for (let t = 1; t < n; t++) {
    const raw = Math.atan2(y[t], x[t]);
    let d = raw - prevRaw;
    while (d > Math.PI) d -= 2 * Math.PI;
    while (d <= -Math.PI) d += 2 * Math.PI;
    theta += d;
    prevRaw = raw;
    if (d > 0) ccw++;
    const k = Math.floor((theta - theta0) / (2 * Math.PI));
    if (k > turns) {
      turns = k;
      lengths.push(t - last);
      last = t;
    }
  }
  const m = lengths.length;
  const meanLength = m > 0 ? lengths.reduce((a, b) => a + b, 0) / m : Number.NaN;
  let lengthCv = Number.NaN;
  if (m >= 2) {
    const ss = lengths.reduce((a, b) => a + (b - meanLength) ** 2, 0);
    lengthCv = Math.sqrt(ss / (m - 1)) / meanLength;
  }
  return { ccwShare: ccw / (n - 1), lengths, meanLength, lengthCv };
}
