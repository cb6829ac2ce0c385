/**
 * Firms' finance, ¶17 ¶33 (the phase is `phases/finance.ts`): profits net of depreciation,
 * dividends, bankruptcy, and the moving averages firms keep of their accounts.
 */

/** Net profit of a month: revenue - wages - interest - depreciation at replacement cost. */
export function netProfit(
  revenue: number,
  wages: number,
  interest: number,
  depreciationValue: number,
): number {
  return revenue - wages - interest - depreciationValue;
}

/**
 * Dividends: a share of positive profit plus a share of the deposits above the cash target,
 * floor(payout max(0, profit) + x max(0, D - target)), never more than the deposits beyond `buffer`.
 */
export function dividend(
  profit: number,
  payout: number,
  deposits: number,
  buffer: number,
  target: number,
  excessShare: number,
): number {
  const d = payout * Math.max(0, profit) + excessShare * Math.max(0, deposits - target);
  return Math.max(0, Math.min(Math.floor(d), Math.floor(deposits - buffer)));
}

/** A firm is bankrupt when its net worth, deposits - loans + value of capital and stocks, is negative. */
export function bankrupt(deposits: number, loans: number, assetsValue: number): boolean {
  return deposits - loans + assetsValue < 0;
}

/** Exponentially weighted moving average: x <- x + w (v - x). */
export function ewma(x: number, v: number, w: number): number {
  return x + w * (v - x);
}
