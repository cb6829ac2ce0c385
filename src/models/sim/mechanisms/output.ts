/**
 * National income of one period of model SIM, the closed-form solution of its simultaneous system
 * (Godley & Lavoie 2007, ch. 3). Substituting eq. 3.1–3.7 and 3.11 into
 * eq. 3.10, Y = Cs + Gs:
 *
 *   Y = alpha1 · (1 − theta) · Y + alpha2 · Hh(−1) + G
 *   Y = (G + alpha2 · Hh(−1)) / (1 − alpha1 · (1 − theta))
 *
 * The denominator is at least theta > 0 for alpha1 < 1, so the solution always exists.
 */
export function equilibriumOutput(
  G: number,
  theta: number,
  alpha1: number,
  alpha2: number,
  HhPrev: number,
): number {
  return (G + alpha2 * HhPrev) / (1 - alpha1 * (1 - theta));
}
