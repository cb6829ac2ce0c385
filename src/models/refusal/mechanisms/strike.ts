/**
 * M2, ¶14: the strike, "a way of saying 'No' at a particular point in the process", "a
 * momentary blockage of the work-process" and "a recurring threat". As rules: participation by a
 * threshold cascade among the firm's workers (members' thresholds lowered by their resolve,
 * everyone's raised by fatigue without strike pay and by repression); strikers withdraw their
 * hours and are paid from the fund; the firm weighs the loss of continuing against the cost of
 * each response (M4); the strike collapses when participation falls below the quorum.
 */

/**
 * A worker's threshold for joining or staying in a strike:
 * t = theta (member ? resolve : 1) + f months (1 - coverage) + kR R,
 * with f the fatigue per month without full strike pay and R the repression intensity.
 */
export function strikeThreshold(
  theta: number,
  member: boolean,
  resolve: number,
  months: number,
  coverage: number,
  fatigue: number,
  repressionCost: number,
): number {
  return theta * (member ? resolve : 1) + fatigue * months * (1 - coverage) + repressionCost;
}

/**
 * The firm's loss from a month of strike: the value of the output the strikers would have made
 * less the wages it does not pay them, never negative: max(0, P a H_s - W_s).
 */
export function strikeLoss(price: number, a: number, strikerHours: number, strikerWages: number): number {
  return Math.max(0, price * a * strikerHours - strikerWages);
}

/**
 * How long the firm expects the strike to last: as long as the fund can pay the strikers,
 * min(maxMonths, fund / monthly strike pay), at least one month.
 */
export function expectedStrikeMonths(fund: number, monthlyPay: number, maxMonths: number): number {
  if (monthlyPay <= 0) return maxMonths;
  return Math.max(1, Math.min(maxMonths, fund / monthlyPay));
}
