/** Strike pay (M2, ¶14): what the organisation's fund can honour. The phase is `phases/pay.ts`. */

/** Strike-pay coverage: the share of promised strike pay the fund can honour, min(1, fund / due). */
export function strikePayCoverage(fund: number, due: number): number {
  return due > 0 ? Math.min(1, Math.max(0, fund / due)) : 1;
}
