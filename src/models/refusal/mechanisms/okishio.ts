/**
 * M3, ¶12 ¶15: capital answers struggle with new techniques, but adopts only those that pay at the
 * wages it faces. Okishio (1961, "Technical changes and the rate of profit", Kobe University
 * Economic Review 7): a capitalist introduces a technique only if it lowers unit cost at current
 * prices and wages. Here the unit cost of a unit of output made with productivity a (output per
 * worker-month) and capital-output ratio nu (years) at wage W and capital-goods price P is
 *
 *   c(a, nu) = W / a + (i + delta) * 12 nu * P
 *
 * (labour cost plus the monthly user cost of the 12 nu units of capital a unit of monthly output
 * needs).
 */

/** Unit cost c(a, nu) above: money per unit of output, per month. */
export function unitCost(wage: number, a: number, nu: number, price: number, userCostRate: number): number {
  return wage / a + userCostRate * 12 * nu * price;
}

/** Okishio's criterion: the new technique is viable iff it lowers unit cost at the current wage and price. */
export function okishioViable(
  wage: number,
  aOld: number,
  nuOld: number,
  aNew: number,
  nuNew: number,
  price: number,
  userCostRate: number,
): boolean {
  return unitCost(wage, aNew, nuNew, price, userCostRate) < unitCost(wage, aOld, nuOld, price, userCostRate);
}
