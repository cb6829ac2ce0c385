/**
 * M5, M6, ¶33 ¶34 ¶36: union bargaining. Within the margins the capitalist is able to grant, the
 * platform of demands has "one result: the improvement of exploitation" (¶34) — wages and
 * development grow together, and capital even solicits the demands (¶36). "Whenever the
 * positive demands of workers go beyond the margins that the capitalist is able to grant", they
 * act as "political blockage in the mechanism of the economic laws" (¶33). As rules: a yearly
 * contract per firm (staggered months); the union demands inflation plus productivity plus a
 * share of the margin, scaled by (1 + demandExcess); the firm concedes what lies within its margin.
 */

/**
 * The margin a firm can grant: the raise that leaves its profit rate at the normal rate rN,
 *
 *   m = (R - W - delta P K - rN P K) / W
 *
 * over the last 12 months (R revenue, W wage bill, P K the value of capital, delta P K its
 * depreciation): profit net of depreciation above the normal return, per unit of wage bill.
 */
export function bargainingMargin(
  revenue12: number,
  wageBill12: number,
  capitalValue: number,
  depreciation12: number,
  normalRate: number,
): number {
  if (wageBill12 <= 0) return 0;
  return (revenue12 - wageBill12 - depreciation12 * capitalValue - normalRate * capitalValue) / wageBill12;
}

/**
 * The union's demand (a raise, fraction of the wage): expected inflation and productivity growth,
 * and on top of them a share of the margin, scaled by (1 + demandExcess):
 *
 *   d = max(0, pi_e + g) + (1 + e) sigma max(0, m),
 *
 * pi_e the expected inflation (last year's, times the indexation weight of wage claims).
 *
 * Returns [d, extra] with extra = (1 + e) sigma max(0, m), the part that bites on the margin.
 */
export function unionDemand(
  inflation: number,
  productivityGrowth: number,
  margin: number,
  share: number,
  excess: number,
): [demand: number, extra: number] {
  const extra = (1 + excess) * share * Math.max(0, margin);
  return [Math.max(0, inflation + productivityGrowth) + extra, extra];
}

/**
 * The firm concedes iff the demand lies within its margin: extra <= m (inflation and productivity
 * are passed on in prices and made good by productivity, so only the extra squeezes profit). M5
 * when it does; M6 when it does not.
 */
export function withinMargin(extra: number, margin: number): boolean {
  return extra <= margin;
}

/**
 * The firm's counter-offer when it refuses: inflation and productivity plus what its margin allows,
 * max(0, pi + g + max(0, m)) capped by the demand.
 */
export function firmOffer(
  inflation: number,
  productivityGrowth: number,
  margin: number,
  demand: number,
): number {
  return Math.min(demand, Math.max(0, inflation + productivityGrowth + Math.max(0, margin)));
}

/**
 * Kalecki (1971, "Class struggle and the distribution of national income", Kyklos 24): a raise won
 * by a union beyond what prices pass on compresses the markup. With a share xi of the extra passed
 * on, (1 + mu') = (1 + mu) / (1 + (1 - xi) extra).
 */
export function compressedMarkup(markup: number, extra: number, passThrough: number): number {
  return (1 + markup) / (1 + (1 - passThrough) * Math.max(0, extra)) - 1;
}

/**
 * M12, ¶36: the raise in a productivity deal — a share theta of the productivity gain the new
 * capital brings to the firm, theta (1 - a_before / a_after) (0 when productivity does not rise).
 */
export function productivityDealRaise(before: number, after: number, share: number): number {
  return after > before ? share * (1 - before / after) : 0;
}
