/** Lanczos coefficients for g = 7, n = 9 (as in Numerical Recipes 3rd ed. and Godfrey's table). */
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

/**
 * ln Γ(x) for x > 0, by the Lanczos approximation (Lanczos 1964, SIAM J. Numer. Anal. B 1:86-96;
 * g = 7, 9 terms): Γ(z + 1) = √(2π) (z + g + 1/2)^(z + 1/2) e^-(z + g + 1/2) A_g(z); relative error
 * about 1e-15. Below 1/2 the reflection Γ(x) Γ(1 - x) = π / sin(πx) is used.
 */
export function logGamma(x: number): number {
  if (!(x > 0)) throw new RangeError(`logGamma: x must be > 0, got ${x}`);
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let a = LANCZOS[0];
  for (let i = 1; i < LANCZOS.length; i++) a += LANCZOS[i] / (z + i);
  const t = z + 7.5;
  return HALF_LOG_TWO_PI + (z + 0.5) * Math.log(t) - t + Math.log(a);
}
