/**
 * The economy's aggregates of a month (the phase is `phases/aggregate.ts`; the recorder reads the
 * same definitions for its metrics). National-accounts definitions, no behaviour: Godley & Lavoie
 * (2007, ch. 2) for the shares, a 12-month log change for the annual rates. They are accounting,
 * not a mechanism of the essay, so no ¶ is theirs; the decisions that read them cite their own
 * (the wage share and the output lost to strikes steer innovation, ¶12).
 */

/** Wage share of the month's output at its mean price: W / (P Y), 0 when nothing was produced. */
export function wageShareOf(wages: number, price: number, output: number): number {
  const value = price * output;
  return value > 0 ? wages / value : 0;
}

/** Share of potential output lost (to strikes): (Y_pot - Y) / Y_pot, 0 when the potential is 0. */
export function lostShare(potential: number, output: number): number {
  return potential > 0 ? (potential - output) / potential : 0;
}

/** Mean of the three months ending at `month` in a 15-month ring (slot `month mod 15`). */
export function quarterMean(ring: ArrayLike<number>, month: number): number {
  const at = (m: number) => ring[((m % 15) + 15) % 15];
  return (at(month) + at(month - 1) + at(month - 2)) / 3;
}
