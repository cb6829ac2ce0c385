/**
 * Wages set by the labour market (strategy `none`, and wherever no union bargains), ¶34: without
 * organisation "better conditions of life for the workers were not separable from greater
 * economic development of capitalism". A Phillips curve at firm level (Phillips 1958; the convex
 * hyperbolic in unemployment, as Phillips fitted it), downward-sticky.
 */

/**
 * Annual wage inflation claimed at a firm, with Phillips's (1958) hyperbolic form:
 *
 *   w = chiPi pi + chiA g + s uN (uN / u - 1) + phiV v
 *
 * with pi last year's inflation, g last year's productivity growth, u the unemployment rate
 * (floored at 2%), uN the rate at which the Phillips term vanishes, s its slope there
 * (d w / d u = -s at u = uN) and v the firm's unfilled-vacancy rate.
 */
export function phillipsWageGrowth(
  u: number,
  uN: number,
  slope: number,
  inflation: number,
  productivityGrowth: number,
  vacancyRate: number,
  chiPi: number,
  chiA: number,
  phiV: number,
): number {
  const uu = Math.max(MIN_UNEMPLOYMENT, u);
  return chiPi * inflation + chiA * productivityGrowth + slope * uN * (uN / uu - 1) + phiV * vacancyRate;
}

/** Floor of the unemployment rate in the Phillips term (it bounds the claim at full employment). */
export const MIN_UNEMPLOYMENT = 0.02;

/** Monthly raise from an annual claim, floored by the largest cut: max(w / 12, -cut / 12). */
export function monthlyRaise(annual: number, maxCut: number): number {
  return Math.max(annual, -maxCut) / 12;
}

/**
 * M7, ¶18 ¶19: the planning State's incomes policy — the wage norm is productivity growth plus
 * target inflation, and labour-market wage setting is pulled toward it with weight k:
 * w' = (1 - k) w + k (pi* + g).
 */
export function incomesPolicy(
  annual: number,
  weight: number,
  inflationTarget: number,
  productivityGrowth: number,
): number {
  return (1 - weight) * annual + weight * (inflationTarget + productivityGrowth);
}
