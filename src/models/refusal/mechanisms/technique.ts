/**
 * Techniques embodied in capital, ¶12: "the development of the relationship between living labour
 * and the constant part of capital is not a neutral process". A firm's capital is a set of
 * vintages, each with its own productivity a_v and capital-output ratio nu_v (years). Depreciation
 * is proportional across vintages, so the firm needs only two sums (an exact aggregation):
 *
 *   capacity  Ycap = sum_v K_v / (12 nu_v)      (output a month at full capacity)
 *   labour    Lreq = sum_v K_v / (12 nu_v a_v)  (effort-weighted worker-months at full capacity)
 *
 * from which a = Ycap / Lreq (the capacity-weighted harmonic mean of vintage productivities) and
 * nu = K / (12 Ycap).
 */

/** Capacity and labour requirement added by q units of capital of technique (a, nu). */
export function vintage(q: number, a: number, nu: number): [capacity: number, labour: number] {
  const cap = q / (12 * nu);
  return [cap, cap / a];
}
