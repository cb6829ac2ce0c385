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

/** A firm's net worth: deposits - loans + the value of its capital and stocks. */
export function netWorth(deposits: number, loans: number, assetsValue: number): number {
  return deposits - loans + assetsValue;
}

/**
 * Credit rationed by net worth (issue 13 item 4; Delli Gatti et al. 2010, "The financial
 * accelerator in an evolving credit network", JEDC 34: credit supply grows with the borrower's
 * net worth): the bank lends up to the loans at which debt is a share l of the firm's assets,
 * L / (L + NW) <= l, i.e. L <= NW l / (1 - l). Returns the room left, integer, never negative.
 */
export function creditRoom(netWorthValue: number, loans: number, leverage: number): number {
  if (!(netWorthValue > 0) || leverage <= 0) return 0;
  const ceiling = leverage >= 1 ? Number.POSITIVE_INFINITY : (netWorthValue * leverage) / (1 - leverage);
  return Math.max(0, Math.floor(Math.min(ceiling, Number.MAX_SAFE_INTEGER) - loans));
}

/**
 * Exit on a collapsing market (issue 13 item 4; Dosi et al. 2010: firms with a near-zero market
 * share leave): the firm's 12-month market share s is below a share x of the equal share 1 / F
 * of the F active firms, once it is past its first `grace` months.
 */
export function marketExit(
  share12: number,
  activeFirms: number,
  x: number,
  age: number,
  grace: number,
): boolean {
  return age >= grace && activeFirms > 1 && share12 < x / activeFirms;
}

/** Exponentially weighted moving average: x <- x + w (v - x). */
export function ewma(x: number, v: number, w: number): number {
  return x + w * (v - x);
}
